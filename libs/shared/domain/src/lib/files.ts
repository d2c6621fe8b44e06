/**
 * Hardship files (困难职工档案, DOMAIN.md part two; API.md "Hardship files"): a file's statuses,
 * its life, and the shapes of the API. The tier rule itself is `hardship-tier.ts`.
 */
import { dayMonthsAfter, type CalendarDay } from './calendar-days';
import type { Permission } from './permissions';
import type { FileHardshipCause, FileTier, MemberHealth, MemberRelation, MemberWork } from './hardship-tier';

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
/** The longest note on a file. */
export const FILE_NOTE_MAX_LENGTH = 2000;

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

/** Why a file was closed (解困脱困 and the other exits). */
export const FILE_EXIT_REASONS = [
  'income_above_line',
  'reemployed',
  'retired',
  'moved_away',
  'deceased',
  'other',
] as const;
export type FileExitReason = (typeof FILE_EXIT_REASONS)[number];

/** Months after an exit at which a follow-up visit is due. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;

/** `GET /api/follow-ups?due=true`: open follow-ups due within this many days, or past. */
export const FOLLOW_UP_DUE_WITHIN_DAYS = 14;
/** `GET /api/files?reviewDue=true`: active files due for review within this many days, or past. */
export const REVIEW_DUE_WITHIN_DAYS = 30;

/** The follow-ups an exit on `closedOn` calls for: none after a death. */
export function followUpDueDates(closedOn: CalendarDay, reason: FileExitReason): CalendarDay[] {
  if (reason === 'deceased') return [];
  return FOLLOW_UP_MONTHS.map((months) => dayMonthsAfter(closedOn, months));
}

export interface FileFollowUp {
  dueOn: string;
  doneOn: string | null;
  /** Whether the visit found the household in hardship again (返困); null until done. */
  relapsed: boolean | null;
  note: string | null;
  /** The new draft a relapse opened. */
  reopenedFileId: string | null;
}

/** `POST /api/files/:id/review`: the household recorded again. */
export type ReviewFileRequest = Omit<CreateFileRequest, 'workerId'>;

/** `POST /api/files/:id/exit`. */
export interface ExitFileRequest {
  reason: FileExitReason;
  note?: string;
}

/** `POST /api/files/:id/follow-ups`. */
export interface FollowUpRequest {
  visitedOn: string;
  relapsed: boolean;
  note?: string;
}

/** The answer to a follow-up: the closed file, and the new draft if the household relapsed. */
export interface FollowUpResult extends FileView {
  reopenedFileId?: string;
}

/** One row of `GET /api/follow-ups`. */
export interface DueFollowUp {
  fileId: string;
  fileNo: string;
  workerId: string;
  workerName: string;
  unitId: string;
  tier: FileTier;
  exitReason: FileExitReason;
  closedOn: string;
  dueOn: string;
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
  /** After approval: the public notice, first and last day (`null`: none). */
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  reviewDueOn: string | null;
  /** The last annual review (年审), if any. */
  lastReviewedOn: string | null;
  closedOn: string | null;
  exitReason: FileExitReason | null;
  exitNote: string | null;
  /** The closed file this one was reopened from after a relapse (返困). */
  reopenedFromId: string | null;
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
  closedOn: string | null;
  exitReason: FileExitReason | null;
  createdAt: string;
}

/** Every step a file's history records. */
export type FileHistoryAction =
  | FileAction
  | 'create'
  | 'update'
  | 'review'
  | 'exit'
  | 'follow_up'
  | 'reopen'
  | 'objection';

export interface FileHistoryEntry {
  at: string;
  actorId: string;
  actorName: string | null;
  action: FileHistoryAction;
  fromStatus: FileStatus | null;
  toStatus: FileStatus;
  comment: string | null;
  /** What the step recorded besides its comment, e.g. an objection's `receivedVia`. */
  detail?: Record<string, unknown> | null;
}

/** `GET /api/reports/files`. */
export interface FilesReport {
  /** Active files on the day, and the people in their households. */
  active: number;
  members: number;
  byTier: { tier: FileTier; files: number; members: number }[];
  byCause: { cause: FileHardshipCause; files: number }[];
  /** Files closed, and follow-ups that found a relapse, in the day's year up to the day. */
  closedThisYear: number;
  relapsedThisYear: number;
}
