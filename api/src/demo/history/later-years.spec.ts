import { checkIdentityNumber, CASE_TYPES } from '@worker-aid/shared/domain';
import { planHistory } from './history-plan';
import { LATER_FROM, planLaterYears } from './later-years';

const UNITS = [
  ...Array.from({ length: 5 }, (_, i) => `CZ-BUILD-0${i + 1}`),
  ...Array.from({ length: 36 }, (_, i) => `WS-${String(i + 1).padStart(2, '0')}`),
].sort();
const TODAY = '2026-05-20';

describe('the demo history after 2017', () => {
  const published = planHistory(UNITS);
  const later = planLaterYears(UNITS, published, TODAY);
  const paidIn = (year: number) => later.cases.filter((c) => c.payment.paidOn.startsWith(String(year)));

  it('pays every kind of aid in every year from 2018, on the scale of 2017', () => {
    const before = published.cases.filter((c) => c.payment.paidOn.startsWith('2017'));
    const count = (cases: typeof before, type: string) => cases.filter((c) => c.type === type).length;
    for (let year = LATER_FROM; year < 2026; year += 1) {
      const cases = paidIn(year);
      for (const type of CASE_TYPES) {
        const ratio = count(cases, type) / count(before, type);
        expect([year, type, ratio > 0.7 && ratio < 1.45]).toEqual([year, type, true]);
      }
    }
  });

  it('stops at today: nothing paid, opened or closed later, the last days paid but not closed', () => {
    const dates = later.cases.flatMap((c) => [c.openedOn, c.payment.paidOn, c.closedOn ?? '']);
    expect(dates.every((d) => d <= TODAY)).toBe(true);
    expect(paidIn(2026).length).toBeGreaterThan(1_000);
    const open = later.cases.filter((c) => c.closedOn === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.outcome === null && c.recovered === null)).toBe(true);
    expect(later.funds.every((f) => f.createdOn <= TODAY)).toBe(true);
  });

  it('leaves 2013–2017 as published: no case opened or paid before 2018, no case number taken', () => {
    expect(later.cases.every((c) => c.openedOn >= '2018-01-01' && c.payment.paidOn >= '2018-01-01')).toBe(
      true,
    );
    const numbers = new Set(published.cases.map((c) => c.caseNo));
    expect(later.cases.filter((c) => numbers.has(c.caseNo))).toEqual([]);
    expect(new Set(later.cases.map((c) => c.caseNo)).size).toBe(later.cases.length);
  });

  it('brings workers back and adds new ones with identity numbers that never repeat', () => {
    const all = [...published.workers, ...later.workers];
    expect(all.every((w, i) => w.index === i)).toBe(true);
    expect(later.workers.every((w) => checkIdentityNumber(w.idNumber).valid)).toBe(true);
    expect(new Set(all.map((w) => w.idNumber)).size).toBe(all.length);
    expect(later.cases.some((c) => c.worker.index < published.workers.length)).toBe(true);
    // Every new worker has a case; none is kept for a case after today.
    const paid = new Set(later.cases.map((c) => c.worker));
    expect(later.workers.every((w) => paid.has(w))).toBe(true);
  });

  it('gives legal-aid cases an outcome and the losses recovered, mostly wage arrears', () => {
    const legal = later.cases.filter((c) => c.type === 'legal' && c.closedOn !== null);
    expect(legal.length).toBeGreaterThan(200);
    expect(legal.every((c) => c.outcome !== null && c.recovered !== null)).toBe(true);
    expect(
      legal.filter((c) => c.outcome === 'lost' || c.outcome === 'withdrawn').every((c) => c.recovered === 0),
    ).toBe(true);
    expect(
      legal.every((c) => 'amountClaimed' in c.details && (c.recovered ?? 0) <= c.details.amountClaimed),
    ).toBe(true);
  });

  it('pays out of funds that hold enough: the union fund, the lottery grant, donations', () => {
    const paid = new Map<string, number>();
    for (const c of later.cases) paid.set(c.fund, (paid.get(c.fund) ?? 0) + c.amount);
    const funds = new Map(later.funds.map((f) => [f.code, f]));
    for (const [code, amount] of paid)
      expect([code, amount <= (funds.get(code)?.allocated ?? 0)]).toEqual([code, true]);
    expect(new Set(later.funds.map((f) => f.source))).toEqual(
      new Set(['union_budget', 'lottery_fund', 'donation']),
    );
    // This year's funds are allocated for the whole year, so they still have money left.
    const union2026 = funds.get('UNION-2026');
    expect(paid.get('UNION-2026')).toBeLessThan((union2026?.allocated ?? 0) * 0.8);
  });

  it('is the same on every start, and a later start only adds to it', () => {
    const again = planLaterYears(UNITS, published, TODAY);
    expect(again.cases.slice(0, 50)).toEqual(later.cases.slice(0, 50));
    expect(again.workers[1000]).toEqual(later.workers[1000]);
    const nextMonth = planLaterYears(UNITS, published, '2026-06-20');
    const before2026 = (cases: typeof later.cases) =>
      cases.filter((c) => c.payment.paidOn < '2026-01-01').map((c) => [c.caseNo, c.amount, c.payment.paidOn]);
    expect(before2026(nextMonth.cases)).toEqual(before2026(later.cases));
  });
});
