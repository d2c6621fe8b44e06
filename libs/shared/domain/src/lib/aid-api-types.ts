import type { ApprovalStep } from './approval';
import type { UnitLevel } from './units';
import type { CaseAction, CaseDetails, CaseStatus, CaseType, LegalOutcome } from './cases';

/** Workers and cases as the HTTP API carries them (API.md "Workers", "Cases"). Money in fen. */

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export interface WorkerView {
  id: string;
  name: string;
  /** Always masked, `341102********123X`; the full number only through `POST /api/workers/:id/reveal`. */
  idNumber: string;
  unitId: string;
  gender: Gender;
  birthDate: string;
  age: number;
  /** 女职工: derived from the identity number. */
  womanWorker: boolean;
  migrantWorker: boolean;
  phone: string | null;
  /** Masked, `6222 **** **** 0123`; the full number only through reveal. */
  bankAccount: string | null;
  employer: string | null;
  address: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CreateWorkerRequest {
  name: string;
  idNumber: string;
  unitId: string;
  gender?: Gender;
  phone?: string;
  /** The account aid is paid into; digits, spaces and hyphens. */
  bankAccount?: string;
  employer?: string;
  migrantWorker?: boolean;
  address?: string;
}

/** `PATCH /api/workers/:id`: a field left out stays as it is; `null` clears an optional one. */
export interface UpdateWorkerRequest {
  name?: string;
  gender?: Gender;
  phone?: string | null;
  bankAccount?: string | null;
  employer?: string | null;
  migrantWorker?: boolean;
  address?: string | null;
}

/** The 409 body of a duplicate identity number; `workerId` only when that worker is in the caller's scope. */
export interface DuplicateWorkerBody {
  statusCode: 409;
  error: 'Conflict';
  code: 'worker.duplicate';
  message: string;
  workerId?: string;
}

/** `POST /api/workers/:id/reveal`: the worker's numbers unmasked. */
export interface RevealedWorkerNumbers {
  idNumber: string;
  bankAccount: string | null;
}

export interface CaseView {
  id: string;
  caseNo: string;
  type: CaseType;
  status: CaseStatus;
  workerId: string;
  workerName: string;
  unitId: string;
  requestedAmount: number;
  approvedAmount: number | null;
  disbursedAmount: number;
  summary: string;
  details: CaseDetails;
  outcome: LegalOutcome | null;
  recoveredAmount: number | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** The steps of the current round of approval, oldest first; cleared by return, reject or objection. */
  approvals: ApprovalStep[];
  /** A submitted case: the level whose step it awaits, and the unit at that level on the case's line. */
  awaitingLevel: UnitLevel | null;
  awaitingUnit: { id: string; name: string } | null;
  /** After final approval: the public notice, first and last day (`null`: none). */
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  /** Warnings worth a second look (not blocks), e.g. another open case of the same type this year. */
  warnings: CaseWarning[];
}

export interface CaseWarning {
  code: 'same_type_same_year';
  message: string;
  caseId: string;
  caseNo: string;
}

/** One row of the case list: only what the list shows. */
export interface CaseListItem {
  id: string;
  caseNo: string;
  type: CaseType;
  status: CaseStatus;
  workerId: string;
  workerName: string;
  unitId: string;
  requestedAmount: number;
  approvedAmount: number | null;
  summary: string;
  createdAt: string;
  awaitingLevel: UnitLevel | null;
  noticeEndsOn: string | null;
}

export interface CreateCaseRequest {
  type: CaseType;
  workerId: string;
  requestedAmount: number;
  summary: string;
  details: CaseDetails;
}

export interface UpdateCaseRequest {
  requestedAmount?: number;
  summary?: string;
  details?: CaseDetails;
}

export interface ApproveCaseRequest {
  approvedAmount: number;
  comment?: string;
}

export interface CommentRequest {
  comment: string;
}

export interface CloseCaseRequest {
  outcome?: LegalOutcome;
  recoveredAmount?: number;
}

export interface CaseHistoryEntry {
  at: string;
  actorId: string;
  actorName: string | null;
  /** A transition, or `create` / `update` of the case, or `pay` / `reverse` of a disbursement. */
  action: CaseAction | 'create' | 'update' | 'pay' | 'reverse' | 'objection';
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  comment: string | null;
  /** What the step recorded besides its comment: an approval step's `level`, `amount` and `final`; an objection's `receivedVia`. */
  detail?: Record<string, unknown> | null;
}
