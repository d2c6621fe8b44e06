import {
  amountKey,
  amountSlots,
  chosenTiers,
  createRulesForm,
  rulesRequest,
  rulesUpdate,
  syncAmountControls,
} from './campaign-rules';

function filled(kind: 'festival' | 'school' = 'festival') {
  const form = createRulesForm(2026);
  form.patchValue({ name: '2026年"两节"送温暖', kind, fundId: 'f-1' });
  syncAmountControls(form);
  return form;
}

function enabledAmounts(form: ReturnType<typeof createRulesForm>): string[] {
  return Object.entries(form.controls.amounts.controls)
    .filter(([, control]) => control.enabled)
    .map(([key]) => key);
}

describe('campaign rules', () => {
  it('asks an amount per tier, and per tier and school level for school aid', () => {
    expect(amountSlots('festival', ['relative', 'deep']).map(amountKey)).toEqual(['deep', 'relative']);
    expect(amountSlots('school', ['deep']).map(amountKey)).toEqual(['deep_senior_high', 'deep_university']);
    expect(amountSlots('summer', [])).toEqual([]);
  });

  it('enables only the amount fields the kind and the ticked tiers need', () => {
    const form = filled();
    expect(enabledAmounts(form)).toEqual(['deep', 'relative', 'sudden']);
    form.controls.tiers.controls.sudden.setValue(false);
    form.controls.kind.setValue('school');
    syncAmountControls(form);
    expect(enabledAmounts(form)).toEqual([
      'deep_senior_high',
      'deep_university',
      'relative_senior_high',
      'relative_university',
    ]);
  });

  it('needs a name, a fund, a tier and a valid amount above zero for each', () => {
    const form = createRulesForm(2026);
    expect(form.controls.name.hasError('required')).toBe(true);
    expect(form.controls.fundId.hasError('required')).toBe(true);
    for (const tier of ['deep', 'relative', 'sudden'] as const)
      form.controls.tiers.controls[tier].setValue(false);
    expect(form.controls.tiers.hasError('noTier')).toBe(true);
    const deep = form.controls.amounts.controls['deep'];
    deep.setValue('8OO');
    expect(deep.hasError('yuan')).toBe(true);
    deep.setValue('0');
    expect(deep.hasError('positive')).toBe(true);
    deep.setValue('800.001');
    expect(deep.hasError('yuan')).toBe(true);
    deep.setValue('800');
    expect(deep.valid).toBe(true);
    form.controls.year.setValue(1999);
    expect(form.controls.year.hasError('min')).toBe(true);
  });

  it('makes the request in fen, with the ticked tiers and migrant workers only when asked', () => {
    const form = filled();
    expect(rulesRequest(form)).toBeNull();
    form.controls.tiers.controls.sudden.setValue(false);
    syncAmountControls(form);
    form.controls.amounts.patchValue({ deep: '800', relative: '1,000.5', sudden: 'not used' });
    expect(rulesRequest(form)).toEqual({
      name: '2026年"两节"送温暖',
      kind: 'festival',
      year: 2026,
      fundId: 'f-1',
      eligibility: { tiers: ['deep', 'relative'] },
      amounts: [
        { tier: 'deep', amount: 80000 },
        { tier: 'relative', amount: 100050 },
      ],
    });
    form.controls.migrantOnly.setValue(true);
    expect(rulesRequest(form)?.eligibility).toEqual({ tiers: ['deep', 'relative'], migrantOnly: true });
    expect(chosenTiers(form)).toEqual(['deep', 'relative']);
  });

  it('makes school aid amounts per level, and an update without the kind', () => {
    const form = filled('school');
    form.controls.tiers.patchValue({ relative: false, sudden: false });
    syncAmountControls(form);
    form.controls.amounts.patchValue({ deep_senior_high: '1000', deep_university: '2000' });
    const request = rulesRequest(form);
    expect(request?.amounts).toEqual([
      { tier: 'deep', level: 'senior_high', amount: 100000 },
      { tier: 'deep', level: 'university', amount: 200000 },
    ]);
    expect(request && 'kind' in rulesUpdate(request)).toBe(false);
  });
});
