import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { checkIdentityNumber, type FieldProblem, type Gender } from '@worker-aid/shared/domain';
import { fieldProblems } from '@worker-aid/api/core';
import { CreateWorkerDto } from './worker.dto';

/** A registration request as checked: its values normalised (identity number, bank account) once valid. */
export interface CheckedWorker {
  request: CreateWorkerDto;
  problems: FieldProblem[];
}

/**
 * The rules of `POST /api/workers` applied to a request that did not come over HTTP (a row of an
 * imported sheet): the same DTO, the same codes, and the same agreement of gender and number.
 */
export function checkWorkerRequest(plain: Record<string, unknown>): CheckedWorker {
  const request = plainToInstance(CreateWorkerDto, plain);
  const problems = fieldProblems(validateSync(request, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length === 0) {
    const mismatch = genderMismatch(request.gender, request.idNumber);
    if (mismatch) problems.push(mismatch);
  }
  return { request, problems };
}

/** A gender given beside an identity number must be the one the number says. */
export function genderMismatch(gender: Gender | undefined, idNumber: string): FieldProblem | null {
  const identity = checkIdentityNumber(idNumber);
  if (!gender || !identity.valid || gender === identity.gender) return null;
  return {
    field: 'gender',
    code: 'id_number.gender_mismatch',
    message: 'does not match the identity number',
  };
}
