import { Module } from '@nestjs/common';
import { CampaignInboxQueries } from './campaign-inbox.queries';
import { CampaignNamesReader } from './campaign-names.reader';
import { CampaignNoticeQueries } from './campaign-notices.queries';

/**
 * The campaigns feature's readers for reports, the ledger, the notices and the inbox: read-only questions
 * about `campaign` and `campaign_line`, apart from `CampaignsModule` so that a feature asking
 * them does not pull in the campaign endpoints' dependencies.
 */
@Module({
  providers: [CampaignNamesReader, CampaignNoticeQueries, CampaignInboxQueries],
  exports: [CampaignNamesReader, CampaignNoticeQueries, CampaignInboxQueries],
})
export class CampaignReadersModule {}
