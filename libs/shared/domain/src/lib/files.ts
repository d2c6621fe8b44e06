/**
 * Hardship files (困难职工档案, DOMAIN.md part two; API.md "Hardship files"): a file's statuses,
 * its life, and the shapes of the API. The tier rule itself is `hardship-tier.ts`.
 */
import type { Permission } from './permissions';
import type {
  FileHardshipCause,
  FileTier,
  MemberHealth,
  MemberRelation,
  MemberWork,
} from './hardship-tier';

export const FILE_STATUSES = [
  'draft',
  'submitted',
  'active',
  'returned',
  'rejected',
  'withdrawn',
  'closed',
] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** Statuses of a file that is over: a worker may have one file in any other status. */
export const ENDED_FILE_STATUSES: readonly FileStatus[] = ['closed', 'rejected', 'withdrawn'];

/** Statuses in which the household may still be edited. */
export const EDITABLE_FILE_STATUSES: readonly FileStatus[] = ['draft', 'returned'];

/** At most this many secondary causes. */
export const SECONDARY_CAUSES_MAX = 3;
/** The earliest birth year a member may have. */
export const MEMBER_BIRTH_YEAR_MIN = 1900;
/** The most members a household can count. */
export const FILE_MEMBERS_MAX = 30;

/** `DA-2026-000123` */
export function formatFileNumber(year: number, sequence: number): string {
  return `DA-${year}-${String(sequence).padStart(6, '0')}`;
}

export const FILE_ACTIONS = ['submit', 'approve', 'reject', 'return', 'withdraw'] as const;
export type FileAction = (typeof FILE_ACTIONS)[number];

/** A file's life: which action leads from which statuses to which. */
export const FILE_TRANSITIONS: Readonly<
  Record<FileAction, { from: readonly FileStatus[]; to: FileStatus; permission: Permission }>
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'records:write' },
  approve: { from: ['submitted'], to: 'active', permission: 'cases:decide' },
  reject: { from: ['submitted'], to: 'rejected', permission: 'cases:decide' },
  return: { from: ['submitted'], to: 'returned', permission: 'cases:decide' },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', permission: 'records:write' },
};

export function canTransitionFile(action: FileAction, status: FileStatus): boolean {
  return FILE_TRANSITIONS[action].from.includes(status);
}

export interface FileMember {
  name: string;
  relation: MemberRelation;
  birthYear: number;
  health: MemberHealth;
  work: MemberWork;
  /** Fen per month. */
  monthlyIncome: number;
}

/** `POST /api/files`. */
export interface CreateFileRequest {
  workerId: string;
  members: FileMember[];
  /** Fen per month. */
  monthlyRigidExpenses: number;
  /** Fen over the last 12 months. */
  suddenExpenses12m?: number;
  mainCause: FileHardshipCause;
  secondaryCauses?: FileHardshipCause[];
  note?: string;
}

/** `PATCH /api/files/:id`: any of the household's fields. */
export type UpdateFileRequest = Partial<Omit<CreateFileRequest, 'workerId'>>;

export interface FileFollowUp {
  dueOn: string;
  doneOn: string | null;
  relapsed: boolean | null;
}

/** A hardship file as the API answers it. */
export interface FileView {
  id: string;
  fileNo: string;
  workerId: string;
  workerName: string;
  unitId: string;
  status: FileStatus;
  tier: FileTier;
  /** Fen per person per month; may be negative. */
  perCapitaIncome: number;
  /** The standard the tier was computed with. */
  standard: { povertyLine: number; relativeMultiple: number; suddenSharePercent: number };
  members: FileMember[];
  monthlyRigidExpenses: number;
  suddenExpenses12m: number;
  mainCause: FileHardshipCause;
  secondaryCauses: FileHardshipCause[];
  note: string | null;
  activeSince: string | null;
  reviewDueOn: string | null;
  followUps: FileFollowUp[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One row of the file list. */
export interface FileListItem {
  id: string;
  fileNo: string;
  workerId: string;
  workerName: string;
  unitId: string;
  status: FileStatus;
  tier: FileTier;
  perCapitaIncome: number;
  mainCause: FileHardshipCause;
  reviewDueOn: string | null;
  createdAt: string;
}

export interface FileHistoryEntry {
  at: string;
  actorId: string;
  actorName: string | null;
  action: FileAction | 'create' | 'update';
  fromStatus: FileStatus | null;
  toStatus: FileStatus;
  comment: string | null;
}
