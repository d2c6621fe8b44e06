import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CampaignAmount, CampaignTier, RosterBuilt } from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { ACTIVE_FILES } from '@worker-aid/api/files';
import { UNIT_CODES } from '@worker-aid/api/units';
import { WORKER_MIGRANT_FLAGS } from '@worker-aid/api/workers';

/** Who a roster takes: active files in a unit's subtree, of these tiers, migrant workers only or not. */
export interface RosterCriteria {
  campaignId: string;
  scope: ListScope;
  tiers: readonly CampaignTier[];
  migrantOnly: boolean;
}

/** An eligible file, in roster order, for a roster built in JavaScript (school aid). */
export interface EligibleFile {
  fileId: string;
  workerId: string;
  unitId: string;
  tier: CampaignTier;
  migrantWorker: boolean;
}

/** A school line as the roster writes it: its children already encrypted. */
export interface NewSchoolLine extends EligibleFile {
  amount: number;
  children: unknown;
}

/**
 * The roster's statements over `campaign_line`. The files, workers and units come from the
 * fragments those features publish; a worker has at most one active file, so at most one line.
 */
@Injectable()
export class RosterQueries {
  async clear(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query('DELETE FROM campaign_line WHERE campaign_id = $1', [campaignId]);
  }

  /** The whole roster in one `INSERT … SELECT`, each line at its tier's amount. */
  async insertByTier(
    manager: EntityManager,
    criteria: RosterCriteria,
    amounts: readonly CampaignAmount[],
  ): Promise<RosterBuilt> {
    const { from, parameters, bind } = this.eligible(criteria);
    // `{"deep": 150000, …}`: the rules name an amount for every eligible tier.
    const amountOf = bind(
      JSON.stringify(Object.fromEntries(amounts.map(({ tier, amount }) => [tier, amount]))),
    );
    const [row] = await manager.query<{ lines: number; amount: string }[]>(
      `WITH inserted AS (
         INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, file_id, tier, migrant_worker,
                                    standard_amount, amount, status)
         SELECT ${bind(criteria.campaignId)}::uuid,
                row_number() OVER (ORDER BY u.unit_code, f.file_no),
                f.worker_id, f.unit_id, f.file_id, f.tier, w.migrant_worker,
                (${amountOf}::jsonb ->> f.tier)::bigint, (${amountOf}::jsonb ->> f.tier)::bigint, 'unpaid'
           ${from}
         RETURNING amount
       )
       SELECT count(*)::int AS lines, coalesce(sum(amount), 0)::text AS amount FROM inserted`,
      parameters,
    );
    return { lines: row.lines, amount: Number(row.amount) };
  }

  /** The eligible files in roster order (unit code, file number). */
  eligibleFiles(manager: EntityManager, criteria: RosterCriteria): Promise<EligibleFile[]> {
    const { from, parameters } = this.eligible(criteria);
    return manager.query<EligibleFile[]>(
      `SELECT f.file_id AS "fileId", f.worker_id AS "workerId", f.unit_id AS "unitId", f.tier,
              w.migrant_worker AS "migrantWorker"
         ${from}
        ORDER BY u.unit_code, f.file_no`,
      parameters,
    );
  }

  /** Lines built in JavaScript, numbered in the order given, in one statement. */
  async insertLines(
    manager: EntityManager,
    campaignId: string,
    lines: readonly NewSchoolLine[],
  ): Promise<RosterBuilt> {
    if (lines.length === 0) return { lines: 0, amount: 0 };
    await manager.query(
      `INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, file_id, tier, migrant_worker,
                                  standard_amount, amount, status, children)
       SELECT $1, l.line_no, l.worker_id, l.unit_id, l.file_id, l.tier, l.migrant_worker,
              l.amount, l.amount, 'unpaid', l.children
         FROM jsonb_to_recordset($2::jsonb) AS l(line_no int, worker_id uuid, unit_id uuid, file_id uuid,
              tier text, migrant_worker boolean, amount bigint, children jsonb)`,
      [
        campaignId,
        JSON.stringify(
          lines.map((line, index) => ({
            line_no: index + 1,
            worker_id: line.workerId,
            unit_id: line.unitId,
            file_id: line.fileId,
            tier: line.tier,
            migrant_worker: line.migrantWorker,
            amount: line.amount,
            children: line.children,
          })),
        ),
      ],
    );
    return { lines: lines.length, amount: lines.reduce((total, line) => total + line.amount, 0) };
  }

  private eligible(criteria: RosterCriteria) {
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions = [
      criteria.scope.condition('f.unit_id', bind),
      `f.tier = ANY(${bind(criteria.tiers)}::text[])`,
    ];
    if (criteria.migrantOnly) conditions.push('w.migrant_worker');
    const from = `FROM ${ACTIVE_FILES} f
           JOIN ${WORKER_MIGRANT_FLAGS} w ON w.worker_id = f.worker_id
           JOIN ${UNIT_CODES} u ON u.unit_id = f.unit_id
          WHERE ${conditions.join(' AND ')}`;
    return { from, parameters, bind };
  }
}
