import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  approvalPolicyProblems,
  CASE_TYPES,
  childLevelOf,
  limitOf,
  NOTICE_DAYS_MAX,
  NOTICE_SUBJECTS,
  noticeDaysOf,
  OBJECTION_CONTACT_MAX_LENGTH,
  parseYuan,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CaseType,
  type NoticeSubject,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import { fieldCodeKey } from '@worker-aid/web/core';
import { fenToYuanText, yuanValidator } from '@worker-aid/web/ui';

/** One limit: an amount in yuan, or no limit (the center's always). */
export type LimitCell = FormGroup<{ amount: FormControl<string>; unlimited: FormControl<boolean> }>;

export interface PolicyForm {
  group: FormGroup;
  limits: Record<CaseType, Record<UnitLevel, LimitCell>>;
  noticeDays: Record<NoticeSubject, FormControl<string>>;
  objectionContact: FormControl<string>;
}

/** The form's values, disabled ones included. */
export interface PolicyFormValue {
  limits: Record<CaseType, Record<UnitLevel, { amount: string; unlimited: boolean }>>;
  noticeDays: Record<NoticeSubject, string>;
  objectionContact: string;
}

/** Where a problem shows: a limit cell (`medical/industry`), a notice period (`notice/file`) or the contact. */
export type CellKey = `${CaseType}/${UnitLevel}` | `notice/${NoticeSubject}` | 'objectionContact';

export const limitKey = (type: CaseType, level: UnitLevel): CellKey => `${type}/${level}`;
export const noticeKey = (subject: NoticeSubject): CellKey => `notice/${subject}`;

/** What is wrong with a cell: a translation key, and the lower level a limit may not be below. */
export interface CellProblem {
  key: string;
  lower?: UnitLevel;
}

/** The suggested start (DOMAIN.md's demo): the industry union's limits, nothing final at grassroots, 5 days of notice. */
const SUGGESTED_INDUSTRY_LIMITS: Readonly<Record<CaseType, number>> = {
  hardship: 200000,
  medical: 500000,
  education: 300000,
  legal: 200000,
};
const SUGGESTED_NOTICE_DAYS: Readonly<Record<NoticeSubject, number>> = {
  hardship: 5,
  medical: 5,
  education: 5,
  legal: 0,
  file: 5,
  campaign: 5,
};

export const SUGGESTED_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) =>
    UNIT_LEVELS.map((level) => ({
      type,
      level,
      limit: level === 'center' ? null : level === 'industry' ? SUGGESTED_INDUSTRY_LIMITS[type] : 0,
    })),
  ),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: SUGGESTED_NOTICE_DAYS[type] })),
  objectionContact: null,
};

function limitCell(level: UnitLevel): LimitCell {
  const center = level === 'center';
  return new FormGroup({
    amount: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: [Validators.required, yuanValidator()] },
    ),
    unlimited: new FormControl({ value: true, disabled: center }, { nonNullable: true }),
  });
}

/** The policy form, every limit "no limit" and no notice until `fillPolicyForm`. */
export function policyForm(): PolicyForm {
  const limits = Object.fromEntries(
    CASE_TYPES.map((type) => [
      type,
      Object.fromEntries(UNIT_LEVELS.map((level) => [level, limitCell(level)])),
    ]),
  ) as Record<CaseType, Record<UnitLevel, LimitCell>>;
  const noticeDays = Object.fromEntries(
    NOTICE_SUBJECTS.map((subject) => [
      subject,
      new FormControl('0', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(/^\d+$/), Validators.max(NOTICE_DAYS_MAX)],
      }),
    ]),
  ) as Record<NoticeSubject, FormControl<string>>;
  const objectionContact = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(OBJECTION_CONTACT_MAX_LENGTH),
  });
  const group = new FormGroup({
    limits: new FormGroup(Object.fromEntries(CASE_TYPES.map((type) => [type, new FormGroup(limits[type])]))),
    noticeDays: new FormGroup(noticeDays),
    objectionContact,
  });
  return { group, limits, noticeDays, objectionContact };
}

/** A limit's amount is typed only while it has one. */
export function setUnlimited(cell: LimitCell, unlimited: boolean): void {
  cell.controls.unlimited.setValue(unlimited);
  if (unlimited) cell.controls.amount.disable();
  else cell.controls.amount.enable();
}

/** Puts a policy in the form. */
export function fillPolicyForm(form: PolicyForm, policy: ApprovalPolicy): void {
  for (const type of CASE_TYPES) {
    for (const level of UNIT_LEVELS) {
      const cell = form.limits[type][level];
      const limit = level === 'center' ? null : limitOf(policy, type, level);
      cell.controls.amount.setValue(fenToYuanText(limit));
      setUnlimited(cell, limit === null);
    }
  }
  for (const subject of NOTICE_SUBJECTS) {
    form.noticeDays[subject].setValue(String(noticeDaysOf(policy, subject)));
  }
  form.objectionContact.setValue(policy.objectionContact ?? '');
  form.group.markAsPristine();
  form.group.markAsUntouched();
}

/** The form as the API's policy (fen, every type × level, every notice subject); null while a field is not a number. */
export function policyOf(value: PolicyFormValue): ApprovalPolicy | null {
  const limits: ApprovalPolicy['limits'] = [];
  for (const type of CASE_TYPES) {
    for (const level of UNIT_LEVELS) {
      const cell = value.limits[type][level];
      if (level === 'center' || cell.unlimited) {
        limits.push({ type, level, limit: null });
        continue;
      }
      const limit = parseYuan(cell.amount);
      if (limit === null) return null;
      limits.push({ type, level, limit });
    }
  }
  const noticeDays: ApprovalPolicy['noticeDays'] = [];
  for (const subject of NOTICE_SUBJECTS) {
    const text = value.noticeDays[subject].trim();
    if (!/^\d+$/.test(text)) return null;
    noticeDays.push({ type: subject, days: Number(text) });
  }
  const contact = value.objectionContact.trim();
  return { limits, noticeDays, objectionContact: contact === '' ? null : contact };
}

/** The cell a problem's field names (`limits[4].limit`, `noticeDays[2].days`), in the order `policyOf` sends. */
export function cellOfField(field: string): CellKey | null {
  const limit = /^limits\[(\d+)\]/.exec(field);
  if (limit) {
    const index = Number(limit[1]);
    const type = CASE_TYPES[Math.floor(index / UNIT_LEVELS.length)];
    const level = UNIT_LEVELS[index % UNIT_LEVELS.length];
    return type && level ? limitKey(type, level) : null;
  }
  const notice = /^noticeDays\[(\d+)\]/.exec(field);
  if (notice) {
    const subject = NOTICE_SUBJECTS[Number(notice[1])];
    return subject ? noticeKey(subject) : null;
  }
  return field.startsWith('objectionContact') ? 'objectionContact' : null;
}

/**
 * The shared rule's problems (`approvalPolicyProblems`) by cell: "产业工会的限额不得低于基层工会"
 * on the higher level's cell.
 */
export function cellProblems(policy: ApprovalPolicy): Map<CellKey, CellProblem> {
  const problems = new Map<CellKey, CellProblem>();
  for (const problem of approvalPolicyProblems(policy)) {
    const cell = cellOfField(problem.field);
    if (!cell || problems.has(cell)) continue;
    if (problem.code === 'below_lower_level') {
      const level = cell.split('/')[1] as UnitLevel;
      problems.set(cell, { key: 'policy.errors.belowLower', lower: childLevelOf(level) ?? undefined });
    } else {
      problems.set(cell, { key: fieldCodeKey(problem.code) });
    }
  }
  return problems;
}
