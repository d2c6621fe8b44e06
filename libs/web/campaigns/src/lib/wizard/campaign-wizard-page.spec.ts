import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { todayInCenter, type FundView } from '@worker-aid/shared/domain';
import { aUser, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import { aCampaign } from '../../testing/campaign-fixtures';
import { CAMPAIGNS_URL } from '../data-access/campaigns-api';
import type { RulesForm } from './campaign-rules';
import { CampaignWizardPage } from './campaign-wizard-page';

const year = Number(todayInCenter().slice(0, 4));
const fund = { id: 'f-1', code: 'F1', name: '帮扶专项资金', balance: 10_000_000 } as FundView;

async function open() {
  const rendered = await renderComponent(CampaignWizardPage, {
    user: aUser('manager'),
    texts: {
      campaigns: {
        defaultNames: { festival: '{{year}}年"两节"送温暖', school: '{{year}}年金秋助学' },
        statuses: { draft: '草稿' },
      },
      apiErrors: { fund: { not_covering: '资金所属单位不覆盖该活动的单位' } },
    },
  });
  await settle(rendered.fixture);
  rendered.http.expectOne('/api/funds').flush([fund]);
  await settle(rendered.fixture);
  const form = (rendered.fixture.componentInstance as unknown as { form: RulesForm }).form;
  return { ...rendered, form };
}

describe('CampaignWizardPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('names the campaign after its kind and year until the user writes a name', async () => {
    const { fixture, element, form } = await open();
    expect(byTestId<HTMLInputElement>(element, 'campaign-name').value).toBe(`${year}年"两节"送温暖`);
    form.controls.kind.setValue('school');
    await settle(fixture);
    expect(form.controls.name.value).toBe(`${year}年金秋助学`);
    await typeInto(fixture, 'campaign-name', '职工子女助学');
    form.controls.kind.setValue('festival');
    await settle(fixture);
    expect(form.controls.name.value).toBe('职工子女助学');
  });

  it('asks the school levels for school aid', async () => {
    const { fixture, element, form } = await open();
    expect(element.querySelector('[data-testid="campaign-amount-deep"]')).not.toBeNull();
    form.controls.kind.setValue('school');
    await settle(fixture);
    expect(element.querySelector('[data-testid="campaign-amount-deep"]')).toBeNull();
    expect(element.querySelector('[data-testid="campaign-amount-deep-university"]')).not.toBeNull();
  });

  it('sends nothing while the rules are incomplete', async () => {
    const { fixture, element, http } = await open();
    byTestId(element, 'campaign-build-roster').click();
    await settle(fixture);
    http.expectNone(CAMPAIGNS_URL);
    expect(element.querySelectorAll('mat-error').length).toBeGreaterThan(0);
  });

  it('creates the draft, builds its roster, previews it and submits it', async () => {
    const { fixture, element, http, form } = await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    form.controls.fundId.setValue('f-1');
    form.controls.tiers.controls.sudden.setValue(false);
    await settle(fixture);
    await typeInto(fixture, 'campaign-amount-deep', '800');
    await typeInto(fixture, 'campaign-amount-relative', '500');
    byTestId(element, 'campaign-build-roster').click();
    await settle(fixture);

    const create = http.expectOne({ method: 'POST', url: CAMPAIGNS_URL });
    expect(create.request.body).toEqual({
      name: `${year}年"两节"送温暖`,
      kind: 'festival',
      year,
      fundId: 'f-1',
      eligibility: { tiers: ['deep', 'relative'] },
      amounts: [
        { tier: 'deep', amount: 80000 },
        { tier: 'relative', amount: 50000 },
      ],
    });
    create.flush(aCampaign({ rosterBuiltAt: null }));
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/roster` })
      .flush({ lines: 3, amount: 210000 });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: `${CAMPAIGNS_URL}/cp-1` }).flush(aCampaign());
    await settle(fixture);

    expect(byTestId(element, 'campaign-preview-lines').textContent?.trim()).toBe('3');
    expect(byTestId(element, 'campaign-preview-amount').textContent?.trim()).toBe('¥2,100.00');
    expect(byTestId(element, 'campaign-preview-tier-deep').textContent).toContain('¥1,600.00');
    expect(form.controls.kind.disabled).toBe(true);

    byTestId(element, 'campaign-preview-next').click();
    await settle(fixture);
    byTestId(element, 'campaign-submit').click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: `${CAMPAIGNS_URL}/cp-1/submit` })
      .flush(aCampaign({ status: 'submitted' }));
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/campaigns', 'cp-1']);
  });

  it('updates the draft instead of creating another when the rules change after a build', async () => {
    const { fixture, element, http, form } = await open();
    form.patchValue({ fundId: 'f-1', amounts: { deep: '800', relative: '500', sudden: '300' } });
    byTestId(element, 'campaign-build-roster').click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: CAMPAIGNS_URL }).flush(aCampaign());
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1/roster`).flush({ lines: 3, amount: 210000 });
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1`).flush(aCampaign());
    await settle(fixture);

    form.controls.amounts.controls['deep'].setValue('900');
    byTestId(element, 'campaign-build-roster').click();
    await settle(fixture);
    const patch = http.expectOne({ method: 'PATCH', url: `${CAMPAIGNS_URL}/cp-1` });
    expect('kind' in patch.request.body).toBe(false);
    expect(patch.request.body.amounts[0]).toEqual({ tier: 'deep', amount: 90000 });
    patch.flush(aCampaign());
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1/roster`).flush({ lines: 3, amount: 230000 });
    await settle(fixture);
    http.expectOne(`${CAMPAIGNS_URL}/cp-1`).flush(aCampaign());
    await settle(fixture);
  });

  it('says why the API refused the rules', async () => {
    const { fixture, element, http, form } = await open();
    form.patchValue({ fundId: 'f-1', amounts: { deep: '800', relative: '500', sudden: '300' } });
    byTestId(element, 'campaign-build-roster').click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: CAMPAIGNS_URL })
      .flush(
        { statusCode: 409, code: 'fund.not_covering', message: 'no' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(byTestId(element, 'campaign-wizard-error').textContent).toContain(
      '资金所属单位不覆盖该活动的单位',
    );
  });
});
