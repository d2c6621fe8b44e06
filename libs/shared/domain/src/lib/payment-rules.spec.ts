import {
  fundMayPayCase,
  isReversible,
  mayApproveCase,
  medicalCostsAddUp,
  paymentRefusal,
  remainingToPay,
} from './payment-rules';

describe('payment rules', () => {
  it('remainingToPay: approved − disbursed, never below zero, nothing before approval', () => {
    expect(remainingToPay({ approvedAmount: null, disbursedAmount: 0 })).toBe(0);
    expect(remainingToPay({ approvedAmount: 1000, disbursedAmount: 400 })).toBe(600);
    expect(remainingToPay({ approvedAmount: 1000, disbursedAmount: 1000 })).toBe(0);
    expect(remainingToPay({ approvedAmount: 1000, disbursedAmount: 1200 })).toBe(0);
  });

  it('paymentRefusal: more than zero, at most what remains, at most the balance', () => {
    expect(paymentRefusal(0, 100, 100)).toBe('not_positive');
    expect(paymentRefusal(101, 100, 500)).toBe('over_approved');
    expect(paymentRefusal(100, 100, 99)).toBe('insufficient');
    expect(paymentRefusal(100, 100, 100)).toBeNull();
    expect(paymentRefusal(100, 100, null)).toBeNull();
  });

  it("fundMayPayCase: the fund's unit is the case's unit or above it", () => {
    const line = ['center', 'industry', 'grassroots'];
    expect(fundMayPayCase({ unitId: 'center' }, line)).toBe(true);
    expect(fundMayPayCase({ unitId: 'grassroots' }, line)).toBe(true);
    expect(fundMayPayCase({ unitId: 'other-industry' }, line)).toBe(false);
  });

  it('isReversible: an unreversed payment, not a reversal, of an approved or disbursed case', () => {
    const payment = { reversesId: null, reversedById: null };
    expect(isReversible(payment, 'approved')).toBe(true);
    expect(isReversible(payment, 'disbursed')).toBe(true);
    expect(isReversible(payment, 'closed')).toBe(false);
    expect(isReversible({ reversesId: 'p1', reversedById: null }, 'approved')).toBe(false);
    expect(isReversible({ reversesId: null, reversedById: 'r1' }, 'approved')).toBe(false);
    // A campaign line's payment has no case to ask.
    expect(isReversible(payment, null)).toBe(true);
    expect(isReversible({ reversesId: null, reversedById: 'r1' }, null)).toBe(false);
  });

  it('mayApproveCase: never its creator', () => {
    expect(mayApproveCase({ createdBy: 'u1' }, 'u1')).toBe(false);
    expect(mayApproveCase({ createdBy: 'u1' }, 'u2')).toBe(true);
  });

  it('medicalCostsAddUp', () => {
    expect(medicalCostsAddUp({ totalCost: 1000, insuranceReimbursed: 600, outOfPocket: 400 })).toBe(true);
    expect(medicalCostsAddUp({ totalCost: 1000, insuranceReimbursed: 600, outOfPocket: 300 })).toBe(false);
  });
});
