import { checkIdentityNumber, CASE_TYPES } from '@worker-aid/shared/domain';
import { CHUZHOU_FIGURES, fitTotal, planHistory } from './history-plan';
import { seededRandom } from './seeded-random';

const UNITS = Array.from({ length: 41 }, (_, i) => `WS-${String(i + 1).padStart(2, '0')}`);

describe('the demo history plan', () => {
  const plan = planHistory(UNITS);

  it.each(['hardship', 'medical', 'education'] as const)(
    'pays %s aid to exactly the published persons and amount',
    (type) => {
      const cases = plan.cases.filter((c) => c.type === type);
      expect(new Set(cases.map((c) => c.worker.index)).size).toBe(CHUZHOU_FIGURES[type].persons);
      expect(cases.reduce((sum, c) => sum + c.payment.amount, 0)).toBe(CHUZHOU_FIGURES[type].amount);
      expect(cases.length).toBeGreaterThan(CHUZHOU_FIGURES[type].persons); // some workers are helped in several years
    },
  );

  it('has 111 legal-aid cases since 2014 recovering ¥12,716,000, funded by the ¥213,000 lottery grant', () => {
    const legal = plan.cases.filter((c) => c.type === 'legal');
    expect(legal).toHaveLength(CHUZHOU_FIGURES.legal.cases);
    expect(legal.every((c) => c.openedOn >= '2014-01-01' && c.openedOn <= '2017-12-31')).toBe(true);
    expect(legal.reduce((sum, c) => sum + (c.recovered ?? 0), 0)).toBe(CHUZHOU_FIGURES.legal.recovered);
    expect(legal.reduce((sum, c) => sum + c.amount, 0)).toBe(CHUZHOU_FIGURES.legal.fundedByLottery);
    expect(
      legal.filter((c) => c.outcome === 'lost' || c.outcome === 'withdrawn').every((c) => c.recovered === 0),
    ).toBe(true);
  });

  it('pays everything between 2013-01-01 and 2017-12-31, never more than a case was approved', () => {
    const wrong = plan.cases.filter(
      (c) =>
        c.payment.paidOn < '2013-01-01' ||
        c.payment.paidOn > '2017-12-31' ||
        c.payment.amount !== c.amount ||
        c.openedOn > (c.payment.bouncedOn ?? c.payment.paidOn),
    );
    expect(wrong).toEqual([]);
    expect(plan.cases.some((c) => c.payment.bouncedOn)).toBe(true);
  });

  it("pays out of each year's union fund and the ¥213,000 lottery grant, allocated enough", () => {
    const paid = new Map<string, number>();
    for (const c of plan.cases) paid.set(c.fund, (paid.get(c.fund) ?? 0) + c.amount);
    expect(plan.funds.map((f) => f.code)).toEqual([
      'LOTTERY-2014',
      'UNION-2013',
      'UNION-2014',
      'UNION-2015',
      'UNION-2016',
      'UNION-2017',
    ]);
    expect(plan.funds[0].allocated).toBe(CHUZHOU_FIGURES.legal.fundedByLottery);
    expect(plan.funds.every((f) => (paid.get(f.code) ?? 0) <= f.allocated)).toBe(true);
    expect(
      plan.cases.every(
        (c) => c.fund === (c.type === 'legal' ? 'LOTTERY-2014' : `UNION-${c.payment.paidOn.slice(0, 4)}`),
      ),
    ).toBe(true);
  });

  it('gives workers valid identity numbers that never repeat, and cases numbers that never repeat', () => {
    expect(plan.workers.every((w) => checkIdentityNumber(w.idNumber).valid)).toBe(true);
    expect(new Set(plan.workers.map((w) => w.idNumber)).size).toBe(plan.workers.length);
    expect(new Set(plan.cases.map((c) => c.caseNo)).size).toBe(plan.cases.length);
    expect(new Set(plan.workers.map((w) => w.unitCode)).size).toBe(41);
    expect(new Set(plan.cases.map((c) => c.type))).toEqual(new Set(CASE_TYPES));
  });

  it('is the same on every start', () => {
    const again = planHistory(UNITS);
    expect(again.cases.slice(0, 50)).toEqual(plan.cases.slice(0, 50));
    expect(again.workers[1000]).toEqual(plan.workers[1000]);
  });
});

describe('fitTotal', () => {
  it('reaches the total exactly in steps, keeping every amount at least one step', () => {
    const fitted = fitTotal([300, 500, 800, 1000, 2000], 12_700, seededRandom(1));
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(12_700);
    expect(fitted.every((a) => a >= 100 && a % 100 === 0)).toBe(true);
  });

  it('leaves amounts that may not move alone', () => {
    const fitted = fitTotal([0, 500, 0, 700], 5_000, seededRandom(2), (i) => i % 2 === 1);
    expect([fitted[0], fitted[2]]).toEqual([0, 0]);
    expect(fitted[1] + fitted[3]).toBe(5_000);
  });
});
