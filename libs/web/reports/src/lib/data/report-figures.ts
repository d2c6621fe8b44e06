import {
  AID_TYPES,
  DISPUTE_KINDS,
  isCaseType,
  type AidType,
  type DisbursementReport,
  type DisbursementReportRow,
  type LegalReport,
  type LegalReportByKind,
  type ReportFigures,
  type UnitView,
} from '@worker-aid/shared/domain';

export const NO_FIGURES: ReportFigures = { persons: 0, personTimes: 0, amount: 0 };

/** A headline card: one kind of aid, or the total of all. */
export interface ReportCard {
  key: AidType | 'total';
  figures: ReportFigures;
  /** Share of the total amount, 0–1 (1 for the total card). */
  share: number;
}

function figuresOf(row: ReportFigures | undefined): ReportFigures {
  return row ? { persons: row.persons, personTimes: row.personTimes, amount: row.amount } : NO_FIGURES;
}

/**
 * The total card and one card per kind of aid, from `groupBy=type`: every case type (zeros for
 * one without payments), and a campaign's type (两节送温暖…) only when it paid in the period.
 */
export function reportCards(report: DisbursementReport): ReportCard[] {
  const total = report.totals.amount;
  const paid = new Set(report.rows.filter((row) => row.personTimes !== 0).map((row) => row.type));
  return [
    { key: 'total', figures: figuresOf(report.totals), share: 1 },
    ...AID_TYPES.filter((type) => isCaseType(type) || paid.has(type)).map((type) => {
      const figures = figuresOf(report.rows.find((row) => row.type === type));
      return { key: type, figures, share: total > 0 ? figures.amount / total : 0 };
    }),
  ];
}

/** One kind of aid over the months of the period (same order as `months`). */
export interface TrendSeries {
  type: AidType;
  amounts: number[];
  persons: number[];
  personTimes: number[];
}

export interface Trend {
  months: string[];
  series: TrendSeries[];
}

/**
 * The monthly trend per kind of aid from `groupBy=type,month`: every month of the period (gaps as
 * zero) and only the kinds that were paid at all, in the order of AID_TYPES.
 */
export function trend(rows: readonly DisbursementReportRow[], months: readonly string[]): Trend {
  const index = new Map(months.map((month, i) => [month, i]));
  const series = AID_TYPES.map<TrendSeries>((type) => ({
    type,
    amounts: months.map(() => 0),
    persons: months.map(() => 0),
    personTimes: months.map(() => 0),
  }));
  for (const row of rows) {
    const i = row.month === undefined ? undefined : index.get(row.month);
    const s = series.find((candidate) => candidate.type === row.type);
    if (i === undefined || !s) continue;
    s.amounts[i] += row.amount;
    s.persons[i] += row.persons;
    s.personTimes[i] += row.personTimes;
  }
  return {
    months: [...months],
    series: series.filter((s) => rows.some((row) => row.type === s.type && row.personTimes !== 0)),
  };
}

/** A line of the unit breakdown: one unit directly below the report's unit, with its subtree. */
export interface UnitLine extends ReportFigures {
  unitId: string;
  unitName: string;
  /** The report's own unit (its directly held cases): not a step down. */
  own: boolean;
  /** Amount per kind of aid (fen), from `groupBy=unit,type`. */
  byType: Record<AidType, number>;
}

function noAmounts(): Record<AidType, number> {
  return Object.fromEntries(AID_TYPES.map((type) => [type, 0])) as Record<AidType, number>;
}

/**
 * The unit breakdown: every unit directly below `unitId` (from the directory, so a unit without
 * payments shows with zeros and can still be opened), plus any unit the report names that the
 * directory lacks, plus the unit's own line when it paid cases itself. Largest amount first; the
 * own line last.
 */
export function unitLines(
  unitId: string,
  byUnit: DisbursementReport,
  byUnitType: DisbursementReport,
  children: readonly UnitView[],
): UnitLine[] {
  const lines = new Map<string, UnitLine>();
  const line = (id: string, name: string): UnitLine => {
    let found = lines.get(id);
    if (!found) {
      found = { unitId: id, unitName: name, own: id === unitId, ...NO_FIGURES, byType: noAmounts() };
      lines.set(id, found);
    }
    return found;
  };
  for (const child of children) line(child.id, child.name);
  for (const row of byUnit.rows) {
    if (!row.unitId) continue;
    Object.assign(line(row.unitId, row.unitName ?? row.unitId), figuresOf(row));
  }
  for (const row of byUnitType.rows) {
    if (!row.unitId || !row.type) continue;
    line(row.unitId, row.unitName ?? row.unitId).byType[row.type] += row.amount;
  }
  return [...lines.values()].sort(
    (a, b) =>
      Number(a.own) - Number(b.own) || b.amount - a.amount || a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
}

/** The legal-aid table: every dispute kind in the order of DISPUTE_KINDS, zeros included. */
export function legalByKind(report: LegalReport): LegalReportByKind[] {
  return DISPUTE_KINDS.map(
    (disputeKind) =>
      report.byDisputeKind.find((row) => row.disputeKind === disputeKind) ?? {
        disputeKind,
        cases: 0,
        recoveredAmount: 0,
      },
  );
}

/** Yuan (not fen) in a short form for chart axes: `12.5万` / `3.2亿` in Chinese, `125k` / `3.2M` in English. */
export function compactYuan(fen: number, language: string): string {
  const yuan = fen / 100;
  const abs = Math.abs(yuan);
  const short = (value: number) => String(Number(value.toFixed(Math.abs(value) >= 100 ? 0 : 1)));
  if (language.startsWith('zh')) {
    if (abs >= 1e8) return `${short(yuan / 1e8)}亿`;
    if (abs >= 1e4) return `${short(yuan / 1e4)}万`;
    return short(yuan);
  }
  if (abs >= 1e9) return `${short(yuan / 1e9)}B`;
  if (abs >= 1e6) return `${short(yuan / 1e6)}M`;
  if (abs >= 1e3) return `${short(yuan / 1e3)}k`;
  return short(yuan);
}
