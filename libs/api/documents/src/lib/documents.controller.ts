import { Controller, Delete, Get, HttpCode, Res, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DOCUMENT_CONTENT_TYPES } from '@worker-aid/shared/domain';
import { Authorize, contentDisposition, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';

import { DocumentsService, type DocumentDownload } from './documents.service';
import { THUMBNAIL_CONTENT_TYPE } from './upload/thumbnail';

/** One document: its bytes, its thumbnail, hiding it. Declared in this order (the route tests rely on it). */
@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** The bytes as uploaded, as an attachment; each download is in the audit trail (`document.download`). */
  @Get(':id/content')
  @Authorize('records:read')
  @ApiProduces(...DOCUMENT_CONTENT_TYPES)
  async content(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, 'attachment', await this.documents.content(principal, id));
  }

  /** A picture's thumbnail, at most 320 px, as WebP; 404 `document.no_thumbnail` for a PDF. */
  @Get(':id/thumbnail')
  @Authorize('records:read')
  @ApiProduces(THUMBNAIL_CONTENT_TYPE)
  async thumbnail(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return send(reply, 'inline', await this.documents.thumbnail(principal, id));
  }

  /** Hides the document, never erases it: its uploader within 24 hours, or an administrator. */
  @Delete(':id')
  @HttpCode(204)
  @Authorize('records:write')
  @ApiNoContentResponse({ description: 'hidden (also when it already was)' })
  hide(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<void> {
    return this.documents.hide(principal, id);
  }
}

function send(
  reply: FastifyReply,
  disposition: 'attachment' | 'inline',
  download: DocumentDownload,
): StreamableFile {
  void reply.header('Content-Type', download.contentType);
  void reply.header('Content-Disposition', contentDisposition(disposition, download.fileName));
  void reply.header('X-Content-Type-Options', 'nosniff');
  if (download.size !== null) void reply.header('Content-Length', String(download.size));
  return new StreamableFile(download.stream);
}
