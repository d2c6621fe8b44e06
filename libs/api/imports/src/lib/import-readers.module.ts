import { Module } from '@nestjs/common';
import { ImportInboxQueries } from './import-inbox.queries';

/** The imports feature's reader for the inbox, apart from `ImportsModule` and its job queue. */
@Module({
  providers: [ImportInboxQueries],
  exports: [ImportInboxQueries],
})
export class ImportReadersModule {}
