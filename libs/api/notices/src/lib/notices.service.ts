import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOTICE_ITEMS_MAX, todayInCenter, type NoticeItem } from '@worker-aid/shared/domain';
import { Access, type ListScope, type Principal } from '@worker-aid/api/core';
import { ApprovalPolicyService } from '@worker-aid/api/approvals';
import { AuditService } from '@worker-aid/api/audit';
import { CampaignNoticeQueries } from '@worker-aid/api/campaigns';
import { CaseNoticeQueries } from '@worker-aid/api/cases';
import { FileNoticeQueries } from '@worker-aid/api/files';
import { UnitsService } from '@worker-aid/api/units';
import { WorkerPostingQueries } from '@worker-aid/api/workers';
import { noticeRosterXlsx } from './notice-roster';
import { ROSTER_LABELS } from './notice-labels';
import type { NoticeQueryDto, RosterQueryDto } from './notices.dto';

/** A line before its worker and unit are named, with what it is sorted by. */
interface Line extends Omit<NoticeItem, 'name' | 'idNumber' | 'unitName'> {
  workerId: string;
  unitPath: string;
  /** After unit and last day: the case or file number, or the campaign's name and the line's number. */
  order: readonly [string, number];
}

export interface RosterFile {
  file: Buffer;
  /** The name in the reader's words, and an ASCII one for old clients. */
  displayName: string;
  asciiName: string;
}

/**
 * Public notice (公示): the approved cases, hardship files and campaign lines of a unit's subtree
 * whose notice has not ended, with names and identity numbers masked by the one shared rule, as a
 * list and as the roster to post. The cases, files, campaigns and workers features answer through
 * their readers.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: Access,
    private readonly cases: CaseNoticeQueries,
    private readonly files: FileNoticeQueries,
    private readonly campaigns: CampaignNoticeQueries,
    private readonly workers: WorkerPostingQueries,
    private readonly units: UnitsService,
    private readonly policy: ApprovalPolicyService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: NoticeQueryDto): Promise<NoticeItem[]> {
    return this.itemsIn(principal, await this.access.list(principal, query.unitId));
  }

  /** The roster of a unit (the caller's by default) to post; each download is audited. */
  async roster(principal: Principal, query: RosterQueryDto): Promise<RosterFile> {
    const unitId = query.unitId ?? principal.unitId;
    const lang = query.lang ?? 'zh-CN';
    const scope = await this.access.list(principal, unitId);
    const [items, units, policy] = await Promise.all([
      this.itemsIn(principal, scope),
      this.units.namesOf([unitId]),
      this.policy.view(),
    ]);
    const unitName = units.get(unitId)?.name ?? '';
    const file = await noticeRosterXlsx({
      unitName,
      items,
      objectionContact: policy.objectionContact,
      lang,
      now: new Date(),
    });
    await this.audit.record(this.dataSource.manager, {
      actorId: principal.id,
      unitId,
      action: 'notice.roster',
      entityType: 'unit',
      entityId: unitId,
      detail: { lines: items.length, format: 'xlsx', lang },
    });
    const day = todayInCenter();
    return {
      file,
      displayName: `${ROSTER_LABELS[lang].fileName(unitName)}-${day}`,
      asciiName: `public-notice-${day}`,
    };
  }

  private async itemsIn(principal: Principal, scope: ListScope): Promise<NoticeItem[]> {
    const today = todayInCenter();
    const reach = await this.access.list(principal);
    const [cases, files, campaignLines] = await Promise.all([
      this.cases.inNotice(scope, today, NOTICE_ITEMS_MAX),
      this.files.inNotice(scope, today, NOTICE_ITEMS_MAX),
      this.campaigns.inNotice(scope, reach, today, NOTICE_ITEMS_MAX),
    ]);
    const lines: Line[] = [
      ...cases.map((c) => ({
        entityType: 'case' as const,
        entityId: c.id,
        lineId: null,
        linked: true,
        reference: c.caseNo,
        order: [c.caseNo, 0] as const,
        aid: c.type,
        amount: c.approvedAmount,
        workerId: c.workerId,
        unitId: c.unitId,
        unitPath: c.unitPath,
        noticeStartsOn: c.noticeStartsOn,
        noticeEndsOn: c.noticeEndsOn,
      })),
      ...files.map((f) => ({
        entityType: 'file' as const,
        entityId: f.id,
        lineId: null,
        linked: true,
        reference: f.fileNo,
        order: [f.fileNo, 0] as const,
        aid: 'file' as const,
        amount: null,
        workerId: f.workerId,
        unitId: f.unitId,
        unitPath: f.unitPath,
        noticeStartsOn: f.noticeStartsOn,
        noticeEndsOn: f.noticeEndsOn,
      })),
      ...campaignLines.map((l) => ({
        entityType: 'campaign' as const,
        entityId: l.campaignId,
        lineId: l.lineId,
        linked: l.campaignInReach,
        reference: `${l.campaignName} #${l.lineNo}`,
        order: [l.campaignName, l.lineNo] as const,
        aid: 'campaign' as const,
        amount: l.amount,
        workerId: l.workerId,
        unitId: l.unitId,
        unitPath: l.unitPath,
        noticeStartsOn: l.noticeStartsOn,
        noticeEndsOn: l.noticeEndsOn,
      })),
    ]
      .sort(byUnitThenEndThenReference)
      .slice(0, NOTICE_ITEMS_MAX);
    const [people, units] = await Promise.all([
      this.workers.maskedOf(lines.map((line) => line.workerId)),
      this.units.namesOf([...new Set(lines.map((line) => line.unitId))]),
    ]);
    return lines.map((line) => ({
      entityType: line.entityType,
      entityId: line.entityId,
      lineId: line.lineId,
      linked: line.linked,
      reference: line.reference,
      name: people.get(line.workerId)?.name ?? '*',
      idNumber: people.get(line.workerId)?.idNumber ?? '******************',
      aid: line.aid,
      amount: line.amount,
      unitId: line.unitId,
      unitName: units.get(line.unitId)?.name ?? '',
      noticeStartsOn: line.noticeStartsOn,
      noticeEndsOn: line.noticeEndsOn,
    }));
  }
}

/** Units in tree order (each unit's lines before those of the units below it), then by last day and number. */
function byUnitThenEndThenReference(a: Line, b: Line): number {
  return (
    compare(a.unitPath, b.unitPath) ||
    compare(a.noticeEndsOn, b.noticeEndsOn) ||
    compare(a.order[0], b.order[0]) ||
    a.order[1] - b.order[1]
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
