import {
  CASE_TYPES,
  DETAIL_TEXT_LIMITS,
  HOUSEHOLD_SIZE_MAX,
  type MedicalDetails,
} from '@worker-aid/shared/domain';
import {
  currentSchoolYear,
  DETAIL_FIELDS,
  DETAIL_PATHS,
  detailsForm,
  detailsFromText,
  detailsToText,
  medicalConsistency,
  outOfPocketOf,
} from './case-details';

describe('case details', () => {
  it('turns medical text into exact fen and back', () => {
    const details = detailsFromText('medical', {
      hospital: ' 滁州市第一人民医院 ',
      diagnosis: '肺炎',
      totalCost: '12,345.67',
      insuranceReimbursed: '8000.1',
      outOfPocket: '4345.57',
    }) as MedicalDetails;
    expect(details).toEqual({
      hospital: '滁州市第一人民医院',
      diagnosis: '肺炎',
      totalCost: 1234567,
      insuranceReimbursed: 800010,
      outOfPocket: 434557,
    });
    expect(detailsToText('medical', details)).toMatchObject({
      totalCost: '12345.67',
      outOfPocket: '4345.57',
    });
  });

  it('sends the household size as an integer', () => {
    expect(
      detailsFromText('hardship', { cause: 'illness', householdSize: '4', monthlyHouseholdIncome: '1500' }),
    ).toEqual({ cause: 'illness', householdSize: 4, monthlyHouseholdIncome: 150000 });
  });

  it('computes out-of-pocket = total − insurance, exactly', () => {
    expect(outOfPocketOf('0.3', '0.1')).toBe(20);
    expect(outOfPocketOf('10000', '6543.21')).toBe(345679);
    expect(outOfPocketOf('100', '')).toBeNull();
    expect(outOfPocketOf('100', '200')).toBeNull();
  });

  it('flags medical amounts that do not add up', () => {
    const form = detailsForm('medical');
    form.patchValue({
      hospital: 'H',
      diagnosis: 'D',
      totalCost: '1000',
      insuranceReimbursed: '600',
      outOfPocket: '400',
    });
    expect(form.valid).toBe(true);
    form.patchValue({ outOfPocket: '300' });
    expect(form.errors).toEqual({ medicalMismatch: { expected: 40000 } });
    form.patchValue({ insuranceReimbursed: '1200' });
    expect(medicalConsistency(form)).toEqual({ insuranceExceedsTotal: true });
  });

  it('checks each type’s own fields', () => {
    const education = detailsForm('education');
    expect(education.controls['schoolYear'].value).toBe(currentSchoolYear());
    education.controls['schoolYear'].setValue('2026-2028');
    expect(education.controls['schoolYear'].errors).toEqual({ schoolYear: true });
    const hardship = detailsForm('hardship');
    hardship.controls['householdSize'].setValue('0');
    expect(hardship.controls['householdSize'].hasError('min')).toBe(true);
    expect(DETAIL_PATHS).toContain('details.totalCost');
  });

  it('limits text and counts as the API does (the shared limits)', () => {
    for (const type of CASE_TYPES) {
      const form = detailsForm(type);
      for (const field of DETAIL_FIELDS[type].filter((f) => f.kind === 'text')) {
        const max = DETAIL_TEXT_LIMITS[field.name as keyof typeof DETAIL_TEXT_LIMITS];
        expect({ field: field.name, max }).toEqual({ field: field.name, max: expect.any(Number) });
        const control = form.controls[field.name];
        control.setValue('字'.repeat(max));
        expect(control.hasError('maxlength')).toBe(false);
        control.setValue('字'.repeat(max + 1));
        expect(control.hasError('maxlength')).toBe(true);
      }
    }
    const hardship = detailsForm('hardship');
    hardship.controls['householdSize'].setValue(String(HOUSEHOLD_SIZE_MAX + 1));
    expect(hardship.controls['householdSize'].hasError('max')).toBe(true);
  });

  it('starts the school year in August', () => {
    expect(currentSchoolYear(new Date(2026, 6, 31))).toBe('2025-2026');
    expect(currentSchoolYear(new Date(2026, 8, 1))).toBe('2026-2027');
  });
});
