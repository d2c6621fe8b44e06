import type { CreateCampaignRequest } from '@worker-aid/shared/domain';

/** `POST /api/campaigns` (validated by class-validator). */
export class CreateCampaignDto implements CreateCampaignRequest {
  name!: string;
  kind!: CreateCampaignRequest['kind'];
  fundId!: string;
  year!: number;
  eligibility!: CreateCampaignRequest['eligibility'];
  amounts!: CreateCampaignRequest['amounts'];
}
