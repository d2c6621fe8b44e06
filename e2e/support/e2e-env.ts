/** Fixed facts of the e2e server (kept in step with start-server.mjs). */
export const E2E_PORT = 3300;
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password';
