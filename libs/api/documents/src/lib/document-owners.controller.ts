import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { DocumentOwner, DocumentView } from '@worker-aid/shared/domain';
import {
  AcceptsMultipart,
  Authorize,
  CurrentUser,
  IdParam,
  Principal,
  readMultipartForm,
} from '@worker-aid/api/core';
import { DocumentsService } from './documents.service';
import { ApiDocumentUpload } from './documents.openapi';
import { DOCUMENT_UPLOAD } from './upload/document-upload-rules';

/** A record's documents: `/api/{workers|files|cases}/:id/documents`. */
@ApiTags('documents')
@Controller()
export class DocumentOwnersController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('workers/:id/documents')
  @Authorize('records:read')
  ofWorker(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<DocumentView[]> {
    return this.documents.list(principal, 'workers', id);
  }

  @Post('workers/:id/documents')
  @Authorize('records:write')
  @AcceptsMultipart()
  @ApiDocumentUpload()
  toWorker(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Req() request: FastifyRequest,
  ): Promise<DocumentView> {
    return this.upload(principal, 'workers', id, request);
  }

  @Get('files/:id/documents')
  @Authorize('records:read')
  ofFile(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<DocumentView[]> {
    return this.documents.list(principal, 'files', id);
  }

  @Post('files/:id/documents')
  @Authorize('records:write')
  @AcceptsMultipart()
  @ApiDocumentUpload()
  toFile(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Req() request: FastifyRequest,
  ): Promise<DocumentView> {
    return this.upload(principal, 'files', id, request);
  }

  @Get('cases/:id/documents')
  @Authorize('records:read')
  ofCase(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<DocumentView[]> {
    return this.documents.list(principal, 'cases', id);
  }

  @Post('cases/:id/documents')
  @Authorize('records:write')
  @AcceptsMultipart()
  @ApiDocumentUpload()
  toCase(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Req() request: FastifyRequest,
  ): Promise<DocumentView> {
    return this.upload(principal, 'cases', id, request);
  }

  private upload(
    principal: Principal,
    owner: DocumentOwner,
    id: string,
    request: FastifyRequest,
  ): Promise<DocumentView> {
    return readMultipartForm(request, DOCUMENT_UPLOAD, (form) =>
      this.documents.upload(principal, owner, id, form),
    );
  }
}
