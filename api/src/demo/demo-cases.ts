import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkCharacterOf, todayInCenter, type CaseDetails, type CaseType } from '@worker-aid/shared/domain';
import { AuthService } from '@worker-aid/api/auth';
import { CasesService } from '@worker-aid/api/cases';
import { DisbursementsService, FundsService } from '@worker-aid/api/funds';
import { User } from '@worker-aid/api/users';
import { idNumberIndex, WorkersService } from '@worker-aid/api/workers';

interface DemoWorker {
  name: string;
  birth: string;
  sequence: string;
  employer: string;
  migrantWorker: boolean;
  caseworker: 'caseworker' | 'caseworker2';
  cases: {
    type: CaseType;
    requested: number;
    summary: string;
    details: CaseDetails;
    /** How far the case has come: `approved` means submitted then approved by the reviewer above. */
    progress: 'draft' | 'submitted' | 'approved' | 'returned' | 'half-paid';
  }[];
}

/** A few hardship workers of the two demo workstations, with cases at every stage. */
const DEMO_WORKERS: DemoWorker[] = [
  {
    name: '王秀英',
    birth: '19720314',
    sequence: '026',
    employer: '滁州市第二纺织厂',
    migrantWorker: false,
    caseworker: 'caseworker',
    cases: [
      {
        type: 'medical',
        requested: 2_000_000,
        summary: '丈夫长期住院治疗，家庭因病致贫',
        progress: 'submitted',
        details: {
          hospital: '滁州市第一人民医院',
          diagnosis: '慢性肾衰竭（尿毒症期）',
          totalCost: 8_650_000,
          insuranceReimbursed: 5_190_000,
          outOfPocket: 3_460_000,
        },
      },
    ],
  },
  {
    name: '张建国',
    birth: '19780902',
    sequence: '153',
    employer: '琅琊区某建筑劳务公司',
    migrantWorker: true,
    caseworker: 'caseworker',
    cases: [
      {
        type: 'legal',
        requested: 0,
        summary: '被拖欠2025年全年工资，申请法律援助',
        progress: 'approved',
        details: {
          disputeKind: 'wage_arrears',
          opposingParty: '滁州某建筑劳务有限公司',
          amountClaimed: 4_860_000,
        },
      },
      {
        type: 'hardship',
        requested: 300_000,
        summary: '欠薪期间家庭生活困难，申请临时生活救助',
        progress: 'draft',
        details: { cause: 'unemployment', householdSize: 4, monthlyHouseholdIncome: 150_000 },
      },
    ],
  },
  {
    name: '李梅',
    birth: '19830521',
    sequence: '248',
    employer: '滁州市公交集团',
    migrantWorker: false,
    caseworker: 'caseworker',
    cases: [
      {
        type: 'education',
        requested: 500_000,
        summary: '单亲家庭，女儿考入安徽大学，申请金秋助学',
        progress: 'returned',
        details: {
          childName: '李欣然',
          school: '安徽大学',
          level: 'university',
          schoolYear: '2026-2027',
          tuition: 550_000,
        },
      },
    ],
  },
  {
    name: '陈大勇',
    birth: '19690110',
    sequence: '317',
    employer: '市第一人民医院后勤服务公司',
    migrantWorker: true,
    caseworker: 'caseworker2',
    cases: [
      {
        type: 'hardship',
        requested: 500_000,
        summary: '工伤后收入骤减，申请生活救助',
        progress: 'submitted',
        details: { cause: 'disability', householdSize: 3, monthlyHouseholdIncome: 180_000 },
      },
    ],
  },
  {
    name: '刘桂芳',
    birth: '19660823',
    sequence: '442',
    employer: '滁州中学后勤服务中心',
    migrantWorker: false,
    caseworker: 'caseworker',
    cases: [
      {
        type: 'medical',
        requested: 1_200_000,
        summary: '术后治疗期间自付费用高，申请医疗救助',
        progress: 'half-paid',
        details: {
          hospital: '滁州市第一人民医院',
          diagnosis: '乳腺癌（术后化疗）',
          totalCost: 6_480_000,
          insuranceReimbursed: 4_210_000,
          outOfPocket: 2_270_000,
        },
      },
    ],
  },
];

/**
 * This year's funds the demo pays from: the union's own aid budget and the central lottery
 * public-welfare fund. The city's history has usually set them up already.
 */
function demoFunds(year: string) {
  return [
    {
      code: `UNION-${year}`,
      name: `工会帮扶专项资金（${year}年度）`,
      source: 'union_budget',
      allocation: 50_000_000,
    },
    {
      code: `LOTTERY-${year}`,
      name: '中央专项彩票公益金（法律援助）',
      source: 'lottery_fund',
      allocation: 21_300_000,
    },
  ] as const;
}

const identityNumberOf = (demo: DemoWorker) => {
  const first17 = `341102${demo.birth}${demo.sequence}`;
  return first17 + checkCharacterOf(first17);
};

/** Registers the demo workers and their cases through the services, so every rule and audit line applies. */
export async function seedDemoCases(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const [{ seeded }] = await dataSource.query<{ seeded: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM worker WHERE id_number_index = $1) AS seeded',
    [idNumberIndex(identityNumberOf(DEMO_WORKERS[0]))],
  );
  if (seeded) return;
  const auth = app.get(AuthService);
  const principal = async (username: string) => {
    const user = await dataSource.getRepository(User).findOneByOrFail({ username });
    return auth.principalOf(user.id);
  };
  const workers = app.get(WorkersService);
  const cases = app.get(CasesService);
  const reviewer = await principal('reviewer');
  const manager = await principal('manager');
  const admin = await principal('admin');
  const finance = await principal('finance');
  const fundsService = app.get(FundsService);
  const today = todayInCenter();
  const funds: { id: string }[] = [];
  for (const demo of demoFunds(today.slice(0, 4))) {
    const [existing] = await dataSource.query<{ id: string }[]>('SELECT id FROM fund WHERE code = $1', [
      demo.code,
    ]);
    if (existing) {
      funds.push(existing);
      continue;
    }
    const fund = await fundsService.create(admin, { code: demo.code, name: demo.name, source: demo.source });
    await fundsService.allocate(finance, fund.id, { amount: demo.allocation, note: '年度预算下拨' });
    funds.push(fund);
  }

  for (const demo of DEMO_WORKERS) {
    const caseworker = await principal(demo.caseworker);
    const worker = await workers.register(caseworker, {
      name: demo.name,
      idNumber: identityNumberOf(demo),
      unitId: caseworker.unitId,
      employer: demo.employer,
      migrantWorker: demo.migrantWorker,
      phone: `13905${demo.birth.slice(2)}`,
      bankAccount: `6222021${demo.birth}${demo.sequence}`,
    });
    for (const c of demo.cases) {
      const created = await cases.create(caseworker, {
        type: c.type,
        workerId: worker.id,
        requestedAmount: c.requested,
        summary: c.summary,
        details: c.details,
      });
      if (c.progress === 'draft') continue;
      await cases.transition(caseworker, created.id, { action: 'submit' });
      // The reviewer sits at the education union; cases elsewhere go to the center's manager.
      const decider = caseworker.unitPath.startsWith(reviewer.unitPath) ? reviewer : manager;
      if (c.progress === 'approved' || c.progress === 'half-paid') {
        await cases.transition(decider, created.id, {
          action: 'approve',
          body: { approvedAmount: c.requested, comment: '情况属实，同意救助' },
        });
        if (c.progress === 'half-paid') {
          await app.get(DisbursementsService).pay(
            finance,
            created.id,
            {
              amount: c.requested / 2,
              fundId: funds[0].id,
              method: 'bank',
              paidOn: today,
              reference: `滁工帮〔${today.slice(0, 4)}〕1号`,
            },
            `demo-${created.id}`,
          );
        }
      } else if (c.progress === 'returned') {
        await cases.transition(decider, created.id, {
          action: 'return',
          body: { comment: '请补充录取通知书复印件' },
        });
      }
    }
  }
}

/** The identity numbers of the demo workers registered here, for the demo's other seeders. */
export function demoWorkerIdNumbers(): string[] {
  return DEMO_WORKERS.map(identityNumberOf);
}
