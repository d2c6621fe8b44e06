import type { ScopedRecord } from '@worker-aid/api/core';
import { Campaign } from './entities/campaign.entity';

/** A campaign is scoped by the unit that runs it; outside the subtree, 404 `campaign.not_found`. */
export const CAMPAIGN: ScopedRecord<Campaign> = { entity: Campaign, what: 'campaign' };
