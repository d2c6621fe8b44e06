import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CASE_TYPES,
  checkCharacterOf,
  dayDaysAfter,
  todayInCenter,
  type ApprovalPolicy,
  type CaseDetails,
  type CaseType,
  type NoticeSubject,
  type UnitLevel,
} from '@worker-aid/shared/domain';
import type { Principal } from '@worker-aid/api/core';
import { ApprovalPolicyService } from '@worker-aid/api/approvals';
import { AuthService } from '@worker-aid/api/auth';
import { CasesService } from '@worker-aid/api/cases';
import { FilesService } from '@worker-aid/api/files';
import { User } from '@worker-aid/api/users';
import { WorkersService } from '@worker-aid/api/workers';

/** Yuan an industry union may approve as final, per aid type (DOMAIN.md's example); grassroots 0, the center no limit. */
const INDUSTRY_LIMIT_YUAN: Readonly<Record<CaseType, number>> = {
  hardship: 2_000,
  medical: 5_000,
  education: 3_000,
  legal: 2_000,
};

const NOTICE_DAYS: Readonly<Record<NoticeSubject, number>> = {
  hardship: 5,
  medical: 5,
  education: 5,
  legal: 0,
  file: 5,
  campaign: 5,
};

/** The demo's policy: DOMAIN.md's example limits, five days of notice (none for legal aid). */
export const DEMO_APPROVAL_POLICY: ApprovalPolicy = {
  limits: CASE_TYPES.flatMap((type) =>
    (['grassroots', 'industry', 'center'] as UnitLevel[]).map((level) => ({
      type,
      level,
      limit: level === 'grassroots' ? 0 : level === 'industry' ? INDUSTRY_LIMIT_YUAN[type] * 100 : null,
    })),
  ),
  noticeDays: (Object.keys(NOTICE_DAYS) as NoticeSubject[]).map((type) => ({
    type,
    days: NOTICE_DAYS[type],
  })),
  objectionContact:
    '滁州市总工会困难职工帮扶中心（滁州市琅琊区会峰西路工人文化宫二楼；电话 0550-0000000，工作日 8:30–17:30），可书面、电话或来访反映。',
};

interface DemoCase {
  name: string;
  birth: string;
  sequence: string;
  type: CaseType;
  requested: number;
  summary: string;
  details: CaseDetails;
  /**
   * `onward`: the industry union approved it above its limit, the center's step is awaited;
   * `in-notice`: approved, its notice runs (`noticeDaysAgo` days ago it began);
   * `objected`: approved, then an objection sent it back to review.
   */
  stage: 'onward' | 'in-notice' | 'objected';
  noticeBeganDaysAgo?: number;
}

/** Cases of the education union's workstation that went through the policy after it was set. */
const DEMO_CASES: DemoCase[] = [
  {
    name: '赵丽娟',
    birth: '19750418',
    sequence: '524',
    type: 'medical',
    requested: 800_000,
    summary: '女儿白血病住院化疗，家庭因病致贫',
    stage: 'onward',
    details: {
      hospital: '安徽省儿童医院',
      diagnosis: '急性淋巴细胞白血病',
      totalCost: 12_800_000,
      insuranceReimbursed: 8_960_000,
      outOfPocket: 3_840_000,
    },
  },
  {
    name: '孙志强',
    birth: '19800307',
    sequence: '611',
    type: 'hardship',
    requested: 150_000,
    summary: '妻子下岗，孩子上学，家庭生活困难',
    stage: 'in-notice',
    noticeBeganDaysAgo: 0,
    details: { cause: 'unemployment', householdSize: 3, monthlyHouseholdIncome: 210_000 },
  },
  {
    name: '周海燕',
    birth: '19790925',
    sequence: '728',
    type: 'education',
    requested: 300_000,
    summary: '儿子考入滁州学院，申请助学金',
    stage: 'in-notice',
    noticeBeganDaysAgo: 4,
    details: {
      childName: '周子墨',
      school: '滁州学院',
      level: 'university',
      schoolYear: '2026-2027',
      tuition: 480_000,
    },
  },
  {
    name: '吴国平',
    birth: '19710612',
    sequence: '835',
    type: 'hardship',
    requested: 180_000,
    summary: '突发脑梗后无法工作，申请生活救助',
    stage: 'in-notice',
    noticeBeganDaysAgo: 6,
    details: { cause: 'illness', householdSize: 2, monthlyHouseholdIncome: 160_000 },
  },
  {
    name: '郑小红',
    birth: '19860130',
    sequence: '942',
    type: 'medical',
    requested: 400_000,
    summary: '丈夫车祸骨折手术，自付费用较高',
    stage: 'objected',
    details: {
      hospital: '滁州市第一人民医院',
      diagnosis: '股骨干骨折（术后）',
      totalCost: 3_600_000,
      insuranceReimbursed: 2_200_000,
      outOfPocket: 1_400_000,
    },
  },
];

/**
 * Sets the demo's approval policy once, then logs a few cases through it: one approved by the
 * education union and awaiting the center, three in notice (one just begun, one ending
 * tomorrow, one over and ready to pay), one sent back by an objection; and a household filed
 * today, in notice too. Runs after the other
 * seeders, so their cases are from before the policy, as on an upgraded installation.
 */
export async function seedDemoApprovals(app: INestApplication): Promise<void> {
  const policies = app.get(ApprovalPolicyService);
  if (await policies.current()) return;
  const dataSource = app.get(DataSource);
  const principal = async (username: string): Promise<Principal> => {
    const user = await dataSource.getRepository(User).findOneByOrFail({ username });
    return app.get(AuthService).principalOf(user.id);
  };
  const [admin, caseworker, reviewer] = await Promise.all(['admin', 'caseworker', 'reviewer'].map(principal));
  await policies.put(admin, DEMO_APPROVAL_POLICY);

  const workers = app.get(WorkersService);
  const cases = app.get(CasesService);
  const today = todayInCenter();
  for (const demo of DEMO_CASES) {
    const first17 = `341102${demo.birth}${demo.sequence}`;
    const worker = await workers.register(caseworker, {
      name: demo.name,
      idNumber: first17 + checkCharacterOf(first17),
      unitId: caseworker.unitId,
      employer: '滁州市教育系统',
      bankAccount: `6222021${demo.birth}${demo.sequence}`,
    });
    const created = await cases.create(caseworker, {
      type: demo.type,
      workerId: worker.id,
      requestedAmount: demo.requested,
      summary: demo.summary,
      details: demo.details,
    });
    await cases.transition(caseworker, created.id, { action: 'submit' });
    const approve = (who: Principal, comment: string) =>
      cases.transition(who, created.id, {
        action: 'approve',
        body: { approvedAmount: demo.requested, comment },
      });
    await approve(reviewer, '经入户核实，情况属实，同意救助');
    if (demo.stage === 'onward') continue;
    if (demo.stage === 'objected') {
      await cases.object(caseworker, created.id, {
        content: '群众来电反映：该职工配偶名下另有经营性收入，请核实。',
        receivedVia: 'phone',
      });
      continue;
    }
    // A notice that began some days ago: the days written as if the case had been approved then.
    const began = dayDaysAfter(today, -(demo.noticeBeganDaysAgo ?? 0));
    await dataSource.query(
      `UPDATE aid_case SET notice_starts_on = $2, notice_ends_on = $3 WHERE id = $1 AND notice_ends_on IS NOT NULL`,
      [created.id, began, dayDaysAfter(began, NOTICE_DAYS[demo.type])],
    );
  }
  // A household the education union files today: posted for the files' notice days.
  const [file] = await dataSource.query<{ id: string }[]>(
    `SELECT f.id FROM hardship_file f JOIN unit u ON u.id = f.unit_id
     WHERE f.status = 'submitted' AND u.path LIKE $1 AND f.created_by <> $2 ORDER BY f.list_seq LIMIT 1`,
    [`${reviewer.unitPath}%`, reviewer.id],
  );
  if (file) await app.get(FilesService).transition(reviewer, file.id, { action: 'approve' });
}
