/** Passwords shorter than this are refused (API and web alike). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** Login names: lower-case letters, digits, dot, dash and underscore. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,31}$/;
