import {
  AbstractControl,
  FormControl,
  FormGroup,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  DISPUTE_KINDS,
  EDUCATION_LEVELS,
  HARDSHIP_CAUSES,
  medicalCostsAddUp,
  isSchoolYear,
  parseYuan,
  type CaseDetails,
  type CaseType,
  DETAIL_TEXT_LIMITS,
  type DetailTextField,
  HOUSEHOLD_SIZE_MAX,
} from '@worker-aid/shared/domain';
import { fenToYuanText, yuanValidator } from '@worker-aid/web/ui';

/** How a detail field is typed in and shown. */
export type DetailFieldKind = 'text' | 'money' | 'count' | 'select' | 'schoolYear';

export interface DetailField {
  /** The key in `details`; also `caseDetails.<name>` (label) and `case-detail-<name>` (test id). */
  name: string;
  kind: DetailFieldKind;
  /** For selects: the values, and the translation group of their names. */
  options?: readonly string[];
  optionKey?: string;
  /** Spans both columns of the form. */
  wide?: boolean;
}

/** The details of each kind of aid (API.md "Cases"), in the order the form asks for them. */
export const DETAIL_FIELDS: Readonly<Record<CaseType, readonly DetailField[]>> = {
  hardship: [
    { name: 'cause', kind: 'select', options: HARDSHIP_CAUSES, optionKey: 'hardshipCauses' },
    { name: 'householdSize', kind: 'count' },
    { name: 'monthlyHouseholdIncome', kind: 'money' },
  ],
  medical: [
    { name: 'hospital', kind: 'text' },
    { name: 'diagnosis', kind: 'text' },
    { name: 'totalCost', kind: 'money' },
    { name: 'insuranceReimbursed', kind: 'money' },
    { name: 'outOfPocket', kind: 'money' },
  ],
  education: [
    { name: 'childName', kind: 'text' },
    { name: 'school', kind: 'text' },
    { name: 'level', kind: 'select', options: EDUCATION_LEVELS, optionKey: 'educationLevels' },
    { name: 'schoolYear', kind: 'schoolYear' },
    { name: 'tuition', kind: 'money' },
  ],
  legal: [
    { name: 'disputeKind', kind: 'select', options: DISPUTE_KINDS, optionKey: 'disputeKinds' },
    { name: 'opposingParty', kind: 'text', wide: true },
    { name: 'amountClaimed', kind: 'money' },
  ],
};

/** Every detail field name, as the API names them in messages (`details.totalCost`). */
export const DETAIL_PATHS: readonly string[] = [
  ...new Set(
    Object.values(DETAIL_FIELDS).flatMap((fields) => fields.map((field) => `details.${field.name}`)),
  ),
];

export type DetailsForm = FormGroup<Record<string, FormControl<string>>>;

/** The validators of a field by its kind (every detail is required). */
function validatorsOf(field: DetailField): ValidatorFn[] {
  switch (field.kind) {
    case 'money':
      return [Validators.required, yuanValidator()];
    case 'count':
      return [
        Validators.required,
        Validators.pattern(/^\d+$/),
        Validators.min(1),
        Validators.max(HOUSEHOLD_SIZE_MAX),
      ];
    case 'schoolYear':
      return [Validators.required, schoolYearValidator];
    case 'text':
      return [Validators.required, Validators.maxLength(DETAIL_TEXT_LIMITS[field.name as DetailTextField])];
    case 'select':
      return [Validators.required];
  }
}

function schoolYearValidator(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || isSchoolYear(value) ? null : { schoolYear: true };
}

/** The school year that starts this autumn (or started last autumn, before August). */
export function currentSchoolYear(today: Date = new Date()): string {
  const start = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** The form group of a type's details; every control holds text (money in yuan). */
export function detailsForm(type: CaseType, details?: CaseDetails | null): DetailsForm {
  const values = details ? detailsToText(type, details) : {};
  const controls: Record<string, FormControl<string>> = {};
  for (const field of DETAIL_FIELDS[type]) {
    const initial = values[field.name] ?? (field.kind === 'schoolYear' ? currentSchoolYear() : '');
    controls[field.name] = new FormControl(initial, { nonNullable: true, validators: validatorsOf(field) });
  }
  return new FormGroup(controls, { validators: type === 'medical' ? medicalConsistency : null });
}

/** A case's details as the form's text. */
export function detailsToText(type: CaseType, details: CaseDetails): Record<string, string> {
  const source = details as unknown as Record<string, unknown>;
  const text: Record<string, string> = {};
  for (const field of DETAIL_FIELDS[type]) {
    const value = source[field.name];
    if (value === undefined || value === null) continue;
    text[field.name] =
      field.kind === 'money' && typeof value === 'number' ? fenToYuanText(value) : String(value);
  }
  return text;
}

/** The form's text as the API's details: money in whole fen (exact, via `parseYuan`), counts as integers. */
export function detailsFromText(type: CaseType, text: Record<string, string>): CaseDetails {
  const details: Record<string, string | number> = {};
  for (const field of DETAIL_FIELDS[type]) {
    const value = (text[field.name] ?? '').trim();
    switch (field.kind) {
      case 'money': {
        const amount = parseYuan(value);
        if (amount === null) throw new RangeError(`${field.name} is not an amount: ${value}`);
        details[field.name] = amount;
        break;
      }
      case 'count':
        details[field.name] = Number.parseInt(value, 10);
        break;
      default:
        details[field.name] = value;
    }
  }
  return details as unknown as CaseDetails;
}

/** Out-of-pocket cost = total − insurance, in fen; null until both are amounts or when insurance exceeds the total. */
export function outOfPocketOf(totalCost: string, insuranceReimbursed: string): number | null {
  const total = parseYuan(totalCost);
  const insurance = parseYuan(insuranceReimbursed);
  if (total === null || insurance === null || insurance > total) return null;
  return total - insurance;
}

/**
 * Medical details must add up: insurance no more than the total (`{ insuranceExceedsTotal }`),
 * and total = insurance + out-of-pocket (`{ medicalMismatch: { expected } }`, expected in fen).
 */
export function medicalConsistency(group: AbstractControl): ValidationErrors | null {
  const value = group.value as Record<string, string | undefined>;
  const total = parseYuan(value['totalCost'] ?? '');
  const insurance = parseYuan(value['insuranceReimbursed'] ?? '');
  const outOfPocket = parseYuan(value['outOfPocket'] ?? '');
  if (total === null || insurance === null) return null;
  if (insurance > total) return { insuranceExceedsTotal: true };
  if (
    outOfPocket !== null &&
    !medicalCostsAddUp({ totalCost: total, insuranceReimbursed: insurance, outOfPocket })
  )
    return { medicalMismatch: { expected: total - insurance } };
  return null;
}
