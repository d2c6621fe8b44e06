import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  dayDaysAfter,
  todayInCenter,
  type FileHistoryEntry,
  type FileView,
  type Role,
} from '@worker-aid/shared/domain';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { documentsOfUrl, FILES_URL, UNITS_URL } from '@worker-aid/web/data-access';
import { aFile, FILE_HISTORY } from '../../testing/file-fixtures';
import { FilePage } from './file-page';

// Dialogs opened and filled in as a user does; on a busy machine that takes more than jest's 5 s.
jest.setTimeout(30_000);

const submitted = aFile();
const active = aFile({
  status: 'active',
  activeSince: '2025-11-20',
  reviewDueOn: '2026-11-20',
  lastReviewedOn: null,
});
const openVisit = { dueOn: '2027-02-28', doneOn: null, relapsed: null, note: null, reopenedFileId: null };
const closed = aFile({
  status: 'closed',
  tier: 'relative',
  closedOn: '2026-11-30',
  exitReason: 'reemployed',
  exitNote: '已在新单位就业',
  followUps: [openVisit, { ...openVisit, dueOn: '2027-05-30' }],
});

describe('FilePage', () => {
  let fixture: ComponentFixture<FilePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function el<T extends HTMLElement = HTMLElement>(testId: string): T {
    const found = document.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  }

  function actions(): string[] {
    return [...page.querySelectorAll('[data-testid^="file-action-"]')].map((button) =>
      (button.getAttribute('data-testid') ?? '').replace('file-action-', ''),
    );
  }

  async function type(testId: string, text: string): Promise<void> {
    const field = el<HTMLInputElement | HTMLTextAreaElement>(testId);
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  async function click(testId: string): Promise<void> {
    el(testId).click();
    await settle(fixture);
  }

  /** A radio button is chosen through its input, as a click on its label does. */
  async function pickRadio(testId: string): Promise<void> {
    el(testId).querySelector('input')?.click();
    await settle(fixture);
  }

  /** The file page of `view`, for a user of `role` who did not create it (unless `id` says so). */
  async function open(view: FileView, role: Role, id = `u-${role}`): Promise<void> {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(FilePage, {
      texts: {
        files: {
          statuses: { submitted: '已提交', active: '在档', returned: '已退回', closed: '已脱困' },
          actions: { commentRequired: '请填写理由' },
        },
        approval: { notice: { period: '公示中：{{start}} 至 {{end}}' } },
      },
      user: aUser(role, { id }),
    }));
    fixture.componentRef.setInput('id', view.id);
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush([]);
    http.expectOne(`${FILES_URL}/${view.id}`).flush(view);
    http.expectOne(`${FILES_URL}/${view.id}/history`).flush(FILE_HISTORY);
    await settle(fixture);
    http.expectOne(documentsOfUrl('files', view.id)).flush([]);
    await settle(fixture);
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => overlay.remove());
  });

  it('shows the file: number, worker, status, tier, household, the standard and the history', async () => {
    await open(submitted, 'caseworker', 'u-cw');
    expect(el('file-no').textContent?.trim()).toBe('DA-2026-000001');
    expect(el('file-worker-link').getAttribute('href')).toBe('/workers/w-1');
    expect(el('file-status').textContent?.trim()).toBe('已提交');
    expect(el('file-tier').getAttribute('data-tier')).toBe('deep');
    expect(el('file-per-capita').textContent?.trim()).toBe('¥750.00');
    expect(el('file-standard').textContent?.trim()).toBe('¥780.00');
    expect(el('file-members').querySelectorAll('tbody tr').length).toBe(2);
    expect(el('file-history').querySelectorAll('li').length).toBe(2);
    // Its creator, a caseworker, may only withdraw it now.
    expect(actions()).toEqual(['withdraw']);
  });

  it('offers a reviewer the decisions on a submitted file — approval only when not its creator', async () => {
    await open(submitted, 'reviewer');
    expect(actions()).toEqual(['approve', 'reject', 'return', 'withdraw']);
  });

  it('never offers approval to the reviewer who created the file', async () => {
    await open(aFile({ createdBy: 'u-r' }), 'reviewer', 'u-r');
    expect(actions()).toEqual(['reject', 'return', 'withdraw']);
  });

  it('offers a draft’s creator edit, submit and withdraw, and says when the household is in no tier', async () => {
    await open(aFile({ status: 'draft', tier: 'none' }), 'caseworker', 'u-cw');
    expect(actions()).toEqual(['edit', 'submit', 'withdraw']);
    expect(el('file-not-eligible')).toBeTruthy();
  });

  it('returns a file only with a reason, and shows its new status and history', async () => {
    await open(submitted, 'manager');
    expect(actions()).toEqual(['approve', 'reject', 'return']);
    await click('file-action-return');
    await click('file-action-confirm');
    expect(el('file-action-dialog-return').textContent).toContain('请填写理由');
    http.expectNone({ method: 'POST', url: `${FILES_URL}/f-1/return` });

    await type('file-action-comment', '  缺收入证明 ');
    await click('file-action-confirm');
    const request = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/return` });
    expect(request.request.body).toEqual({ comment: '缺收入证明' });
    request.flush({ ...submitted, status: 'returned' });
    await settle(fixture);
    http.expectOne(`${FILES_URL}/f-1/history`).flush(FILE_HISTORY);
    await settle(fixture);
    expect(el('file-status').textContent?.trim()).toBe('已退回');
    expect(actions()).toEqual([]);
  });

  it('offers the annual review and the exit on an active file, its review day highlighted when past', async () => {
    await open(active, 'caseworker');
    expect(actions()).toEqual(['review', 'exit']);
    expect(el('file-review-due').classList).toContain('due-overdue');

    await click('file-action-exit');
    await click('exit-reason');
    await click('exit-reason-option-reemployed');
    await type('exit-note', '已在新单位就业');
    await click('exit-confirm');
    const exit = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/exit` });
    expect(exit.request.body).toEqual({ reason: 'reemployed', note: '已在新单位就业' });
    exit.flush(closed);
    await settle(fixture);
    http.expectOne(`${FILES_URL}/f-1/history`).flush(FILE_HISTORY);
    await settle(fixture);
    expect(el('file-status').textContent?.trim()).toBe('已脱困');
    expect(el('file-follow-ups').querySelectorAll('tbody tr').length).toBe(2);
    expect(actions()).toEqual(['followUp']);
  });

  it('offers nothing to a role that neither writes records nor decides', async () => {
    await open(active, 'auditor');
    expect(actions()).toEqual([]);
  });

  it('records a visit that finds a relapse, then opens the new draft and says so', async () => {
    await open(closed, 'caseworker');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('file-action-followUp');
    expect(el<HTMLInputElement>('follow-up-visited-on').value).toBe(todayInCenter());
    // Nothing is sent before the visit's finding is chosen.
    await click('follow-up-confirm');
    http.expectNone({ method: 'POST', url: `${FILES_URL}/f-1/follow-ups` });

    await pickRadio('follow-up-relapsed-yes');
    expect(el('follow-up-relapse-note')).toBeTruthy();
    await click('follow-up-confirm');
    const visit = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/follow-ups` });
    expect(visit.request.body).toEqual({ visitedOn: todayInCenter(), relapsed: true });
    visit.flush({ ...closed, reopenedFileId: 'f-2' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/files', 'f-2']);
    expect(document.querySelector('.wa-snack-info')).toBeTruthy();
  });

  it('records a visit that finds no relapse on the file itself', async () => {
    await open(closed, 'caseworker');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await click('file-action-followUp');
    await pickRadio('follow-up-relapsed-no');
    await click('follow-up-confirm');
    const visit = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/follow-ups` });
    expect(visit.request.body).toMatchObject({ relapsed: false });
    const done = { ...openVisit, doneOn: todayInCenter(), relapsed: false };
    visit.flush({ ...closed, followUps: [done, closed.followUps[1]] });
    await settle(fixture);
    http.expectOne(`${FILES_URL}/f-1/history`).flush(FILE_HISTORY);
    await settle(fixture);
    expect(navigate).not.toHaveBeenCalled();
    expect(actions()).toEqual(['followUp']);
    expect(el('file-follow-ups').textContent).toContain(todayInCenter());
  });

  it('shows an approved file’s public notice, and records an objection that sends it back to review', async () => {
    const today = todayInCenter();
    const inNotice = aFile({
      ...active,
      reviewDueOn: dayDaysAfter(today, 365),
      noticeStartsOn: today,
      noticeEndsOn: dayDaysAfter(today, 5),
    });
    await open(inNotice, 'caseworker');
    expect(el('notice-period').textContent).toContain(dayDaysAfter(today, 5));
    await click('notice-object');
    await click('objection-channel');
    await click('objection-channel-option-other');
    await type('objection-content', '邻居反映其已再就业');
    await click('objection-save');
    const request = http.expectOne({ method: 'POST', url: `${FILES_URL}/f-1/objections` });
    expect(request.request.body).toEqual({ content: '邻居反映其已再就业', receivedVia: 'other' });
    request.flush(submitted);
    await settle(fixture);
    const objection = {
      at: '2026-11-25T02:00:00Z',
      actorId: 'u-caseworker',
      actorName: '李专干',
      action: 'objection',
      fromStatus: 'active',
      toStatus: 'submitted',
      comment: '邻居反映其已再就业',
      detail: { receivedVia: 'other' },
    } satisfies FileHistoryEntry & { detail: unknown };
    http.expectOne(`${FILES_URL}/f-1/history`).flush([...FILE_HISTORY, objection]);
    await settle(fixture);
    expect(el('file-status').textContent?.trim()).toBe('已提交');
    expect(document.querySelector('[data-testid="notice-banner"]')).toBeNull();
    expect(el('file-history-channel-2')).toBeTruthy();
  });

  it('shows no objection button to a role that may not record one', async () => {
    const today = todayInCenter();
    await open(aFile({ ...active, noticeStartsOn: today, noticeEndsOn: today }), 'auditor');
    expect(el('notice-banner')).toBeTruthy();
    expect(document.querySelector('[data-testid="notice-object"]')).toBeNull();
  });

  it('shows no notice once it has ended', async () => {
    const yesterday = dayDaysAfter(todayInCenter(), -1);
    await open(aFile({ ...active, noticeStartsOn: '2026-01-01', noticeEndsOn: yesterday }), 'caseworker');
    expect(document.querySelector('[data-testid="notice-banner"]')).toBeNull();
  });
});
