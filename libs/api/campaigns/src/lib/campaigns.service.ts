import { Injectable } from '@nestjs/common';
import type { CampaignView, RosterBuilt } from '@worker-aid/shared/domain';
import type { Principal } from '@worker-aid/api/core';
import type { CreateCampaignDto } from './campaigns.dto';

/** Campaigns: their rules, roster, approval and notice. */
@Injectable()
export class CampaignsService {
  create(_principal: Principal, _dto: CreateCampaignDto): Promise<CampaignView> {
    throw new Error('not built yet');
  }

  /** Builds (or rebuilds) a draft campaign's roster from active files in its unit's subtree. */
  buildRoster(_principal: Principal, _campaignId: string): Promise<RosterBuilt> {
    throw new Error('not built yet');
  }
}
