import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  dayDaysAfter,
  dayYearsAfter,
  FILE_HARDSHIP_CAUSES,
  followUpDueDates,
  formatFileNumber,
  hardshipTier,
  perCapitaIncome,
  RELATIVE_MULTIPLE_TENTHS,
  SUDDEN_SHARE_PERCENT,
  todayInCenter,
  type FileExitReason,
  type FileHardshipCause,
  type FileMember,
  type FileStatus,
  type HardshipStandard,
  type MemberHealth,
  type MemberRelation,
  type MemberWork,
} from '@worker-aid/shared/domain';
import { FileEvent, FileFollowUpVisit, HardshipFile } from '@worker-aid/api/files';
import { WorkersService } from '@worker-aid/api/workers';
import { DEMO_STANDARDS } from './demo-standards';
import { FEMALE_GIVEN, MALE_GIVEN } from './history/history-vocabulary';
import { seededRandom, type Random } from './history/seeded-random';

/** How many households the demo city has on file, over the last two years. */
const DEMO_FILE_COUNT = 1_200;
/** Extra households in the two demo workstations, so the demo caseworkers see every state. */
const WORKSTATION_FILE_COUNT = 40;
const WORKSTATIONS = ['CZ-EDU-01', 'CZ-HEALTH-01'];

type Plan = 'draft' | 'submitted' | 'returned' | 'rejected' | 'withdrawn' | 'active' | 'overdue' | 'closed';
const PLAN_WEIGHTS: [Plan, number][] = [
  ['active', 52],
  ['overdue', 4],
  ['closed', 22],
  ['draft', 6],
  ['submitted', 7],
  ['returned', 3],
  ['rejected', 4],
  ['withdrawn', 2],
];
const EXIT_WEIGHTS: [FileExitReason, number][] = [
  ['income_above_line', 40],
  ['reemployed', 30],
  ['retired', 12],
  ['moved_away', 8],
  ['deceased', 5],
  ['other', 5],
];

interface Staff {
  creator: string;
  approver: string;
}

/**
 * Hardship files for the demo on its first start: households across tiers and states over the
 * last two years — some due for their annual review, some closed with follow-up visits due, a
 * few that relapsed and were filed again — with their history. Written in bulk like the
 * history; tiers computed by the shared rule with the standard in force on the day.
 */
export async function seedDemoFiles(app: INestApplication, now = new Date()): Promise<void> {
  const dataSource = app.get(DataSource);
  const [{ seeded }] = await dataSource.query<{ seeded: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM hardship_file) AS seeded`,
  );
  if (seeded) return;
  const random = seededRandom(20261129);
  const today = todayInCenter(now);
  const workers = await pickWorkers(dataSource, random);
  const names = await app.get(WorkersService).namesOf(workers.map((worker) => worker.id));
  const users = new Map(
    (await dataSource.query<{ id: string; username: string }[]>(`SELECT id, username FROM app_user`)).map(
      (user) => [user.username, user.id],
    ),
  );
  const staffOf = (unitCode: string): Staff => ({
    creator: users.get(unitCode === 'CZ-HEALTH-01' ? 'caseworker2' : 'caseworker') ?? '',
    approver: users.get(unitCode.startsWith('CZ-EDU') ? 'reviewer' : 'manager') ?? '',
  });
  const seed = new FileSeed(random, today);
  for (const worker of workers) {
    seed.household(worker.id, worker.unitId, names.get(worker.id) ?? '', staffOf(worker.unitCode));
  }
  await dataSource.transaction(async (manager) => seed.write(manager));
}

async function pickWorkers(
  dataSource: DataSource,
  random: Random,
): Promise<{ id: string; unitId: string; unitCode: string }[]> {
  // Workers are the workers feature's; the demo reads ids and units only, as the history does.
  const rows = await dataSource.query<{ id: string; unitId: string; unitCode: string }[]>(
    `SELECT w.id, w.unit_id AS "unitId", u.code AS "unitCode" FROM worker w JOIN unit u ON u.id = w.unit_id ORDER BY w.id`,
  );
  const inWorkstations = rows.filter((row) => WORKSTATIONS.includes(row.unitCode));
  const chosen = new Set(random.sample(inWorkstations, WORKSTATION_FILE_COUNT).map((row) => row.id));
  for (const row of random.sample(rows, DEMO_FILE_COUNT)) chosen.add(row.id);
  return rows.filter((row) => chosen.has(row.id));
}

type FileRow = Omit<HardshipFile, 'listSeq' | 'createdAt' | 'updatedAt'> & {
  createdAt: Date;
  updatedAt: Date;
};
type EventRow = Omit<FileEvent, 'id' | 'detail'>;

/** Plans each household's file (and its relapse), then writes them all in a few statements. */
class FileSeed {
  private readonly files: FileRow[] = [];
  private readonly events: EventRow[] = [];
  private readonly visits: Omit<FileFollowUpVisit, 'id'>[] = [];

  constructor(
    private readonly random: Random,
    private readonly today: string,
  ) {}

  household(workerId: string, unitId: string, name: string, staff: Staff): void {
    const plan = this.random.weighted(PLAN_WEIGHTS);
    const created = dayDaysAfter(
      this.today,
      -this.random.int(plan === 'active' || plan === 'closed' ? 40 : 1, 720),
    );
    const inTier = plan !== 'draft' || this.random.chance(0.8);
    const file = this.newFile(workerId, unitId, name, staff.creator, created, inTier);
    this.event(file, created, staff.creator, 'create', null, 'draft');
    if (plan === 'draft') return;
    const submitted = this.later(created, 1, 5);
    this.event(file, submitted, staff.creator, 'submit', 'draft', 'submitted');
    if (plan === 'withdrawn') return this.step(file, submitted, staff.creator, 'withdraw', 'withdrawn');
    if (plan === 'submitted') return this.step(file, submitted, staff.creator, null, 'submitted');
    const decided = this.later(submitted, 2, 20);
    if (plan === 'returned')
      return this.step(file, decided, staff.approver, 'return', 'returned', '请补充收入证明和医院诊断证明');
    if (plan === 'rejected')
      return this.step(file, decided, staff.approver, 'reject', 'rejected', '经入户核实，家庭情况与申报不符');
    this.step(file, decided, staff.approver, 'approve', 'active');
    file.activeSince = decided;
    file.reviewDueOn = dayYearsAfter(decided, 1);
    // Households reviewed on time each year, but for the overdue few.
    while (plan !== 'overdue' && file.reviewDueOn < this.today && this.random.chance(0.97)) {
      const reviewed =
        file.reviewDueOn > dayDaysAfter(this.today, -20)
          ? file.reviewDueOn
          : this.later(file.reviewDueOn, -20, 0);
      file.lastReviewedOn = reviewed;
      file.reviewDueOn = dayYearsAfter(reviewed, 1);
      this.event(file, reviewed, staff.creator, 'review', 'active', 'active');
    }
    if (plan === 'closed') this.close(file, staff);
  }

  private close(file: FileRow, staff: Staff): void {
    const earliest = file.lastReviewedOn ?? file.activeSince ?? this.today;
    const closedOn = this.later(earliest, 30, Math.max(31, daysBetween(earliest, this.today)));
    if (closedOn > this.today) return;
    const reason = this.random.weighted(EXIT_WEIGHTS);
    Object.assign(file, { status: 'closed', closedOn, exitReason: reason, reviewDueOn: null });
    this.event(file, closedOn, staff.creator, 'exit', 'active', 'closed');
    for (const dueOn of followUpDueDates(closedOn, reason)) {
      const done = dueOn <= this.today && this.random.chance(0.75);
      const relapsed = done && this.random.chance(0.12);
      const doneOn = done ? this.later(dueOn, -10, 5) : null;
      const visit = {
        fileId: file.id,
        dueOn,
        doneOn: doneOn && doneOn > this.today ? this.today : doneOn,
        relapsed: done ? relapsed : null,
        note: done ? (relapsed ? '家庭成员再次患病，收入骤降' : '生活稳定，无返困迹象') : null,
        visitedBy: done ? staff.creator : null,
        reopenedFileId: null as string | null,
      };
      this.visits.push(visit);
      if (!visit.doneOn) continue;
      this.event(file, visit.doneOn, staff.creator, 'follow_up', 'closed', 'closed', visit.note);
      if (relapsed) {
        const reopened = this.reopen(file, visit.doneOn, staff);
        visit.reopenedFileId = reopened.id;
        return;
      }
    }
  }

  private reopen(old: FileRow, day: string, staff: Staff): FileRow {
    const file: FileRow = { ...old, id: randomUUID(), status: 'draft', reopenedFromId: old.id, fileNo: '' };
    Object.assign(file, {
      activeSince: null,
      reviewDueOn: null,
      lastReviewedOn: null,
      closedOn: null,
      exitReason: null,
    });
    Object.assign(file, { exitNote: null, createdAt: at(day, 16), updatedAt: at(day, 16) });
    this.files.push(file);
    this.event(file, day, staff.creator, 'reopen', null, 'draft');
    return file;
  }

  private newFile(
    workerId: string,
    unitId: string,
    name: string,
    creator: string,
    day: string,
    inTier: boolean,
  ): FileRow {
    const standard = standardOn(day);
    let household = this.householdOf(name);
    for (let tries = 0; tries < 20 && inTier === (tier(household, standard) === 'none'); tries += 1) {
      household = this.householdOf(name);
    }
    const file: FileRow = {
      id: randomUUID(),
      fileNo: '',
      workerId,
      unitId,
      status: 'draft',
      tier: tier(household, standard),
      perCapitaIncome: perCapitaIncome(household.members, household.monthlyRigidExpenses),
      povertyLine: standard.povertyLine,
      relativeMultipleTenths: standard.relativeMultipleTenths,
      suddenSharePercent: standard.suddenSharePercent,
      ...household,
      note: null,
      activeSince: null,
      noticeStartsOn: null,
      noticeEndsOn: null,
      reviewDueOn: null,
      lastReviewedOn: null,
      closedOn: null,
      exitReason: null,
      exitNote: null,
      reopenedFromId: null,
      createdBy: creator,
      createdAt: at(day, 9),
      updatedAt: at(day, 9),
    };
    this.files.push(file);
    return file;
  }

  private householdOf(selfName: string) {
    const random = this.random;
    const selfBirth = random.int(1966, 1992);
    const members: FileMember[] = [
      member(selfName, 'self', selfBirth, random.weighted(HEALTH), random.weighted(SELF_WORK), random),
    ];
    const surname = [...selfName][0] ?? '王';
    if (random.chance(0.75)) {
      members.push(
        member(
          surname + this.given(),
          'spouse',
          selfBirth + random.int(-4, 4),
          random.weighted(HEALTH),
          random.weighted(SELF_WORK),
          random,
        ),
      );
    }
    for (let child = random.int(0, 2); child > 0; child -= 1) {
      const born = random.int(Math.max(selfBirth + 20, 1995), 2023);
      members.push(
        member(
          surname + this.given(),
          'child',
          born,
          random.weighted(HEALTH),
          born > 2019 ? 'preschool' : 'student',
          random,
        ),
      );
    }
    if (random.chance(0.25)) {
      members.push(
        member(
          this.given() + this.given(),
          'parent',
          selfBirth - random.int(22, 32),
          random.weighted(HEALTH),
          'retired',
          random,
        ),
      );
    }
    const causes = random.sample(FILE_HARDSHIP_CAUSES, random.int(1, 3));
    const mainCause = causes[0] as FileHardshipCause;
    const sick = members.some((m) => m.health === 'serious' || m.health === 'chronic');
    // Rigid expenses seldom exceed what the household earns (a negative per-capita income is rare).
    const earned = members.reduce((sum, m) => sum + m.monthlyIncome, 0);
    const rigid = random.int(0, sick ? 1_500 : 600) * 100;
    return {
      members,
      monthlyRigidExpenses: random.chance(0.9)
        ? Math.min(rigid, Math.floor((earned * 0.6) / 100) * 100)
        : rigid,
      suddenExpenses12m: random.chance(0.12) ? random.int(20_000, 150_000) * 100 : 0,
      mainCause,
      secondaryCauses: causes.slice(1) as FileHardshipCause[],
    };
  }

  private given(): string {
    return this.random.pick(this.random.chance(0.5) ? MALE_GIVEN : FEMALE_GIVEN);
  }

  private later(day: string, min: number, max: number): string {
    const next = dayDaysAfter(day, this.random.int(min, max));
    return next > this.today ? this.today : next;
  }

  /** A step that ends (or leaves) the file in `status`. */
  private step(
    file: FileRow,
    day: string,
    actor: string,
    action: string | null,
    status: FileStatus,
    comment: string | null = null,
  ): void {
    if (action) this.event(file, day, actor, action, file.status, status, comment);
    file.status = status;
    file.updatedAt = at(day, 15);
  }

  private event(
    file: FileRow,
    day: string,
    actorId: string,
    action: string,
    fromStatus: FileStatus | null,
    toStatus: FileStatus,
    comment: string | null = null,
  ): void {
    this.events.push({
      fileId: file.id,
      at: at(day, 10 + (this.events.length % 7)),
      actorId,
      action,
      fromStatus,
      toStatus,
      comment,
    });
  }

  async write(manager: EntityManager): Promise<void> {
    this.files.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const perYear = new Map<number, number>();
    for (const file of this.files) {
      const year = Number(todayInCenter(file.createdAt).slice(0, 4));
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      file.fileNo = formatFileNumber(year, sequence);
    }
    // In creation order, so the list (newest first) reads like the center's year; the
    // entity's transformers encrypt the members' names.
    for (let start = 0; start < this.files.length; start += 500) {
      await manager.getRepository(HardshipFile).insert(this.files.slice(start, start + 500));
    }
    for (const [year, last] of perYear) {
      await manager.query(
        `INSERT INTO file_number_counter (year, last_value) VALUES ($1, $2)
         ON CONFLICT (year) DO UPDATE SET last_value = GREATEST(file_number_counter.last_value, $2)`,
        [year, last],
      );
    }
    this.events.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let start = 0; start < this.events.length; start += 2_000) {
      await manager.getRepository(FileEvent).insert(this.events.slice(start, start + 2_000));
    }
    if (this.visits.length > 0) await manager.getRepository(FileFollowUpVisit).insert(this.visits);
  }
}

const HEALTH: [MemberHealth, number][] = [
  ['healthy', 55],
  ['chronic', 25],
  ['serious', 12],
  ['disabled', 8],
];
const SELF_WORK: [MemberWork, number][] = [
  ['employed', 55],
  ['unemployed', 30],
  ['unable', 10],
  ['retired', 5],
];

function member(
  name: string,
  relation: MemberRelation,
  birthYear: number,
  health: MemberHealth,
  work: MemberWork,
  random: Random,
): FileMember {
  const earning =
    work === 'employed' ? random.int(1_200, 3_800) : work === 'retired' ? random.int(900, 2_400) : 0;
  return { name, relation, birthYear, health, work, monthlyIncome: earning * 100 };
}

function tier(household: ReturnType<FileSeed['householdOf']>, standard: HardshipStandard) {
  return hardshipTier(household, standard);
}

function standardOn(day: string): HardshipStandard {
  const inForce =
    [...DEMO_STANDARDS].reverse().find((standard) => standard.effectiveFrom <= day) ?? DEMO_STANDARDS[0];
  return {
    povertyLine: inForce.povertyLineYuan * 100,
    relativeMultipleTenths: RELATIVE_MULTIPLE_TENTHS.default,
    suddenSharePercent: SUDDEN_SHARE_PERCENT.default,
  };
}

/** China Standard Time at an hour of a day, but never after now. */
function at(day: string, hour: number): Date {
  const time = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  return time.getTime() > Date.now() ? new Date() : time;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
