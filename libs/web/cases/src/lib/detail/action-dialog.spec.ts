import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { CaseAction, CaseView } from '@worker-aid/shared/domain';
import { aCase, renderComponent, settle } from '@worker-aid/web/core/testing';
import { CASES_URL } from '@worker-aid/web/data-access';
import { ActionDialog, type ActionDialogData } from './action-dialog';

const submitted = aCase();
const legal = aCase({
  id: 'c-2',
  caseNo: 'LEG-2026-000001',
  type: 'legal',
  status: 'disbursed',
  details: { disputeKind: 'wage_arrears', opposingParty: '某建筑公司', amountClaimed: 3000000 },
});

interface SetUp {
  fixture: ComponentFixture<ActionDialog>;
  http: HttpTestingController;
  close: jest.Mock;
  dialog: HTMLElement;
}

async function open(action: CaseAction, view: CaseView = submitted): Promise<SetUp> {
  const close = jest.fn();
  const { fixture, http, element } = await renderComponent(ActionDialog, {
    texts: {
      cases: {
        actions: {
          overRequested: '批准金额不能超过申请金额 {{max}}',
          commentRequired: '请填写意见，说明理由',
        },
      },
      apiErrors: {
        case: { four_eyes: '案件创建人不能审批自己创建的案件', transition: '案件状态已变化' },
      },
      validation: { required: '必填项' },
    },
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { action, case: view } satisfies ActionDialogData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  await settle(fixture);
  return { fixture, http, close, dialog: element };
}

function field<T extends HTMLElement>(dialog: HTMLElement, testId: string): T {
  const element = dialog.querySelector<T>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`no ${testId}`);
  return element;
}

async function type(setUp: SetUp, testId: string, value: string): Promise<void> {
  const input = field<HTMLInputElement>(setUp.dialog, testId);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
  await settle(setUp.fixture);
}

async function confirm(setUp: SetUp, testId: string): Promise<void> {
  field(setUp.dialog, testId).click();
  await settle(setUp.fixture);
}

function errors(dialog: HTMLElement): string[] {
  return [...dialog.querySelectorAll('mat-error')]
    .map((error) => error.textContent?.trim() ?? '')
    .filter(Boolean);
}

describe('ActionDialog', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('approves with the requested amount prefilled, an optional comment, in fen', async () => {
    const setUp = await open('approve');
    expect(field<HTMLInputElement>(setUp.dialog, 'approve-amount').value).toBe('5000.00');
    await type(setUp, 'approve-amount', '4,500.5');
    await type(setUp, 'approve-comment', '  同意，按票据核定  ');
    await confirm(setUp, 'approve-confirm');
    const request = setUp.http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/approve` });
    expect(request.request.body).toEqual({ approvedAmount: 450050, comment: '同意，按票据核定' });
    const approved = { ...submitted, status: 'approved' as const, approvedAmount: 450050 };
    request.flush(approved);
    await settle(setUp.fixture);
    expect(setUp.close).toHaveBeenCalledWith(approved);
  });

  it('refuses an approved amount above the requested one without asking the API', async () => {
    const setUp = await open('approve');
    await type(setUp, 'approve-amount', '5000.01');
    await confirm(setUp, 'approve-confirm');
    setUp.http.expectNone(`${CASES_URL}/c-1/approve`);
    expect(errors(setUp.dialog)).toEqual(['批准金额不能超过申请金额 ¥5,000.00']);
    expect(setUp.close).not.toHaveBeenCalled();
  });

  it('tells a reviewer who registered the case that someone else must approve it (403)', async () => {
    const setUp = await open('approve');
    await confirm(setUp, 'approve-confirm');
    setUp.http
      .expectOne(`${CASES_URL}/c-1/approve`)
      .flush(
        { statusCode: 403, code: 'case.four_eyes', message: 'own case' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle(setUp.fixture);
    expect(field(setUp.dialog, 'action-error').textContent).toContain('案件创建人不能审批自己创建的案件');
    expect(setUp.close).not.toHaveBeenCalled();
  });

  it.each(['reject', 'return'] as const)('needs a comment to %s, and sends it trimmed', async (action) => {
    const setUp = await open(action);
    await confirm(setUp, 'action-confirm');
    setUp.http.expectNone(`${CASES_URL}/c-1/${action}`);
    expect(errors(setUp.dialog)).toEqual(['请填写意见，说明理由']);
    await type(setUp, 'action-comment', ' 材料不全 ');
    await confirm(setUp, 'action-confirm');
    const request = setUp.http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/${action}` });
    expect(request.request.body).toEqual({ comment: '材料不全' });
    request.flush({ ...submitted, status: action === 'reject' ? 'rejected' : 'returned' });
    await settle(setUp.fixture);
    expect(setUp.close).toHaveBeenCalledTimes(1);
  });

  it('says so when the case moved on meanwhile (409), and stays open', async () => {
    const setUp = await open('withdraw');
    expect(setUp.dialog.querySelector('textarea')).toBeNull();
    await confirm(setUp, 'action-confirm');
    const request = setUp.http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/withdraw` });
    expect(request.request.body).toEqual({});
    request.flush(
      { statusCode: 409, code: 'case.transition', message: 'not allowed from approved' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(setUp.fixture);
    expect(field(setUp.dialog, 'action-error').textContent).toContain('案件状态已变化');
    expect(setUp.close).not.toHaveBeenCalled();
  });

  it('closes a legal-aid case with its outcome and the amount recovered', async () => {
    const setUp = await open('close', legal);
    await confirm(setUp, 'action-confirm');
    setUp.http.expectNone(`${CASES_URL}/c-2/close`);
    expect(errors(setUp.dialog)).toEqual(['必填项', '必填项']);
    field(setUp.dialog, 'close-outcome').click();
    await settle(setUp.fixture);
    document.querySelector<HTMLElement>('[data-testid="close-outcome-option-won"]')?.click();
    await settle(setUp.fixture);
    await type(setUp, 'close-recovered', '28000');
    await confirm(setUp, 'action-confirm');
    const request = setUp.http.expectOne({ method: 'POST', url: `${CASES_URL}/c-2/close` });
    expect(request.request.body).toEqual({ outcome: 'won', recoveredAmount: 2800000 });
    request.flush({ ...legal, status: 'closed', outcome: 'won', recoveredAmount: 2800000 });
    await settle(setUp.fixture);
    expect(setUp.close).toHaveBeenCalledTimes(1);
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('closes any other case with nothing to ask', async () => {
    const setUp = await open('close', { ...submitted, status: 'disbursed' });
    expect(setUp.dialog.querySelector('[data-testid="close-outcome"]')).toBeNull();
    await confirm(setUp, 'action-confirm');
    const request = setUp.http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/close` });
    expect(request.request.body).toEqual({});
    request.flush({ ...submitted, status: 'closed' });
    await settle(setUp.fixture);
    expect(setUp.close).toHaveBeenCalledTimes(1);
  });
});
