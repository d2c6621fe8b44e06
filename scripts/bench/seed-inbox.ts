import type { Client } from 'pg';
import {
  approvalPolicyProblems,
  CASE_TYPES,
  NOTICE_SUBJECTS,
  UNIT_LEVELS,
  type ApprovalPolicy,
  type CaseType,
} from '@worker-aid/shared/domain';
import { type FieldKeyring, jsonFieldContext } from '@worker-aid/api/core';
import { FILE_MEMBERS_COLUMN } from '@worker-aid/api/files';
import { IMPORT_ENCRYPTED } from '@worker-aid/api/imports';
import { ENCRYPTED_POOL } from './seed-rows.sql';

/** Yuan to fen, for reading the limits below. */
const yuan = (amount: number) => amount * 100;

/** Limits by level (grassroots, industry) per aid type; the center has none. */
const LIMITS: Record<CaseType, [grassroots: number, industry: number]> = {
  hardship: [yuan(1_000), yuan(2_000)],
  medical: [yuan(2_000), yuan(5_000)],
  education: [yuan(1_000), yuan(3_000)],
  legal: [yuan(2_000), yuan(5_000)],
};

/** DOMAIN.md's example: industry unions approve hardship aid up to ¥2,000 and medical aid up to ¥5,000; five days of notice, legal aid none. */
export const BENCH_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) =>
    UNIT_LEVELS.map((level) => ({
      type,
      level,
      limit: level === 'center' ? null : LIMITS[type][level === 'grassroots' ? 0 : 1],
    })),
  ),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'legal' ? 0 : 5 })),
  objectionContact: '市困难职工帮扶中心，电话 0550-3012345',
};

/** The policy row, as an administrator's `PUT /api/approval-policy` would leave it. */
export async function insertPolicy(client: Client, adminId: string): Promise<void> {
  const problems = approvalPolicyProblems(BENCH_POLICY);
  if (problems.length > 0) throw new Error(`the bench policy is inconsistent: ${JSON.stringify(problems)}`);
  await client.query(
    `INSERT INTO approval_policy (id, limits, notice_days, objection_contact, updated_by)
     VALUES (1, $1, $2, $3, $4)`,
    [
      JSON.stringify(BENCH_POLICY.limits),
      JSON.stringify(BENCH_POLICY.noticeDays),
      BENCH_POLICY.objectionContact,
      adminId,
    ],
  );
}

/** filesSql's `$2`: encryptions of one household member's name. */
export function encryptedMemberNames(keyring: FieldKeyring): string[] {
  return Array.from({ length: ENCRYPTED_POOL }, () =>
    keyring.encrypt('困难职工本人', jsonFieldContext(FILE_MEMBERS_COLUMN, 'name')),
  );
}

/**
 * Worker sheets uploaded at one station in twenty-five (`grassroots-25`, `-50`, …): most were
 * committed, one in four was checked and waits to be committed.
 */
export async function insertImports(
  client: Client,
  keyring: FieldKeyring,
  adminId: string,
  grassrootsUnits: number,
): Promise<void> {
  const count = Math.floor(grassrootsUnits / 25);
  const names = Array.from({ length: count }, (_, i) =>
    keyring.encrypt(`基层工会${(i + 1) * 25}职工名册.xlsx`, IMPORT_ENCRYPTED.fileName),
  );
  await client.query(
    `INSERT INTO worker_import (kind, status, unit_id, created_by, file_name_encrypted, format, total, processed,
                                valid, imported, created_at, updated_at, validated_at, finished_at)
     SELECT 'workers', CASE WHEN n % 4 = 0 THEN 'validated' ELSE 'done' END,
            pg_temp.bench_uuid('grassroots-' || (n * 25)), $1, ($2::text[])[n], 'xlsx', 200, 200, 200,
            CASE WHEN n % 4 = 0 THEN 0 ELSE 200 END, made, made, made + interval '1 minute',
            CASE WHEN n % 4 = 0 THEN NULL ELSE made + interval '2 minutes' END
     FROM generate_series(1, $3::int) n
     CROSS JOIN LATERAL (SELECT now() - make_interval(days => n) AS made) t`,
    [adminId, names, count],
  );
}
