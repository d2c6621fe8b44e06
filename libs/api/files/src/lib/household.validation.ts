import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  MEMBER_BIRTH_YEAR_MIN,
  type FieldProblem,
  type FileHardshipCause,
  type FileMember,
} from '@worker-aid/shared/domain';
import { fieldProblems, invalid } from '@worker-aid/api/core';
import { FileMemberDto } from './files.dto';

/** A household as a file keeps it. */
export interface HouseholdInput {
  members: unknown[];
  monthlyRigidExpenses: number;
  suddenExpenses12m: number;
  mainCause: FileHardshipCause;
  secondaryCauses: FileHardshipCause[];
}

/**
 * The household's rules beyond each field's own (API.md "Hardship files"): each member's fields,
 * a birth year from 1900 to `thisYear`, exactly one `self`, secondary causes distinct and never
 * the main one. 400 `validation` naming each problem; the members as they are kept otherwise.
 */
export function validHousehold(household: HouseholdInput, thisYear: number): FileMember[] {
  const problems: FieldProblem[] = [];
  const members: FileMember[] = [];
  household.members.forEach((raw, index) => {
    const field = `members[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ field, code: 'object', message: 'must be an object' });
      return;
    }
    const member = plainToInstance(FileMemberDto, raw);
    const errors = validateSync(member, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      problems.push(...fieldProblems(errors, field));
      return;
    }
    if (member.birthYear < MEMBER_BIRTH_YEAR_MIN || member.birthYear > thisYear) {
      problems.push({
        field: `${field}.birthYear`,
        code: 'birth_year',
        message: `must be from ${MEMBER_BIRTH_YEAR_MIN} to ${thisYear}`,
      });
    }
    members.push({
      name: member.name,
      relation: member.relation,
      birthYear: member.birthYear,
      health: member.health,
      work: member.work,
      monthlyIncome: member.monthlyIncome,
    });
  });
  if (problems.length === 0 && members.filter((member) => member.relation === 'self').length !== 1) {
    problems.push({ field: 'members', code: 'one_self', message: 'exactly one member must be "self"' });
  }
  const secondary = household.secondaryCauses;
  if (secondary.includes(household.mainCause)) {
    problems.push({
      field: 'secondaryCauses',
      code: 'not_main_cause',
      message: 'may not repeat the main cause',
    });
  } else if (new Set(secondary).size !== secondary.length) {
    problems.push({ field: 'secondaryCauses', code: 'distinct', message: 'must all be different' });
  }
  if (problems.length > 0) throw invalid(problems);
  return members;
}
