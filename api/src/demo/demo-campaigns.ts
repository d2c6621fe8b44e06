import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { todayInCenter } from '@worker-aid/shared/domain';
import { AuthService } from '@worker-aid/api/auth';
import { CampaignsService } from '@worker-aid/api/campaigns';
import { FundsService } from '@worker-aid/api/funds';
import { User } from '@worker-aid/api/users';

/**
 * This year's festival condolence campaign (两节送温暖), opened by the demo's manager at the
 * center and paid from the union's aid budget: a draft whose roster is built over the demo's
 * active files, ready for exclusions, amounts and submission, and the fund's allocation that
 * covers it. Runs after the files and the approval policy; once only.
 */
export async function seedDemoCampaigns(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const year = Number(todayInCenter().slice(0, 4));
  // The history holds the festival campaigns of past years: this one is looked for by its year.
  const [{ count }] = await dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM campaign WHERE kind = 'festival' AND year = $1`,
    [year],
  );
  if (count > 0) return;
  const [fund] = await dataSource.query<{ id: string }[]>('SELECT id FROM fund WHERE code = $1', [
    `UNION-${year}`,
  ]);
  if (!fund) return;
  const user = await dataSource.getRepository(User).findOneByOrFail({ username: 'manager' });
  const manager = await app.get(AuthService).principalOf(user.id);
  const campaigns = app.get(CampaignsService);
  const campaign = await campaigns.create(manager, {
    name: `${year}年"两节"送温暖`,
    kind: 'festival',
    fundId: fund.id,
    year,
    eligibility: { tiers: ['deep', 'relative', 'sudden'] },
    amounts: [
      { tier: 'deep', amount: 150_000 },
      { tier: 'relative', amount: 100_000 },
      { tier: 'sudden', amount: 80_000 },
    ],
  });
  const roster = await campaigns.buildRoster(manager, campaign.id);
  // The campaign's own allocation (专项拨款), so that a reviewer can approve the roster as built.
  const finance = await dataSource.getRepository(User).findOneByOrFail({ username: 'finance' });
  await app.get(FundsService).allocate(await app.get(AuthService).principalOf(finance.id), fund.id, {
    amount: roster.amount,
    note: `${year}年"两节"送温暖专项拨款`,
  });
}
