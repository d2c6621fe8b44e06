import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DOCUMENT_KINDS,
  isImageContentType,
  mayHideDocument,
  type DocumentContentType,
  type DocumentKind,
  type DocumentOwner,
  type DocumentView,
} from '@worker-aid/shared/domain';
import {
  Access,
  apiError,
  type FormPart,
  invalidField,
  isUniqueViolation,
  type Principal,
  safeFileName,
} from '@worker-aid/api/core';
import { AuditService } from '@worker-aid/api/audit';
import { UsersService } from '@worker-aid/api/users';
import { contentIndex } from './document-encryption';
import { DocumentOwners, type OwnerRecord } from './document-owners';
import { DOCUMENT } from './document-record';
import { Document } from './document.entity';
import { DocumentQueries } from './document.queries';
import { toDocumentView } from './documents.mapper';
import { readChunks, readWhole } from './storage/chunk-reader';
import { ChunkWriter } from './storage/chunk-writer';
import { storeContent, type StoredContent } from './upload/stored-content';
import { oneThumbnailAtATime, THUMBNAIL_CONTENT_TYPE, thumbnailOf } from './upload/thumbnail';
import { UploadSlots } from './upload/upload-slots';

const SAME_CONTENT_INDEX = 'document_owner_content_key';

/** A document's bytes on their way out, read and decrypted a chunk at a time. */
export interface DocumentDownload {
  fileName: string;
  contentType: DocumentContentType | typeof THUMBNAIL_CONTENT_TYPE;
  /** Null where it is not kept (a thumbnail's). */
  size: number | null;
  stream: Readable;
}

/**
 * Proof documents (证明材料) on workers, hardship files and cases: stored encrypted in chunks,
 * typed from their content, visible in their owner's scope, downloaded with an audit line,
 * hidden but never erased.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: DocumentQueries,
    private readonly access: Access,
    private readonly owners: DocumentOwners,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly slots: UploadSlots,
  ) {}

  /** The record's documents that are not hidden, newest first. */
  async list(principal: Principal, owner: DocumentOwner, ownerId: string): Promise<DocumentView[]> {
    const record = await this.owners.require(principal, owner, ownerId);
    const documents = await this.queries.listOf(record.type, record.id);
    const names = await this.users.displayNamesOf([...new Set(documents.map((d) => d.uploadedBy))]);
    return documents.map((document) => toDocumentView(document, names.get(document.uploadedBy) ?? null));
  }

  /**
   * Attaches the uploaded file to the record: its bytes are hashed, typed from their first bytes
   * and stored encrypted chunk by chunk as they arrive, all in one transaction that a refusal
   * (400, 409, 413, 415) rolls back whole.
   */
  async upload(
    principal: Principal,
    owner: DocumentOwner,
    ownerId: string,
    form: AsyncIterable<FormPart>,
  ): Promise<DocumentView> {
    const record = await this.owners.require(principal, owner, ownerId);
    const upload: { sha256Index?: Buffer } = {};
    try {
      const document = await this.slots.run(() =>
        this.dataSource.transaction((manager) => this.store(manager, principal, record, form, upload)),
      );
      const names = await this.users.displayNamesOf([principal.id]);
      return toDocumentView(document, names.get(principal.id) ?? null);
    } catch (error) {
      // The same bytes sent twice at the same moment: the unique index decides, as a 409.
      const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
      if (isUniqueViolation(error) && constraint === SAME_CONTENT_INDEX && upload.sha256Index) {
        await this.assertNoSameContent(this.dataSource.manager, record, upload.sha256Index);
      }
      throw error;
    }
  }

  /** The bytes as uploaded; every download is in the audit trail. 404 for a hidden document. */
  async content(principal: Principal, id: string): Promise<DocumentDownload> {
    const document = await this.shown(principal, id);
    await this.audit.record(this.dataSource.manager, {
      actorId: principal.id,
      unitId: document.unitId,
      action: 'document.download',
      entityType: 'document',
      entityId: document.id,
      detail: {
        owner: document.ownerType,
        ownerId: document.ownerId,
        kind: document.kind,
        size: document.size,
      },
    });
    return {
      fileName: document.fileName,
      contentType: document.contentType,
      size: document.size,
      stream: Readable.from(readChunks(this.queries, document.id, 'content')),
    };
  }

  /** A picture's thumbnail (a preview, not audited); 404 `document.no_thumbnail` for a PDF. */
  async thumbnail(principal: Principal, id: string): Promise<DocumentDownload> {
    const document = await this.shown(principal, id);
    if (!document.hasThumbnail) throw apiError('document.no_thumbnail', 'the document has no thumbnail');
    return {
      fileName: `${document.fileName.replace(/\.[^.]*$/, '')}.webp`,
      contentType: THUMBNAIL_CONTENT_TYPE,
      size: null,
      stream: Readable.from(readChunks(this.queries, document.id, 'thumbnail')),
    };
  }

  /**
   * Hides the document (never erases it): by its uploader within 24 hours, or an administrator
   * (`mayHideDocument`); 403 `document.hide_forbidden` otherwise. Hiding a hidden one changes nothing.
   */
  async hide(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const document = await this.access.require(DOCUMENT, principal, id, { manager, lock: true });
      const uploaded = { uploadedBy: document.uploadedBy, uploadedAt: document.uploadedAt.toISOString() };
      if (!mayHideDocument(uploaded, { id: principal.id, isAdmin: principal.role === 'admin' }, new Date())) {
        throw apiError(
          'document.hide_forbidden',
          'only its uploader, within 24 hours, or an administrator may remove a document',
        );
      }
      if (document.hiddenAt) return;
      await this.queries.hide(manager, document.id, principal.id);
      await this.audit.record(manager, {
        actorId: principal.id,
        unitId: document.unitId,
        action: 'document.hide',
        entityType: 'document',
        entityId: document.id,
        detail: { owner: document.ownerType, ownerId: document.ownerId, kind: document.kind },
      });
    });
  }

  /** The document in the caller's scope and not hidden; 404 `document.not_found` otherwise. */
  private async shown(principal: Principal, id: string): Promise<Document> {
    const document = await this.access.require(DOCUMENT, principal, id);
    if (document.hiddenAt) throw apiError('document.not_found', 'document not found');
    return document;
  }

  /** The upload's transaction: reads the form, stores the bytes and their thumbnail, then the row. */
  private async store(
    manager: EntityManager,
    principal: Principal,
    record: OwnerRecord,
    form: AsyncIterable<FormPart>,
    upload: { sha256Index?: Buffer },
  ): Promise<Document> {
    const id = randomUUID();
    let kind: DocumentKind | null = null;
    let file: { fileName: string; content: StoredContent } | null = null;
    for await (const part of form) {
      if (part.type === 'field' && part.name === 'kind') {
        if (kind) throw invalidField('kind', 'max_items', 'is given more than once');
        kind = validKind(part.value);
      } else if (part.type === 'file' && part.name === 'file') {
        const writer = new ChunkWriter(this.queries, manager, id, 'content');
        file = {
          fileName: safeFileName(part.fileName, 'document'),
          content: await storeContent(part.content, writer),
        };
      } else {
        throw invalidField(part.name, 'unknown_field', 'is not a field of an upload (file, kind)');
      }
    }
    if (!kind) throw invalidField('kind', 'required', 'is required');
    if (!file) throw invalidField('file', 'required', 'is required');
    const { content } = file;
    upload.sha256Index = contentIndex(content.sha256);
    await this.assertNoSameContent(manager, record, upload.sha256Index);
    const document = manager.create(Document, {
      id,
      ownerType: record.type,
      ownerId: record.id,
      unitId: record.unitId,
      kind,
      fileName: file.fileName,
      contentType: content.contentType,
      size: content.size,
      sha256: content.sha256,
      sha256Index: upload.sha256Index,
      hasThumbnail:
        isImageContentType(content.contentType) && (await this.storeThumbnail(manager, id, content.size)),
      uploadedBy: principal.id,
      hiddenAt: null,
      hiddenBy: null,
    });
    await this.queries.insert(manager, document);
    await this.audit.record(manager, {
      actorId: principal.id,
      unitId: record.unitId,
      action: 'document.upload',
      entityType: 'document',
      entityId: id,
      detail: {
        owner: record.type,
        ownerId: record.id,
        kind,
        contentType: content.contentType,
        size: content.size,
      },
    });
    return document;
  }

  /** Reads the stored picture back and stores its thumbnail; false when it has none. */
  private async storeThumbnail(manager: EntityManager, id: string, size: number): Promise<boolean> {
    const thumbnail = await oneThumbnailAtATime(async () =>
      thumbnailOf(await readWhole(this.queries, id, 'content', size, manager)),
    );
    if (!thumbnail) return false;
    const writer = new ChunkWriter(this.queries, manager, id, 'thumbnail');
    await writer.write(thumbnail);
    await writer.end();
    return true;
  }

  /** 409 `document.duplicate` with the id of the record's document that has the same bytes. */
  private async assertNoSameContent(
    manager: EntityManager,
    record: OwnerRecord,
    sha256Index: Buffer,
  ): Promise<void> {
    const existing = await this.queries.sameContent(manager, record.type, record.id, sha256Index);
    if (existing)
      throw apiError('document.duplicate', 'file: the same document is already on this record', {
        id: existing,
      });
  }
}

function validKind(value: string): DocumentKind {
  if ((DOCUMENT_KINDS as readonly string[]).includes(value)) return value as DocumentKind;
  throw invalidField('kind', 'one_of', `must be one of ${DOCUMENT_KINDS.join(', ')}`);
}
