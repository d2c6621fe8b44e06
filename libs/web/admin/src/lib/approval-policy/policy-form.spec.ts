import { approvalPolicyProblems, NO_POLICY } from '@worker-aid/shared/domain';
import {
  cellOfField,
  cellProblems,
  fillPolicyForm,
  policyForm,
  type PolicyFormValue,
  policyOf,
  setUnlimited,
  SUGGESTED_POLICY,
} from './policy-form';

function valueOf(form: ReturnType<typeof policyForm>): PolicyFormValue {
  return form.group.getRawValue() as PolicyFormValue;
}

describe('the approval policy form', () => {
  it('suggests a consistent policy: industry limits, nothing final at grassroots, 5 days but none for legal aid', () => {
    expect(approvalPolicyProblems(SUGGESTED_POLICY)).toEqual([]);
    const medical = SUGGESTED_POLICY.limits.filter((row) => row.type === 'medical');
    expect(medical).toEqual([
      { type: 'medical', level: 'center', limit: null },
      { type: 'medical', level: 'industry', limit: 500000 },
      { type: 'medical', level: 'grassroots', limit: 0 },
    ]);
    expect(SUGGESTED_POLICY.noticeDays).toContainEqual({ type: 'legal', days: 0 });
    expect(SUGGESTED_POLICY.noticeDays).toContainEqual({ type: 'file', days: 5 });
    expect(SUGGESTED_POLICY.noticeDays).toContainEqual({ type: 'campaign', days: 5 });
  });

  it('gives back the policy it was filled with, in fen, the center without a limit', () => {
    const form = policyForm();
    fillPolicyForm(form, { ...SUGGESTED_POLICY, objectionContact: '市总工会帮扶中心 0550-1234567' });
    expect(form.limits.medical.industry.controls.amount.value).toBe('5000.00');
    expect(form.limits.medical.center.controls.unlimited.disabled).toBe(true);
    expect(policyOf(valueOf(form))).toEqual({
      ...SUGGESTED_POLICY,
      objectionContact: '市总工会帮扶中心 0550-1234567',
    });
  });

  it('starts with no limits and no notice, as a database without a policy behaves', () => {
    const form = policyForm();
    expect(policyOf(valueOf(form))).toEqual(NO_POLICY);
  });

  it('reads no policy while an amount or a number of days is not a number', () => {
    const form = policyForm();
    setUnlimited(form.limits.legal.industry, false);
    form.limits.legal.industry.controls.amount.setValue('两千');
    expect(policyOf(valueOf(form))).toBeNull();
    form.limits.legal.industry.controls.amount.setValue('2,000');
    form.noticeDays.file.setValue('五');
    expect(policyOf(valueOf(form))).toBeNull();
  });

  it('puts "not below the lower level" on the higher level’s cell', () => {
    const form = policyForm();
    fillPolicyForm(form, SUGGESTED_POLICY);
    form.limits.medical.grassroots.controls.amount.setValue('6000');
    const policy = policyOf(valueOf(form));
    if (!policy) throw new Error('no policy');
    expect([...cellProblems(policy)]).toEqual([
      ['medical/industry', { key: 'policy.errors.belowLower', lower: 'grassroots' }],
    ]);
    // A lower level without a limit under a limited one is just as wrong.
    setUnlimited(form.limits.medical.grassroots, true);
    expect([...cellProblems(policyOf(valueOf(form)) ?? NO_POLICY)]).toEqual([
      ['medical/industry', { key: 'policy.errors.belowLower', lower: 'grassroots' }],
    ]);
  });

  it('finds the cell of a field the API names, in the order the form sends them', () => {
    expect(cellOfField('limits[0].limit')).toBe('hardship/center');
    expect(cellOfField('limits[4].limit')).toBe('medical/industry');
    expect(cellOfField('limits[11]')).toBe('legal/grassroots');
    expect(cellOfField('noticeDays[4].days')).toBe('notice/file');
    expect(cellOfField('objectionContact')).toBe('objectionContact');
    expect(cellOfField('limits[12].limit')).toBeNull();
    expect(cellOfField('limits')).toBeNull();
  });
});
