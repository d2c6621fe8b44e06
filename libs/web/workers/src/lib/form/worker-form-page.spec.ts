import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  checkCharacterOf,
  type CreateWorkerRequest,
  type UnitView,
  type UpdateWorkerRequest,
} from '@worker-aid/shared/domain';
import {
  aUser,
  aWorker,
  componentTestProviders,
  settle,
  signedInAs,
  translocoTesting,
} from '@worker-aid/web/core/testing';
import { UNITS_URL, WORKERS_URL } from '@worker-aid/web/data-access';
import { WorkerFormPage } from './worker-form-page';

const caseworker = aUser('caseworker');
const units: UnitView[] = [
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: null },
];
const first17 = '34110219850412002';
const idNumber = first17 + checkCharacterOf(first17);
const wrongCheck = first17 + (checkCharacterOf(first17) === '0' ? '1' : '0');
const existing = aWorker({ phone: '13905501234', bankAccount: '6222 **** **** 0123', employer: '滁州中学' });

describe('WorkerFormPage', () => {
  let fixture: ComponentFixture<WorkerFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  function type(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
    if (!input) throw new Error(`no ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  function feedback(): string {
    return page.querySelector('[data-testid="worker-id-feedback"]')?.textContent?.trim() ?? '';
  }

  function text(id: string): string {
    return page.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
  }

  async function fillNewWorker(): Promise<void> {
    type('worker-name', '张秀英');
    type('worker-id-number', idNumber);
    type('worker-employer', '滁州中学');
    fixture.componentInstance['form'].controls.unitId.setValue('s');
    await settle(fixture);
  }

  async function clickSave(): Promise<void> {
    page.querySelector<HTMLButtonElement>('[data-testid="worker-save"]')?.click();
    await settle(fixture);
  }

  /** The form of `existing`, opened for editing (`:id/edit`; the units are loaded already). */
  async function editExisting(): Promise<void> {
    fixture = TestBed.createComponent(WorkerFormPage);
    fixture.componentRef.setInput('id', existing.id);
    page = fixture.nativeElement as HTMLElement;
    await settle(fixture);
    http.expectOne({ method: 'GET', url: `${WORKERS_URL}/${existing.id}` }).flush(existing);
    await settle(fixture);
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        WorkerFormPage,
        translocoTesting({
          genders: { male: '男', female: '女' },
          idNumberErrors: { checkCharacter: '校验码不符', length: '应为 18 位' },
          validation: { bankAccount: '银行账号应为 10–30 位数字' },
          workers: {
            form: {
              derived: '出生日期 {{birthDate}} · {{gender}}',
              duplicate: '该身份证号码已建档',
              bankAccountHint: '10–30 位数字',
              bankAccountKeep: '留空则保持原账号不变（当前 {{current}}）',
              bankAccountRemove: '删除已登记的银行账号',
              bankAccountRemoving: '保存后将删除已登记的银行账号',
            },
          },
        }),
      ],
      providers: [...componentTestProviders(), signedInAs(caseworker)],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WorkerFormPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('checks the identity number as it is typed and shows what it says', async () => {
    type('worker-id-number', '3411021985');
    await settle(fixture);
    expect(feedback()).toBe('应为 18 位');
    type('worker-id-number', wrongCheck);
    await settle(fixture);
    expect(feedback()).toBe('校验码不符');
    type('worker-id-number', idNumber);
    await settle(fixture);
    expect(feedback()).toBe('出生日期 1985-04-12 · 女');
  });

  it('registers the worker and links to the existing file on a duplicate (409)', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await fillNewWorker();
    await clickSave();

    const create = http.expectOne({ method: 'POST', url: WORKERS_URL });
    expect(create.request.body).toEqual({
      name: '张秀英',
      idNumber,
      unitId: 's',
      gender: 'female',
      employer: '滁州中学',
      migrantWorker: false,
    } satisfies CreateWorkerRequest);
    create.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        code: 'worker.duplicate',
        message: 'idNumber is already registered',
        workerId: 'w-9',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    expect(page.querySelector('[data-testid="worker-duplicate"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="worker-duplicate-link"]')?.getAttribute('href')).toBe(
      '/workers/w-9',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says what is wrong with a bank account that is not 10–30 digits, and does not send it', async () => {
    await fillNewWorker();
    type('worker-bank-account', '6222 0212 3');
    await settle(fixture);
    expect(text('worker-bank-account-error')).toBe('银行账号应为 10–30 位数字');
    await clickSave();
    http.expectNone({ method: 'POST', url: WORKERS_URL });

    type('worker-bank-account', '6222 0212 3456 7890 123');
    await settle(fixture);
    expect(page.querySelector('[data-testid="worker-bank-account-error"]')).toBeNull();
  });

  it('sends the digits of the bank account on registration', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await fillNewWorker();
    type('worker-bank-account', ' 6222 0212-3456 7890 123 ');
    await settle(fixture);
    expect(text('worker-bank-account-hint')).toBe('10–30 位数字');
    await clickSave();

    const create = http.expectOne({ method: 'POST', url: WORKERS_URL });
    expect((create.request.body as CreateWorkerRequest).bankAccount).toBe('6222021234567890123');
    create.flush({ ...existing, bankAccount: '6222 **** **** 0123' });
    await settle(fixture);
  });

  it('opens an existing file with the bank account empty, not the masked one, and keeps it when left empty', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await editExisting();
    expect(page.querySelector<HTMLInputElement>('[data-testid="worker-bank-account"]')?.value).toBe('');
    expect(text('worker-bank-account-hint')).toBe('留空则保持原账号不变（当前 6222 **** **** 0123）');
    await clickSave();

    const update = http.expectOne({ method: 'PATCH', url: `${WORKERS_URL}/${existing.id}` });
    expect(update.request.body).toEqual({
      name: '张秀英',
      gender: 'female',
      phone: '13905501234',
      employer: '滁州中学',
      migrantWorker: false,
      // Empty on the form: cleared, which the API takes as null (an empty string would be refused).
      address: null,
    } satisfies UpdateWorkerRequest);
    expect(update.request.body).not.toHaveProperty('bankAccount');
    update.flush(existing);
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/workers', existing.id]);
  });

  it('sends a newly typed bank account when editing', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await editExisting();
    type('worker-bank-account', '6217-0012-3456-7890');
    await settle(fixture);
    await clickSave();

    const update = http.expectOne({ method: 'PATCH', url: `${WORKERS_URL}/${existing.id}` });
    expect((update.request.body as UpdateWorkerRequest).bankAccount).toBe('6217001234567890');
    update.flush({ ...existing, bankAccount: '6217 **** **** 7890' });
    await settle(fixture);
  });

  it('takes the recorded bank account and an emptied phone off the file', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await editExisting();
    type('worker-bank-account', '6217001234567890');
    type('worker-phone', '');
    page.querySelector<HTMLInputElement>('[data-testid="worker-bank-account-remove"] input')?.click();
    await settle(fixture);
    const account = page.querySelector<HTMLInputElement>('[data-testid="worker-bank-account"]');
    expect(account?.disabled).toBe(true);
    expect(account?.value).toBe('');
    expect(text('worker-bank-account-hint')).toBe('保存后将删除已登记的银行账号');
    await clickSave();

    const update = http.expectOne({ method: 'PATCH', url: `${WORKERS_URL}/${existing.id}` });
    expect(update.request.body).toMatchObject({
      bankAccount: null,
      phone: null,
    } satisfies UpdateWorkerRequest);
    update.flush({ ...existing, bankAccount: null, phone: null });
    await settle(fixture);
  });

  it('offers to remove a bank account only when one is recorded', async () => {
    await fillNewWorker();
    expect(page.querySelector('[data-testid="worker-bank-account-remove"]')).toBeNull();
  });

  it('shows the API refusing the bank account on the field', async () => {
    await fillNewWorker();
    type('worker-bank-account', '6222021234567890123');
    await settle(fixture);
    await clickSave();
    http.expectOne({ method: 'POST', url: WORKERS_URL }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation',
        message: ['bankAccount: must be 10–30 digits (spaces and hyphens are ignored)'],
        fields: [{ field: 'bankAccount', code: 'bank_account', message: 'must be 10–30 digits' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(fixture.componentInstance['form'].controls.bankAccount.hasError('server')).toBe(true);
    expect(page.querySelector('[data-testid="worker-bank-account-error"]')).not.toBeNull();
  });
});
