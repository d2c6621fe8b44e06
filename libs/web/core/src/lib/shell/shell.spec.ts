import { BreakpointObserver } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { InboxCounts } from '@worker-aid/shared/domain';
import { INBOX_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { of } from 'rxjs';
import { aUser, renderComponent, settle } from '../../testing';
import { Shell } from './shell';

@Component({ template: '' })
class Blank {}

const counts: InboxCounts = {
  review: 3,
  fileApprovals: 0,
  campaignApprovals: 1,
  noticeEnding: 2,
  filesReviewDue: 0,
  followUpsDue: 1,
  toPay: 140,
  campaignsToPay: 2,
  imports: 0,
};

async function shellOf(phone: boolean) {
  const rendered = await renderComponent(Shell, {
    user: aUser('admin'),
    providers: [
      provideRouter([
        { path: 'cases', component: Blank },
        { path: 'review', component: Blank },
      ]),
      { provide: BreakpointObserver, useValue: { observe: () => of({ matches: phone, breakpoints: {} }) } },
    ],
  });
  await rendered.fixture.whenStable();
  rendered.http.expectOne(UNITS_URL).flush([]);
  rendered.http.expectOne(INBOX_URL).flush({ counts, items: [] });
  await settle(rendered.fixture);
  return rendered;
}

function text(root: HTMLElement, testId: string): string | null {
  return root.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
}

describe('Shell', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('shows what waits as counts on the navigation items, none for a 0', async () => {
    const { element } = await shellOf(false);
    expect(text(element, 'nav-count-review')).toBe('3');
    expect(text(element, 'nav-count-notices')).toBe('2');
    expect(text(element, 'nav-count-followUps')).toBe('1');
    expect(text(element, 'nav-count-toPay')).toBe('99+');
    expect(text(element, 'nav-count-campaigns')).toBe('3');
    expect(element.querySelector('[data-testid="nav-count-imports"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-count-files"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-toPay"]')?.getAttribute('href')).toBe(
      '/cases?status=approved&payable=true',
    );
  });

  it('marks one item as the current page: 待发放 on its filtered list, 帮扶案件 on the plain one', async () => {
    const { element, fixture } = await shellOf(false);
    const router = TestBed.inject(Router);
    const current = () =>
      [...element.querySelectorAll('[aria-current="page"]')].map((link) => link.getAttribute('data-testid'));
    await router.navigateByUrl('/cases?status=approved&payable=true');
    await settle(fixture);
    expect(current()).toEqual(['nav-toPay']);
    await router.navigateByUrl('/cases');
    await settle(fixture);
    expect(current()).toEqual(['nav-cases']);
  });

  it('shows the total on the menu button of a phone', async () => {
    const { element } = await shellOf(true);
    expect(text(element, 'nav-total')).toBe('99+');
    expect(element.querySelector('[data-testid="nav-toggle"]')?.getAttribute('aria-describedby')).toBe(
      'nav-total-text',
    );
  });
});
