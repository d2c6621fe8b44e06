import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import {
  can,
  checkCharacterOf,
  type CreateWorkerRequest,
  type CurrentUserView,
  type Permission,
  type UnitView,
} from '@worker-aid/shared/domain';
import { AuthService, UNITS_URL } from '@worker-aid/web/core';
import { WORKERS_URL } from '../workers-api';
import { WorkerFormPage } from './worker-form-page';

const caseworker: CurrentUserView = {
  id: 'u-1',
  username: 'caseworker',
  displayName: '李专干',
  role: 'caseworker',
  unitId: 's',
};
const units: UnitView[] = [
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: null },
];
const first17 = '34110219850412002';
const idNumber = first17 + checkCharacterOf(first17);
const wrongCheck = first17 + (checkCharacterOf(first17) === '0' ? '1' : '0');

describe('WorkerFormPage', () => {
  let fixture: ComponentFixture<WorkerFormPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await fixture.whenStable();
  }

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

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        WorkerFormPage,
        TranslocoTestingModule.forRoot({
          langs: {
            'zh-CN': {
              genders: { male: '男', female: '女' },
              idNumberErrors: { checkCharacter: '校验码不符', length: '应为 18 位' },
              workers: {
                form: { derived: '出生日期 {{birthDate}} · {{gender}}', duplicate: '该身份证号码已建档' },
              },
            },
          },
          translocoConfig: {
            availableLangs: ['zh-CN'],
            defaultLang: 'zh-CN',
            missingHandler: { logMissingKey: false },
          },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        {
          provide: AuthService,
          useValue: {
            currentUser: signal(caseworker),
            isSignedIn: () => true,
            can: (permission: Permission) => can(caseworker.role, permission),
          },
        },
      ],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WorkerFormPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    await settle();
  });

  afterEach(() => http.verify());

  it('checks the identity number as it is typed and shows what it says', async () => {
    type('worker-id-number', '3411021985');
    await settle();
    expect(feedback()).toBe('应为 18 位');
    type('worker-id-number', wrongCheck);
    await settle();
    expect(feedback()).toBe('校验码不符');
    type('worker-id-number', idNumber);
    await settle();
    expect(feedback()).toBe('出生日期 1985-04-12 · 女');
  });

  it('registers the worker and links to the existing file on a duplicate (409)', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('worker-name', '张秀英');
    type('worker-id-number', idNumber);
    type('worker-employer', '滁州中学');
    fixture.componentInstance['form'].controls.unitId.setValue('s');
    await settle();
    page.querySelector<HTMLButtonElement>('[data-testid="worker-save"]')?.click();
    await settle();

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
      { statusCode: 409, error: 'Conflict', message: 'idNumber is already registered', workerId: 'w-9' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(page.querySelector('[data-testid="worker-duplicate"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="worker-duplicate-link"]')?.getAttribute('href')).toBe(
      '/workers/w-9',
    );
    expect(navigate).not.toHaveBeenCalled();
  });
});
