import type { Page } from '@playwright/test';

/** The row of a campaign's roster table that names this worker. */
export function campaignLineRow(page: Page, name: string) {
  return page.getByTestId('campaign-line-table').locator('tr', { hasText: name });
}
