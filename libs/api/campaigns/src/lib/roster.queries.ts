import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type {
  CampaignAmount,
  CampaignLineStatus,
  CampaignTier,
  RosterBuilt,
} from '@worker-aid/shared/domain';
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

/** What staff decided on a worker's line: an exclusion, or an amount other than the standard, with the reason. */
export interface LineDecision {
  workerId: string;
  status: CampaignLineStatus;
  amount: number;
  standardAmount: number;
  reason: string;
}

/** A statement's parameters, `bind` adding one and answering its placeholder (`$3`). */
type Binding = ReturnType<typeof binding>;

function binding() {
  const parameters: unknown[] = [];
  return { parameters, bind: (value: unknown) => `$${parameters.push(value)}` };
}

/**
 * The roster's statements over `campaign_line`. The files, workers and units come from the
 * fragments those features publish; a worker has at most one active file, so at most one line.
 */
@Injectable()
export class RosterQueries {
  /** Deletes every line of the campaign, answering staff's decisions on them for the new lines. */
  clear(manager: EntityManager, campaignId: string): Promise<LineDecision[]> {
    return manager.query<LineDecision[]>(
      `WITH deleted AS (
         DELETE FROM campaign_line WHERE campaign_id = $1
         RETURNING worker_id, status, amount, standard_amount, reason
       )
       SELECT worker_id AS "workerId", status, amount::float8 AS amount,
              standard_amount::float8 AS "standardAmount", reason
         FROM deleted
        WHERE status = 'excluded' OR amount <> standard_amount`,
      [campaignId],
    );
  }

  /** The whole roster in one `INSERT … SELECT`, each line at its tier's amount unless staff decided otherwise. */
  insertByTier(
    manager: EntityManager,
    criteria: RosterCriteria,
    amounts: readonly CampaignAmount[],
    decisions: readonly LineDecision[],
  ): Promise<RosterBuilt> {
    const { from, parameters, bind } = this.eligible(criteria);
    // `{"deep": 150000, …}`: the rules name an amount for every eligible tier.
    const amountOf = bind(
      JSON.stringify(Object.fromEntries(amounts.map(({ tier, amount }) => [tier, amount]))),
    );
    return this.insert(
      manager,
      criteria.campaignId,
      decisions,
      `SELECT row_number() OVER (ORDER BY u.unit_code, f.file_no) AS line_no,
              f.worker_id, f.unit_id, f.file_id, f.tier, w.migrant_worker,
              (${amountOf}::jsonb ->> f.tier)::bigint AS standard_amount, NULL::jsonb AS children
         ${from}`,
      { parameters, bind },
    );
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
  insertLines(
    manager: EntityManager,
    campaignId: string,
    lines: readonly NewSchoolLine[],
    decisions: readonly LineDecision[],
  ): Promise<RosterBuilt> {
    const parameters = binding();
    const linesJson = parameters.bind(
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
    );
    return this.insert(
      manager,
      campaignId,
      decisions,
      `SELECT l.line_no, l.worker_id, l.unit_id, l.file_id, l.tier, l.migrant_worker,
              l.amount AS standard_amount, l.children
         FROM jsonb_to_recordset(${linesJson}::jsonb) AS l(line_no int, worker_id uuid, unit_id uuid,
              file_id uuid, tier text, migrant_worker boolean, amount bigint, children jsonb)`,
      parameters,
    );
  }

  /**
   * Inserts the lines `source` selects, each at its standard amount unless staff decided
   * otherwise on the worker's line before: an exclusion stays; a changed amount stays while the
   * worker's standard amount is the same, else the new standard applies; the reason goes with
   * either. `kept` counts the lines that took a decision.
   */
  private async insert(
    manager: EntityManager,
    campaignId: string,
    decisions: readonly LineDecision[],
    source: string,
    { parameters, bind }: Binding,
  ): Promise<RosterBuilt> {
    const [row] = await manager.query<{ lines: number; amount: string; kept: number }[]>(
      `WITH inserted AS (
         INSERT INTO campaign_line (campaign_id, line_no, worker_id, unit_id, file_id, tier, migrant_worker,
                                    standard_amount, amount, status, reason, children)
         SELECT ${bind(campaignId)}::uuid, l.line_no, l.worker_id, l.unit_id, l.file_id, l.tier, l.migrant_worker,
                l.standard_amount,
                CASE WHEN d."standardAmount" = l.standard_amount THEN d.amount ELSE l.standard_amount END,
                coalesce(d.status, 'unpaid'), d.reason, l.children
           FROM (${source}) AS l
           LEFT JOIN jsonb_to_recordset(${bind(JSON.stringify(decisions))}::jsonb)
                AS d("workerId" uuid, status text, amount bigint, "standardAmount" bigint, reason text)
             ON d."workerId" = l.worker_id
            AND (d.status = 'excluded' OR d."standardAmount" = l.standard_amount)
         RETURNING status, amount, standard_amount
       )
       SELECT count(*)::int AS lines,
              coalesce(sum(amount) FILTER (WHERE status <> 'excluded'), 0)::text AS amount,
              count(*) FILTER (WHERE status = 'excluded' OR amount <> standard_amount)::int AS kept
         FROM inserted`,
      parameters,
    );
    return { lines: row.lines, amount: Number(row.amount), kept: row.kept };
  }

  private eligible(criteria: RosterCriteria) {
    const { parameters, bind } = binding();
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
