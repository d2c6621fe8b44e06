import { Module } from '@nestjs/common';
import { CampaignNamesReader } from './campaign-names.reader';
import { CampaignNoticeQueries } from './campaign-notices.queries';

/**
 * The campaigns feature's readers for reports, the ledger and the notices: read-only questions
 * about `campaign` and `campaign_line`, apart from `CampaignsModule` so that a feature asking
 * them does not pull in the campaign endpoints' dependencies.
 */
@Module({
  providers: [CampaignNamesReader, CampaignNoticeQueries],
  exports: [CampaignNamesReader, CampaignNoticeQueries],
})
export class CampaignReadersModule {}
