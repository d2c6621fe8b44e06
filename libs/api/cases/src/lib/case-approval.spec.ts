import { NOTICE_SUBJECTS, type ApprovalPolicy, CASE_TYPES, UNIT_LEVELS } from '@worker-aid/shared/domain';
import type { AidCase } from './aid-case.entity';
import { endRound, reopenForReview, startRound, takeStep, type StepActor } from './case-approval';

/** Medical: grassroots 0, industry ¥5,000, center no limit; notice 5 days (legal none). */
const POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) =>
    UNIT_LEVELS.map((level) => ({
      type,
      level,
      limit: level === 'center' ? null : level === 'industry' ? 500_000 : 0,
    })),
  ),
  noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'legal' ? 0 : 5 })),
};
const TODAY = '2026-11-30';

function submitted(fields: Partial<AidCase> = {}): AidCase {
  const aidCase = {
    type: 'medical',
    status: 'submitted',
    createdBy: 'caseworker',
    requestedAmount: 800_000,
    approvedAmount: null,
    approvals: [],
    awaitingLevel: 'industry',
    noticeStartsOn: null,
    noticeEndsOn: null,
    ...fields,
  };
  return aidCase as AidCase;
}

const industry: StepActor = { id: 'industry-reviewer', unitId: 'i', level: 'industry' };
const center: StepActor = { id: 'center-reviewer', unitId: 'c', level: 'center' };
const step = (amount: number) => ({ amount, comment: null });

describe('a case’s round of approval', () => {
  it('hands a step above the level’s limit to the level above, the case still submitted', () => {
    const aidCase = submitted();
    expect(takeStep(aidCase, industry, step(800_000), POLICY, TODAY)).toEqual({
      level: 'industry',
      unitId: 'i',
      amount: 800_000,
      final: false,
    });
    expect(aidCase).toMatchObject({ status: 'submitted', awaitingLevel: 'center', approvedAmount: null });
    expect(aidCase.approvals).toEqual([
      expect.objectContaining({
        level: 'industry',
        unitId: 'i',
        userId: 'industry-reviewer',
        amount: 800_000,
      }),
    ]);
  });

  it('approves on a final step and starts the notice', () => {
    const aidCase = submitted();
    takeStep(aidCase, industry, step(800_000), POLICY, TODAY);
    expect(takeStep(aidCase, center, step(700_000), POLICY, TODAY).final).toBe(true);
    expect(aidCase).toMatchObject({
      status: 'approved',
      approvedAmount: 700_000,
      awaitingLevel: null,
      noticeStartsOn: TODAY,
      noticeEndsOn: '2026-12-05',
    });
    expect(aidCase.approvals).toHaveLength(2);
  });

  it('is final exactly at the limit, and without a policy always, with no notice', () => {
    const atLimit = submitted();
    expect(takeStep(atLimit, industry, step(500_000), POLICY, TODAY).final).toBe(true);
    const noPolicy = submitted();
    expect(takeStep(noPolicy, industry, step(800_000), null, TODAY).final).toBe(true);
    expect(noPolicy).toMatchObject({ status: 'approved', noticeStartsOn: null, noticeEndsOn: null });
  });

  it('has no notice for a type with 0 days', () => {
    const legal = submitted({ type: 'legal', requestedAmount: 0 });
    takeStep(legal, center, step(0), POLICY, TODAY);
    expect(legal).toMatchObject({ status: 'approved', noticeStartsOn: null, noticeEndsOn: null });
  });

  it('refuses by the step rule before it looks at the requested amount', () => {
    const aidCase = submitted();
    takeStep(aidCase, industry, step(800_000), POLICY, TODAY);
    expect(() => takeStep(aidCase, industry, step(900_000), POLICY, TODAY)).toThrow(
      expect.objectContaining({ code: 'case.four_eyes' }),
    );
    const second = { ...industry, id: 'another' };
    expect(() => takeStep(aidCase, second, step(1), POLICY, TODAY)).toThrow(
      expect.objectContaining({ code: 'case.level' }),
    );
    expect(() => takeStep(aidCase, center, step(800_001), POLICY, TODAY)).toThrow(
      expect.objectContaining({ code: 'case.amount_raised' }),
    );
    const creator = { ...center, id: 'caseworker' };
    expect(() => takeStep(submitted(), creator, step(1), POLICY, TODAY)).toThrow(
      expect.objectContaining({ code: 'case.four_eyes' }),
    );
    expect(() => takeStep(submitted(), center, step(800_001), POLICY, TODAY)).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
    expect(aidCase.approvals).toHaveLength(1);
  });

  it('starts and ends rounds, and an objection undoes the approval and the notice', () => {
    const aidCase = submitted();
    takeStep(aidCase, industry, step(800_000), POLICY, TODAY);
    endRound(aidCase);
    expect(aidCase).toMatchObject({ approvals: [], awaitingLevel: null });
    startRound(aidCase, 'grassroots');
    expect(aidCase).toMatchObject({ approvals: [], awaitingLevel: 'industry' });
    takeStep(aidCase, center, step(600_000), POLICY, TODAY);
    reopenForReview(aidCase, 'grassroots');
    expect(aidCase).toMatchObject({
      status: 'submitted',
      approvals: [],
      approvedAmount: null,
      awaitingLevel: 'industry',
      noticeStartsOn: null,
      noticeEndsOn: null,
    });
  });
});
