import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  schoolLevelEntering,
  standardAmountOf,
  type CampaignLineChild,
  type RosterBuilt,
} from '@worker-aid/shared/domain';
import type { ListScope } from '@worker-aid/api/core';
import { FileRosterQueries } from '@worker-aid/api/files';
import { encryptedChildren } from './campaign-line-encryption';
import type { Campaign } from './entities/campaign.entity';
import { RosterQueries, type NewSchoolLine, type RosterCriteria } from './roster.queries';

/** Files read at a time for school aid, whose children are decrypted in JavaScript. */
const SCHOOL_CHUNK = 2_000;

/**
 * Builds a campaign's roster (名单), a snapshot of the active files in its unit's subtree: by
 * tier in one statement; for school aid one line per worker with children entering a level
 * that school aid pays, the children's standard amounts summed. Built again, it keeps what
 * staff decided on the lines of the workers still on it (`RosterQueries.insert`).
 */
@Injectable()
export class RosterBuilder {
  constructor(
    private readonly queries: RosterQueries,
    private readonly files: FileRosterQueries,
  ) {}

  async build(manager: EntityManager, campaign: Campaign, scope: ListScope): Promise<RosterBuilt> {
    const criteria: RosterCriteria = {
      campaignId: campaign.id,
      scope,
      tiers: campaign.eligibility.tiers,
      migrantOnly: campaign.eligibility.migrantOnly === true,
    };
    const decisions = await this.queries.clear(manager, campaign.id);
    if (campaign.kind !== 'school') {
      return this.queries.insertByTier(manager, criteria, campaign.amounts, decisions);
    }
    const eligible = await this.queries.eligibleFiles(manager, criteria);
    const lines: NewSchoolLine[] = [];
    for (let start = 0; start < eligible.length; start += SCHOOL_CHUNK) {
      const chunk = eligible.slice(start, start + SCHOOL_CHUNK);
      const children = await this.files.childrenOf(chunk.map((file) => file.fileId));
      for (const file of chunk) {
        const paid: CampaignLineChild[] = (children.get(file.fileId) ?? []).flatMap((child) => {
          const level = schoolLevelEntering(child.birthYear, campaign.year);
          return level ? [{ name: child.name, birthYear: child.birthYear, level }] : [];
        });
        if (paid.length === 0) continue;
        const amount = paid.reduce(
          (total, child) => total + (standardAmountOf(campaign.amounts, file.tier, child.level) ?? 0),
          0,
        );
        lines.push({ ...file, amount, children: encryptedChildren.to(paid) });
      }
    }
    return this.queries.insertLines(manager, campaign.id, lines, decisions);
  }
}
