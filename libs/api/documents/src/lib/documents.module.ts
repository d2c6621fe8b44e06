import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@worker-aid/api/audit';
import { UsersModule } from '@worker-aid/api/users';
import { WorkersModule } from '@worker-aid/api/workers';
import { DocumentChunk } from './document-chunk.entity';
import { DocumentOwners } from './document-owners';
import { DocumentOwnersController } from './document-owners.controller';
import { Document } from './document.entity';
import { DocumentQueries } from './document.queries';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { UploadSlots } from './upload/upload-slots';

/** Proof documents (`document`, `document_chunk`); files and cases are found through `Access`. */
@Module({
  imports: [TypeOrmModule.forFeature([Document, DocumentChunk]), AuditModule, UsersModule, WorkersModule],
  controllers: [DocumentOwnersController, DocumentsController],
  providers: [DocumentsService, DocumentQueries, DocumentOwners, UploadSlots],
  exports: [DocumentsService],
})
export class DocumentsModule {}
