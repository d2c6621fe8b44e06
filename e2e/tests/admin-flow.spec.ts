import { expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../support/e2e-env';

/**
 * The administrator's first day: sign in (the UI is in Chinese by default), add a grassroots
 * workstation under a new industry union and a caseworker in it; the caseworker signs in,
 * sees their unit and switches the interface to English.
 */
test('admin creates a unit and a user; the user signs in and switches language', async ({ page }) => {
  const suffix = Date.now().toString(36).toUpperCase();
  const industryCode = `E2E-IND-${suffix}`;
  const stationCode = `E2E-WS-${suffix}`;
  const username = `cw${suffix.toLowerCase()}`;
  const password = 'caseworker-password-1';

  await signIn(page, 'admin', E2E_ADMIN_PASSWORD);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('current-user-name')).toHaveText('系统管理员');

  // Units: the center → a new industry union → a grassroots workstation under it.
  await page.getByTestId('nav-units').click();
  await expect(page.getByTestId('unit-tree')).toBeVisible();
  await addChildUnit(page, 'CENTER', industryCode, '市E2E产业工会');
  await addChildUnit(page, industryCode, stationCode, 'E2E帮扶工作站');
  await expect(page.getByTestId(`unit-node-${stationCode}`)).toBeVisible();

  // Users: a caseworker in the new workstation.
  await page.getByTestId('nav-users').click();
  await page.getByTestId('create-user').click();
  // The dialog focuses its first field once it has opened; typing earlier could land there.
  await expect(page.getByTestId('user-username')).toBeFocused();
  await page.getByTestId('user-username').fill(username);
  await page.getByTestId('user-display-name').fill('张帮扶');
  await page.getByTestId('user-password').fill(password);
  await page.getByTestId('user-role').click();
  await page.getByTestId('user-role-option-caseworker').click();
  await page.getByTestId('user-unit').click();
  await page.getByTestId(`user-unit-option-${stationCode}`).click();
  await page.getByTestId('user-save').click();
  await expect(page.getByTestId(`user-row-${username}`)).toBeVisible();
  await expect(page.getByTestId(`user-row-${username}`)).toContainText('E2E帮扶工作站');

  // The new caseworker signs in: no admin pages, their own unit, then English.
  await page.getByTestId('logout').click();
  await signIn(page, username, password);
  await expect(page.getByTestId('current-user-name')).toHaveText('张帮扶');
  await expect(page.getByTestId('home-unit')).toContainText('E2E帮扶工作站');
  await expect(page.getByTestId('nav-units')).toHaveCount(0);
  await expect(page.getByTestId('nav-users')).toHaveCount(0);

  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('nav-home')).toContainText('Home');
  await expect(page.getByTestId('current-user-role')).toContainText('Caseworker');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByTestId('nav-home')).toContainText('Home');
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
});

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

async function addChildUnit(page: Page, parentCode: string, code: string, name: string): Promise<void> {
  await page.getByTestId(`add-child-${parentCode}`).click();
  await expect(page.getByTestId('unit-code')).toBeFocused();
  await page.getByTestId('unit-code').fill(code);
  await page.getByTestId('unit-name').fill(name);
  await page.getByTestId('unit-save').click();
  await expect(page.getByTestId(`unit-node-${code}`)).toBeVisible();
}
