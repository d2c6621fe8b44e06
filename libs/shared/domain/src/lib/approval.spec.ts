import {
  approvalPolicyProblems,
  firstReviewLevel,
  inNotice,
  isFinalStep,
  levelAtDepth,
  limitOf,
  nextLevelAfter,
  NO_POLICY,
  noticeDaysOf,
  withEveryNoticeSubject,
  noticeEndsOn,
  NOTICE_SUBJECTS,
  stepRefusal,
  type ApprovalLimit,
  type ApprovalPolicy,
} from './approval';
import { CASE_TYPES } from './cases';
import { maskIdentityNumber, maskName } from './masking';
import { UNIT_LEVELS, type UnitLevel } from './units';

/** Medical: grassroots 0, industry ¥5,000, center no limit; every other type without limits. */
function policy(medical: Partial<Record<UnitLevel, number | null>> = {}): ApprovalPolicy {
  const limits: Record<UnitLevel, number | null> = {
    grassroots: 0,
    industry: 500_000,
    center: null,
    ...medical,
  };
  return {
    limits: CASE_TYPES.flatMap((type) =>
      UNIT_LEVELS.map((level) => ({ type, level, limit: type === 'medical' ? limits[level] : null })),
    ),
    noticeDays: NOTICE_SUBJECTS.map((type) => ({ type, days: type === 'legal' ? 0 : 5 })),
    objectionContact: null,
  };
}

const fieldCodes = (p: ApprovalPolicy) => approvalPolicyProblems(p).map((problem) => problem.code);

describe('approval by level', () => {
  describe('isFinalStep', () => {
    it('is final exactly at the limit and not one fen above it', () => {
      expect(isFinalStep(policy(), 'medical', 'industry', 500_000)).toBe(true);
      expect(isFinalStep(policy(), 'medical', 'industry', 500_001)).toBe(false);
      expect(isFinalStep(policy(), 'medical', 'industry', 0)).toBe(true);
    });

    it('is final at a level of limit 0 only for nothing at all', () => {
      expect(isFinalStep(policy(), 'medical', 'grassroots', 0)).toBe(true);
      expect(isFinalStep(policy(), 'medical', 'grassroots', 1)).toBe(false);
    });

    it('is always final where the level has no limit (null), and without a policy', () => {
      expect(isFinalStep(policy(), 'medical', 'center', Number.MAX_SAFE_INTEGER)).toBe(true);
      expect(isFinalStep(policy(), 'hardship', 'grassroots', 99_999_999)).toBe(true);
      expect(isFinalStep(null, 'medical', 'grassroots', 99_999_999)).toBe(true);
      expect(isFinalStep(NO_POLICY, 'medical', 'grassroots', 99_999_999)).toBe(true);
    });

    it('reads a limit the policy does not name as no limit', () => {
      const partial: ApprovalPolicy = { limits: [], noticeDays: [] };
      expect(limitOf(partial, 'medical', 'industry')).toBeNull();
      expect(isFinalStep(partial, 'medical', 'industry', 1_000_000)).toBe(true);
    });
  });

  describe('stepRefusal', () => {
    const step = (level: UnitLevel, userId: string, amount: number) => ({ level, userId, amount });
    const created = { createdBy: 'creator', approvals: [] };

    it('lets anyone but the creator make the first step, at any level', () => {
      expect(stepRefusal(created, { id: 'creator', level: 'center' }, 100)).toBe('four_eyes');
      for (const level of UNIT_LEVELS) expect(stepRefusal(created, { id: 'r', level }, 100)).toBeNull();
    });

    it('never lets one user make two steps of a case', () => {
      const aidCase = { createdBy: 'creator', approvals: [step('industry', 'r1', 800_000)] };
      expect(stepRefusal(aidCase, { id: 'r1', level: 'center' }, 800_000)).toBe('four_eyes');
    });

    it('wants each step from a level above the last one', () => {
      const aidCase = { createdBy: 'creator', approvals: [step('industry', 'r1', 800_000)] };
      expect(stepRefusal(aidCase, { id: 'r2', level: 'industry' }, 800_000)).toBe('level');
      expect(stepRefusal(aidCase, { id: 'r2', level: 'grassroots' }, 800_000)).toBe('level');
      expect(stepRefusal(aidCase, { id: 'r2', level: 'center' }, 800_000)).toBeNull();
    });

    it('lets a later step lower the amount, never raise it', () => {
      const aidCase = { createdBy: 'creator', approvals: [step('industry', 'r1', 800_000)] };
      expect(stepRefusal(aidCase, { id: 'r2', level: 'center' }, 800_001)).toBe('amount_raised');
      expect(stepRefusal(aidCase, { id: 'r2', level: 'center' }, 600_000)).toBeNull();
    });

    it('compares with the last step, not the first', () => {
      const aidCase = {
        createdBy: 'creator',
        approvals: [step('grassroots', 'r0', 900_000), step('industry', 'r1', 700_000)],
      };
      expect(stepRefusal(aidCase, { id: 'r2', level: 'center' }, 800_000)).toBe('amount_raised');
      expect(stepRefusal(aidCase, { id: 'r2', level: 'center' }, 700_000)).toBeNull();
    });
  });

  describe('approvalPolicyProblems', () => {
    it('accepts a consistent policy, and a null (no limit) above a number', () => {
      expect(approvalPolicyProblems(policy())).toEqual([]);
      expect(approvalPolicyProblems(policy({ industry: null }))).toEqual([]);
      expect(approvalPolicyProblems(NO_POLICY)).toEqual([]);
    });

    it('wants the center without a limit', () => {
      const problems = approvalPolicyProblems(policy({ center: 9_000_000 }));
      expect(problems).toEqual([
        expect.objectContaining({
          code: 'center_no_limit',
          field: expect.stringMatching(/^limits\[\d+\]\.limit$/),
        }),
      ]);
    });

    it('refuses a higher level below a lower one', () => {
      expect(fieldCodes(policy({ grassroots: 600_000 }))).toEqual(['below_lower_level']);
      // A number above a lower level's null (no limit) is below it too.
      expect(fieldCodes(policy({ grassroots: null }))).toEqual(['below_lower_level']);
      // Equal limits are consistent.
      expect(fieldCodes(policy({ grassroots: 500_000 }))).toEqual([]);
    });

    it('names missing and repeated rows', () => {
      const full = policy();
      const withoutOne: ApprovalPolicy = {
        ...full,
        limits: full.limits.filter((row) => !(row.type === 'legal' && row.level === 'industry')),
        noticeDays: full.noticeDays.filter((row) => row.type !== 'file'),
      };
      expect(fieldCodes(withoutOne)).toEqual(['required', 'required']);
      const twice: ApprovalLimit = { type: 'medical', level: 'industry', limit: 500_000 };
      const repeated: ApprovalPolicy = {
        ...full,
        limits: [...full.limits, twice],
        noticeDays: [...full.noticeDays, { type: 'file', days: 3 }],
      };
      expect(approvalPolicyProblems(repeated)).toEqual([
        expect.objectContaining({ field: `limits[${full.limits.length}]`, code: 'distinct' }),
        expect.objectContaining({ field: `noticeDays[${full.noticeDays.length}]`, code: 'distinct' }),
      ]);
    });

    it('takes a policy without campaigns’ notice days, saved before campaigns existed, as none', () => {
      const full = policy();
      const older: ApprovalPolicy = {
        ...full,
        noticeDays: full.noticeDays.filter((row) => row.type !== 'campaign'),
      };
      expect(approvalPolicyProblems(older)).toEqual([]);
      expect(noticeDaysOf(older, 'campaign')).toBe(0);
      expect(withEveryNoticeSubject(older).noticeDays).toContainEqual({ type: 'campaign', days: 0 });
      expect(withEveryNoticeSubject(full)).toBe(full);
    });
  });

  describe('levels', () => {
    it('sends a grassroots case to its industry union first, other units’ to themselves', () => {
      expect(firstReviewLevel('grassroots')).toBe('industry');
      expect(firstReviewLevel('industry')).toBe('industry');
      expect(firstReviewLevel('center')).toBe('center');
    });

    it('hands a step that is not final to the level above', () => {
      expect(nextLevelAfter('grassroots')).toBe('industry');
      expect(nextLevelAfter('industry')).toBe('center');
      expect(nextLevelAfter('center')).toBeNull();
    });

    it('reads a level from a depth in the tree', () => {
      expect([1, 2, 3].map(levelAtDepth)).toEqual(['center', 'industry', 'grassroots']);
      expect(() => levelAtDepth(4)).toThrow();
    });
  });

  describe('public notice', () => {
    it('ends the given number of days after the approval, or not at all for 0 days', () => {
      expect(noticeEndsOn('2026-11-30', 5)).toBe('2026-12-05');
      expect(noticeEndsOn('2026-12-29', 5)).toBe('2027-01-03');
      expect(noticeEndsOn('2026-11-30', 0)).toBeNull();
    });

    it('is in notice until the last day included', () => {
      const record = { noticeEndsOn: '2026-12-05' };
      expect(inNotice(record, '2026-11-30')).toBe(true);
      expect(inNotice(record, '2026-12-05')).toBe(true);
      expect(inNotice(record, '2026-12-06')).toBe(false);
      expect(inNotice({ noticeEndsOn: null }, '2026-11-30')).toBe(false);
    });

    it('reads the days of each subject, 0 when the policy does not name it', () => {
      expect(noticeDaysOf(policy(), 'medical')).toBe(5);
      expect(noticeDaysOf(policy(), 'file')).toBe(5);
      expect(noticeDaysOf(policy(), 'legal')).toBe(0);
      expect(noticeDaysOf({ limits: [], noticeDays: [] }, 'medical')).toBe(0);
    });
  });

  describe('masking', () => {
    it('keeps the first and last character of a name', () => {
      expect(maskName('张三国')).toBe('张*国');
      expect(maskName('欧阳小明')).toBe('欧**明');
      expect(maskName(' 张三国 ')).toBe('张*国');
    });

    it('keeps the first character of a two-character name, and nothing of one character', () => {
      expect(maskName('李四')).toBe('李*');
      expect(maskName('王')).toBe('*');
      expect(maskName('')).toBe('*');
    });

    it('masks an identity number to its region and last four', () => {
      expect(maskIdentityNumber('34110219800101123X')).toBe('341102********123X');
    });
  });
});
