import {
  type AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  FILE_NOTE_MAX_LENGTH,
  MEMBER_BIRTH_YEAR_MIN,
  relativeMultipleTenths,
  SECONDARY_CAUSES_MAX,
  TEXT_LIMITS,
  type FileHardshipCause,
  type FileMember,
  type FileView,
  type HardshipStandard,
  type Household,
  type MemberHealth,
  type MemberRelation,
  type MemberWork,
  type ReviewFileRequest,
  type StandardView,
} from '@worker-aid/shared/domain';
import { fenToYuanText, yuanToFen, yuanValidator } from '@worker-aid/web/ui';

/**
 * The household of a hardship file as a form: what the new-file form, the edit form and the
 * annual review (年审) all record. Money is typed in yuan and sent as whole fen.
 */

export type MemberForm = FormGroup<{
  name: FormControl<string>;
  relation: FormControl<MemberRelation | ''>;
  birthYear: FormControl<string>;
  health: FormControl<MemberHealth | ''>;
  work: FormControl<MemberWork | ''>;
  monthlyIncome: FormControl<string>;
}>;

export type HouseholdForm = FormGroup<{
  members: FormArray<MemberForm>;
  monthlyRigidExpenses: FormControl<string>;
  suddenExpenses12m: FormControl<string>;
  mainCause: FormControl<FileHardshipCause | ''>;
  secondaryCauses: FormControl<FileHardshipCause[]>;
  note: FormControl<string>;
}>;

export type HouseholdValue = ReturnType<HouseholdForm['getRawValue']>;

/** What a household starts from: a file's (edit, review), or nothing (a new file). */
export type HouseholdStart = Pick<
  FileView,
  'members' | 'monthlyRigidExpenses' | 'suddenExpenses12m' | 'mainCause' | 'secondaryCauses' | 'note'
>;

/** A birth year from 1900 to `thisYear` (`{ birthYear: { min, max } }` otherwise). */
export function birthYearValidator(thisYear: number): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const text = (control.value ?? '').trim();
    if (text === '') return null;
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    return year >= MEMBER_BIRTH_YEAR_MIN && year <= thisYear
      ? null
      : { birthYear: { min: MEMBER_BIRTH_YEAR_MIN, max: thisYear } };
  };
}

/** Exactly one member is the worker (`{ oneSelf: { count } }` otherwise). */
export const oneSelfValidator: ValidatorFn = (control) => {
  const members = control as FormArray<MemberForm>;
  const count = members.controls.filter((member) => member.controls.relation.value === 'self').length;
  return count === 1 ? null : { oneSelf: { count } };
};

/** Secondary causes never repeat the main one, and are at most three. */
const secondaryCausesValidator: ValidatorFn = (control) => {
  const group = control as HouseholdForm;
  const { mainCause, secondaryCauses } = group.controls;
  const secondary = secondaryCauses.value;
  if (mainCause.value && secondary.includes(mainCause.value)) return { notMainCause: true };
  if (secondary.length > SECONDARY_CAUSES_MAX) return { tooManySecondary: { max: SECONDARY_CAUSES_MAX } };
  return null;
};

export function memberForm(member: Partial<FileMember> = {}, thisYear: number): MemberForm {
  return new FormGroup({
    name: new FormControl(member.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(TEXT_LIMITS.workerName)],
    }),
    relation: new FormControl<MemberRelation | ''>(member.relation ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    birthYear: new FormControl(member.birthYear === undefined ? '' : String(member.birthYear), {
      nonNullable: true,
      validators: [Validators.required, birthYearValidator(thisYear)],
    }),
    health: new FormControl<MemberHealth | ''>(member.health ?? 'healthy', {
      nonNullable: true,
      validators: Validators.required,
    }),
    work: new FormControl<MemberWork | ''>(member.work ?? '', {
      nonNullable: true,
      validators: Validators.required,
    }),
    monthlyIncome: new FormControl(fenToYuanText(member.monthlyIncome), {
      nonNullable: true,
      validators: [Validators.required, yuanValidator()],
    }),
  });
}

/** A household to fill in (the first member is the worker), or the one a file recorded. */
export function householdForm(thisYear: number, start: HouseholdStart | null = null): HouseholdForm {
  const members = start?.members.length ? start.members : [{ relation: 'self' as const }];
  return new FormGroup(
    {
      members: new FormArray(
        members.map((member) => memberForm(member, thisYear)),
        oneSelfValidator,
      ),
      monthlyRigidExpenses: new FormControl(start ? fenToYuanText(start.monthlyRigidExpenses) : '0', {
        nonNullable: true,
        validators: [Validators.required, yuanValidator()],
      }),
      suddenExpenses12m: new FormControl(
        start?.suddenExpenses12m ? fenToYuanText(start.suddenExpenses12m) : '',
        {
          nonNullable: true,
          validators: yuanValidator(),
        },
      ),
      mainCause: new FormControl<FileHardshipCause | ''>(start?.mainCause ?? '', {
        nonNullable: true,
        validators: Validators.required,
      }),
      secondaryCauses: new FormControl<FileHardshipCause[]>(start?.secondaryCauses ?? [], {
        nonNullable: true,
      }),
      note: new FormControl(start?.note ?? '', {
        nonNullable: true,
        validators: Validators.maxLength(FILE_NOTE_MAX_LENGTH),
      }),
    },
    { validators: secondaryCausesValidator },
  );
}

/**
 * The household as the API takes it, every field present — a PATCH or a review leaves nothing
 * as it was by leaving it out: no sudden expenses are 0, no note is ''. Null while a field is
 * missing or not a valid value.
 */
export function householdRequest(value: HouseholdValue): Required<ReviewFileRequest> | null {
  const members: FileMember[] = [];
  for (const member of value.members) {
    const monthlyIncome = yuanToFen(member.monthlyIncome);
    const name = member.name.trim();
    if (!name || !member.relation || !member.health || !member.work || monthlyIncome === null) return null;
    if (!/^\d{4}$/.test(member.birthYear.trim())) return null;
    members.push({
      name,
      relation: member.relation,
      birthYear: Number(member.birthYear.trim()),
      health: member.health,
      work: member.work,
      monthlyIncome,
    });
  }
  const monthlyRigidExpenses = yuanToFen(value.monthlyRigidExpenses);
  const sudden = value.suddenExpenses12m.trim();
  const suddenExpenses12m = sudden === '' ? 0 : yuanToFen(sudden);
  if (members.length === 0 || monthlyRigidExpenses === null || suddenExpenses12m === null || !value.mainCause)
    return null;
  return {
    members,
    monthlyRigidExpenses,
    suddenExpenses12m,
    mainCause: value.mainCause,
    secondaryCauses: value.secondaryCauses,
    note: value.note.trim(),
  };
}

/**
 * The money of the household as typed so far, for the live tier: an empty amount counts as
 * nothing; null while an amount is not a number of yuan.
 */
export function householdMoney(value: HouseholdValue): Household | null {
  const amount = (text: string): number | null => (text.trim() === '' ? 0 : yuanToFen(text));
  const incomes = value.members.map((member) => amount(member.monthlyIncome));
  const monthlyRigidExpenses = amount(value.monthlyRigidExpenses);
  const suddenExpenses12m = amount(value.suddenExpenses12m);
  if (
    incomes.length === 0 ||
    incomes.includes(null) ||
    monthlyRigidExpenses === null ||
    suddenExpenses12m === null
  )
    return null;
  return {
    members: incomes.map((monthlyIncome) => ({ monthlyIncome: monthlyIncome ?? 0 })),
    monthlyRigidExpenses,
    suddenExpenses12m,
  };
}

/** A standard as the API answers it, in the exact form the tier rule takes. */
export function hardshipStandardOf(
  standard: Pick<StandardView, 'povertyLine' | 'relativeMultiple' | 'suddenSharePercent'>,
): HardshipStandard {
  return {
    povertyLine: standard.povertyLine,
    relativeMultipleTenths:
      relativeMultipleTenths(standard.relativeMultiple) ?? Math.round(standard.relativeMultiple * 10),
    suddenSharePercent: standard.suddenSharePercent,
  };
}

/** An API field path as a form path: `members[0].birthYear` → `members.0.birthYear`. */
export function formPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}
