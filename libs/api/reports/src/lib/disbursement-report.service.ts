import { Injectable } from '@nestjs/common';
import {
  AID_TYPES,
  isCaseType,
  type DisbursementReport,
  type DisbursementReportRow,
  type ReportGroup,
} from '@worker-aid/shared/domain';
import { Principal } from '@worker-aid/api/core';
import {
  countDistinctWorkers,
  DisbursementFigures,
  type DistinctWorkerCounter,
  FundsService,
  type LedgerSlice,
} from '@worker-aid/api/funds';
import { CampaignNamesReader } from '@worker-aid/api/campaigns';
import { Unit, UnitsService } from '@worker-aid/api/units';
import { splitPeriod, type ReportPeriod } from './report-period';
import { reportUnit, type ReportRequest } from './report-unit';

export interface DisbursementReportRequest extends ReportRequest {
  groupBy: readonly ReportGroup[];
}

/** What a report is about once resolved: its unit, period and grouping. */
export interface ResolvedReport extends DisbursementReport {
  unit: Unit;
}

type Group = Omit<DisbursementReportRow, 'persons'> & { personTimes: number; amount: number };

/** A ledger or roll-up figure to fold in; `campaignId` only when grouping by campaign. */
type Slice = LedgerSlice & { campaignId?: string | null };

/** The campaign key of the cases' payments when grouping by campaign. */
const CASES = '';

/**
 * The disbursement report (资金发放统计表), read through the funds feature's `DisbursementFigures`
 * and the units' and funds' names. Whole months come from the roll-up cells: a few
 * rows per unit, month, type and fund whatever the number of payments, and the union of their
 * worker sets gives `persons` exactly. Days of a month the period only partly covers, and the
 * report unit's own cases when grouping by unit, come from the ledger rows, summed per worker
 * in SQL and folded into the same sets. Reversals net out either way: they carry their
 * payment's day, and a reversed payment counts for nobody. The roll-up has no campaign
 * dimension: grouped by campaign, the campaigns' payments are read from their ledger rows.
 */
@Injectable()
export class DisbursementReportService {
  constructor(
    private readonly figures: DisbursementFigures,
    private readonly units: UnitsService,
    private readonly funds: FundsService,
    private readonly campaigns: CampaignNamesReader,
  ) {}

  async report(principal: Principal, request: DisbursementReportRequest): Promise<ResolvedReport> {
    const unit = await reportUnit(this.units, principal, request);
    const groupBy = new Set(request.groupBy);
    const period = splitPeriod(request.from, request.to);
    const children = groupBy.has('unit') ? await this.units.childrenOf(unit.id) : [];
    // Grouped by unit, each child's subtree is a row; the unit's own cases come from the ledger
    // unless it has no children, when its subtree is just itself.
    const cellUnits = groupBy.has('unit') && children.length > 0 ? children : [unit.id];
    const ownFromLedger = groupBy.has('unit') && children.length > 0;

    return countDistinctWorkers<string, ResolvedReport>(async (workers) => {
      const groups = new Map<string, Group>();
      const add = (slice: Slice): string => {
        const group: Group = {
          ...(groupBy.has('type') && { type: slice.type }),
          ...(groupBy.has('unit') && { unitId: slice.unitId }),
          ...(groupBy.has('month') && { month: slice.month }),
          ...(groupBy.has('fund') && { fundId: slice.fundId }),
          ...(groupBy.has('campaign') && { campaignId: slice.campaignId ?? CASES }),
          personTimes: 0,
          amount: 0,
        };
        const key = [group.type, group.unitId, group.month, group.fundId, group.campaignId]
          .map((part) => part ?? '')
          .join('|');
        const sum = groups.get(key) ?? group;
        sum.personTimes += slice.personTimes;
        sum.amount += slice.amount;
        groups.set(key, sum);
        return key;
      };
      if (groupBy.has('campaign')) {
        await this.addByCampaign(add, workers, request, unit, period, cellUnits, ownFromLedger);
      } else {
        await this.addFigures(add, workers, unit, period, cellUnits, ownFromLedger);
      }
      const rows = await this.finish([...groups.entries()], workers);
      const totals = rows.reduce(
        (sum, row) => ({
          ...sum,
          personTimes: sum.personTimes + row.personTimes,
          amount: sum.amount + row.amount,
        }),
        { persons: workers.total(), personTimes: 0, amount: 0 },
      );
      return { unit, rows, totals };
    });
  }

  /**
   * Grouped by campaign: the campaigns' payments from their ledger rows (the roll-up has no
   * campaign dimension); the cases' payments from the roll-up as in any report, but for a type
   * a campaign also paid in the period (school aid counts as education), read from the ledger.
   */
  private async addByCampaign(
    add: (slice: Slice) => string,
    workers: DistinctWorkerCounter<string>,
    request: DisbursementReportRequest,
    unit: Unit,
    period: ReportPeriod,
    cellUnits: string[],
    ownFromLedger: boolean,
  ): Promise<void> {
    const whole = { unit, from: request.from, to: request.to };
    const campaignRows = await this.figures.campaignLedgerRows(whole);
    for (const row of campaignRows) workers.addMember(add(row), row.worker);
    const mixed = new Set(campaignRows.map((row) => row.type).filter(isCaseType));
    for (const row of await this.figures.caseLedgerRows(whole, [...mixed]))
      workers.addMember(add({ ...row, campaignId: null }), row.worker);
    // Campaigns' own types are all campaigns'; a mixed type came from the ledger above.
    const casesOnly = (slice: LedgerSlice) => isCaseType(slice.type) && !mixed.has(slice.type);
    await this.addFigures(add, workers, unit, period, cellUnits, ownFromLedger, casesOnly);
  }

  /** Whole months from the roll-up cells, the rest from the ledger rows; only the slices `keep` keeps. */
  private async addFigures(
    add: (slice: Slice) => string,
    workers: DistinctWorkerCounter<string>,
    unit: Unit,
    period: ReportPeriod,
    cellUnits: string[],
    ownFromLedger: boolean,
    keep: (slice: LedgerSlice) => boolean = () => true,
  ): Promise<void> {
    if (period.months) {
      for (const cell of await this.figures.rollupCells(cellUnits, period.months)) {
        if (keep(cell)) workers.addStored(add(cell), cell.workers);
      }
    }
    const ledgerRows = await this.figures.ledgerRows({
      unit,
      days: period.days,
      ownCasesInMonths: ownFromLedger ? period.months : null,
    });
    for (const row of ledgerRows) if (keep(row)) workers.addMember(add(row), row.worker);
  }

  /** Rows with names and persons, in a stable order: type, unit code, month, fund code, campaign. */
  private async finish(
    groups: [string, Group][],
    workers: DistinctWorkerCounter<string>,
  ): Promise<DisbursementReportRow[]> {
    const unitIds = [...new Set(groups.flatMap(([, g]) => (g.unitId ? [g.unitId] : [])))];
    const fundIds = [...new Set(groups.flatMap(([, g]) => (g.fundId ? [g.fundId] : [])))];
    const campaignIds = [...new Set(groups.flatMap(([, g]) => (g.campaignId ? [g.campaignId] : [])))];
    const [units, funds, campaigns] = await Promise.all([
      this.units.namesOf(unitIds),
      this.funds.namesOf(fundIds),
      this.campaigns.namesOf(campaignIds),
    ]);
    const rows = groups
      .filter(([, group]) => group.personTimes > 0)
      .map(([key, group]) => ({
        ...(group.type && { type: group.type }),
        ...(group.unitId && { unitId: group.unitId, unitName: units.get(group.unitId)?.name ?? '' }),
        ...(group.month && { month: group.month }),
        ...(group.fundId && { fundId: group.fundId, fundName: funds.get(group.fundId)?.name ?? '' }),
        ...(group.campaignId && {
          campaignId: group.campaignId,
          campaignName: campaigns.get(group.campaignId)?.name ?? '',
        }),
        persons: workers.count(key),
        personTimes: group.personTimes,
        amount: group.amount,
      }));
    const code = (names: Map<string, { code: string }>, id?: string) =>
      id ? (names.get(id)?.code ?? '') : '';
    // The cases' row first, then campaigns by year and name.
    const campaign = (id?: string) => {
      const named = id ? campaigns.get(id) : undefined;
      return named ? `${named.year}|${named.name}|${id}` : '';
    };
    return rows.sort(
      (a, b) =>
        (a.type ? AID_TYPES.indexOf(a.type) : 0) - (b.type ? AID_TYPES.indexOf(b.type) : 0) ||
        code(units, a.unitId).localeCompare(code(units, b.unitId)) ||
        (a.month ?? '').localeCompare(b.month ?? '') ||
        code(funds, a.fundId).localeCompare(code(funds, b.fundId)) ||
        campaign(a.campaignId).localeCompare(campaign(b.campaignId)),
    );
  }
}
