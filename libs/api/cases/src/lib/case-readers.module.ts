import { Module } from '@nestjs/common';
import { CaseInboxQueries } from './case-inbox.queries';
import { CaseNoticeQueries } from './case-notices.queries';

/**
 * The cases feature's readers for the notices and the inbox: read-only questions about
 * `aid_case` answered in set-based SQL, apart from `CasesModule` so that a feature asking them
 * does not pull in the case endpoints' dependencies.
 */
@Module({
  providers: [CaseNoticeQueries, CaseInboxQueries],
  exports: [CaseNoticeQueries, CaseInboxQueries],
})
export class CaseReadersModule {}
