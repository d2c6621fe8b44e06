import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { NO_POLICY, type ApprovalPolicyView } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { APPROVAL_POLICY_URL } from '@worker-aid/web/data-access';
import { ApprovalPolicyPage } from './approval-policy-page';
import { SUGGESTED_POLICY } from './policy-form';

jest.setTimeout(30_000);

const unconfigured: ApprovalPolicyView = {
  ...NO_POLICY,
  objectionContact: null,
  configured: false,
  updatedAt: null,
  updatedBy: null,
};
const configured: ApprovalPolicyView = {
  ...SUGGESTED_POLICY,
  objectionContact: '市总工会帮扶中心，电话 0550-1234567',
  configured: true,
  updatedAt: '2026-11-30T02:00:00Z',
  updatedBy: 'u-admin',
};

async function open(view: ApprovalPolicyView): Promise<{
  fixture: ComponentFixture<ApprovalPolicyPage>;
  http: HttpTestingController;
  page: HTMLElement;
}> {
  const { fixture, http, element } = await renderComponent(ApprovalPolicyPage, {
    texts: {
      unitLevels: { grassroots: '基层工会' },
      policy: { errors: { belowLower: '不得低于{{lower}}的限额' }, fixFirst: '规则有误，请先改正标红的项目' },
      fieldErrors: { below_lower_level: '上级的限额不得低于下级' },
    },
    user: aUser('admin'),
  });
  await fixture.whenStable();
  http.expectOne({ method: 'GET', url: APPROVAL_POLICY_URL }).flush(view);
  await settle(fixture);
  return { fixture, http, page: element };
}

function problem(page: HTMLElement, cell: string): string | undefined {
  return page.querySelector(`[data-testid="policy-problem-${cell}"]`)?.textContent?.trim();
}

describe('ApprovalPolicyPage', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('says when no policy is set, fills in the suggested one without saving, and saves it', async () => {
    const { fixture, http, page } = await open(unconfigured);
    expect(page.querySelector('[data-testid="policy-unconfigured"]')).toBeTruthy();
    expect(byTestId<HTMLInputElement>(page, 'policy-limit-medical/industry').disabled).toBe(true);
    // The center has no limit, and no way to set one.
    expect(page.querySelector('[data-testid="policy-limit-medical/center"]')).toBeNull();

    byTestId(page, 'policy-suggested').click();
    await settle(fixture);
    http.expectNone({ method: 'PUT', url: APPROVAL_POLICY_URL });
    expect(byTestId<HTMLInputElement>(page, 'policy-limit-medical/industry').value).toBe('5000.00');
    expect(byTestId<HTMLInputElement>(page, 'policy-limit-medical/grassroots').value).toBe('0.00');
    expect(byTestId<HTMLInputElement>(page, 'policy-days-legal').value).toBe('0');
    expect(byTestId<HTMLInputElement>(page, 'policy-days-file').value).toBe('5');

    await typeInto(fixture, 'policy-objection-contact', ' 市总工会帮扶中心，电话 0550-1234567 ');
    byTestId(page, 'policy-save').click();
    await settle(fixture);
    const put = http.expectOne({ method: 'PUT', url: APPROVAL_POLICY_URL });
    expect(put.request.body).toEqual({
      ...SUGGESTED_POLICY,
      objectionContact: '市总工会帮扶中心，电话 0550-1234567',
    });
    put.flush(configured);
    await settle(fixture);
    expect(page.querySelector('[data-testid="policy-unconfigured"]')).toBeNull();
    expect(page.querySelector('[data-testid="policy-saved-at"]')).toBeTruthy();
  });

  it('points at the cell that breaks the order of levels, and refuses to save', async () => {
    const { fixture, http, page } = await open(configured);
    await typeInto(fixture, 'policy-limit-medical/grassroots', '6000');
    expect(problem(page, 'medical/industry')).toBe('不得低于基层工会的限额');
    byTestId(page, 'policy-save').click();
    await settle(fixture);
    http.expectNone({ method: 'PUT', url: APPROVAL_POLICY_URL });
    expect(byTestId(page, 'policy-error').textContent).toContain('规则有误，请先改正标红的项目');

    // "No limit" at grassroots under a limited industry union is just as wrong; a limit again puts it right.
    byTestId(page, 'policy-unlimited-medical/grassroots').querySelector('input')?.click();
    await settle(fixture);
    expect(problem(page, 'medical/industry')).toBe('不得低于基层工会的限额');
    byTestId(page, 'policy-unlimited-medical/grassroots').querySelector('input')?.click();
    await typeInto(fixture, 'policy-limit-medical/grassroots', '1000');
    expect(problem(page, 'medical/industry')).toBeUndefined();
  });

  it('shows the API’s objections on the cells they name', async () => {
    const { fixture, http, page } = await open(configured);
    byTestId(page, 'policy-save').click();
    await settle(fixture);
    http.expectOne({ method: 'PUT', url: APPROVAL_POLICY_URL }).flush(
      {
        statusCode: 400,
        code: 'validation',
        message: 'inconsistent',
        fields: [{ field: 'limits[4].limit', code: 'below_lower_level', message: 'below' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(problem(page, 'medical/industry')).toBe('上级的限额不得低于下级');
    expect(page.querySelector('[data-testid="policy-error"]')).toBeTruthy();
  });
});
