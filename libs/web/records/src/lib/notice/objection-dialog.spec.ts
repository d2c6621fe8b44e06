import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { byTestId, renderComponent, settle } from '@worker-aid/web/core/testing';
import { CASES_URL, CasesApi, FILES_URL, FilesApi } from '@worker-aid/web/data-access';
import { ObjectionDialog, type ObjectionDialogData } from './objection-dialog';

jest.setTimeout(30_000);

interface SetUp {
  fixture: ComponentFixture<ObjectionDialog>;
  http: HttpTestingController;
  close: jest.Mock;
}

async function open(data: ObjectionDialogData): Promise<SetUp> {
  const close = jest.fn();
  const { fixture, http } = await renderComponent(ObjectionDialog, {
    texts: {
      objection: { contentRequired: '请填写异议内容' },
      apiErrors: { file: { not_in_notice: '档案不在公示期内，不能登记异议' } },
      validation: { required: '必填项' },
    },
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  await settle(fixture);
  return { fixture, http, close };
}

async function choose(fixture: ComponentFixture<unknown>, channel: string): Promise<void> {
  byTestId(document, 'objection-channel').click();
  await settle(fixture);
  byTestId(document, `objection-channel-option-${channel}`).click();
  await settle(fixture);
}

async function write(fixture: ComponentFixture<unknown>, text: string): Promise<void> {
  const content = byTestId<HTMLTextAreaElement>(document, 'objection-content');
  content.value = text;
  content.dispatchEvent(new Event('input'));
  await settle(fixture);
}

async function save(fixture: ComponentFixture<unknown>): Promise<void> {
  byTestId(document, 'objection-save').click();
  await settle(fixture);
}

function errors(): string[] {
  return [...document.querySelectorAll('mat-error')].map((error) => error.textContent?.trim() ?? '');
}

describe('ObjectionDialog', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  // The API services are read when the dialog sends, after the test bed is set up.
  const onCase: ObjectionDialogData = {
    kind: 'case',
    label: 'MED-2026-000001',
    noticeEndsOn: '2026-12-05',
    send: (request) => TestBed.inject(CasesApi).objection('c-1', request),
  };

  it('needs how it came in and what it says, then records it on the case', async () => {
    const { fixture, http, close } = await open(onCase);
    await save(fixture);
    http.expectNone(`${CASES_URL}/c-1/objections`);
    expect(errors()).toEqual(['必填项', '请填写异议内容']);

    await choose(fixture, 'letter');
    await write(fixture, '  反映其子女已工作  ');
    await save(fixture);
    const request = http.expectOne({ method: 'POST', url: `${CASES_URL}/c-1/objections` });
    expect(request.request.body).toEqual({ content: '反映其子女已工作', receivedVia: 'letter' });
    request.flush({ id: 'c-1', status: 'submitted' });
    await settle(fixture);
    expect(close).toHaveBeenCalledWith({ id: 'c-1', status: 'submitted' });
  });

  it('records it on a file, and says so when the notice has ended meanwhile (409)', async () => {
    const { fixture, http, close } = await open({
      kind: 'file',
      label: 'DA-2026-000001',
      noticeEndsOn: '2026-12-05',
      send: (request) => TestBed.inject(FilesApi).objection('f-1', request),
    });
    await choose(fixture, 'in_person');
    await write(fixture, '家庭收入不实');
    await save(fixture);
    http
      .expectOne({ method: 'POST', url: `${FILES_URL}/f-1/objections` })
      .flush(
        { statusCode: 409, code: 'file.not_in_notice', message: 'not in notice' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(byTestId(document, 'objection-error').textContent).toContain('档案不在公示期内，不能登记异议');
    expect(close).not.toHaveBeenCalled();
  });
});
