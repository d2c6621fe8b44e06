import { Module } from '@nestjs/common';
import { FileInboxQueries } from './file-inbox.queries';
import { FileNoticeQueries } from './file-notices.queries';
import { FileRosterQueries } from './file-roster.queries';

/**
 * The files feature's readers for the notices, the inbox and campaigns' rosters: read-only
 * questions about `hardship_file` and `file_follow_up` answered in set-based SQL, apart from
 * `FilesModule` so that a feature asking them does not pull in the file endpoints' dependencies.
 */
@Module({
  providers: [FileNoticeQueries, FileInboxQueries, FileRosterQueries],
  exports: [FileNoticeQueries, FileInboxQueries, FileRosterQueries],
})
export class FileReadersModule {}
