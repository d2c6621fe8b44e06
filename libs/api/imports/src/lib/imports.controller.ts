import { Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ImportDetail, ImportSummary, Page } from '@worker-aid/shared/domain';
import {
  AcceptsMultipart,
  Authorize,
  contentDisposition,
  CurrentUser,
  IdParam,
  Principal,
  readMultipartForm,
  XLSX_CONTENT_TYPE,
} from '@worker-aid/api/core';
import { ImportQueryDto, SheetLanguageQueryDto } from './import.dto';
import { ImportsService } from './imports.service';
import { SHEET_UPLOAD } from './upload/read-upload';

/** Worker imports (API.md v2 "Imports"). Every route is for those who register workers. */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** The xlsx template: headings in the language asked, an example row, dropdowns, the scope's unit codes. */
  @Get('workers/template')
  @Authorize('records:write')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async template(
    @CurrentUser() principal: Principal,
    @Query() query: SheetLanguageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const lang = query.lang ?? 'zh-CN';
    const file = await this.imports.template(principal, lang);
    attachment(reply, lang === 'en' ? 'worker-import-template' : '职工导入模板', 'worker-import-template');
    return new StreamableFile(file);
  }

  /** A worker sheet (xlsx or csv, ≤ 10 MB, ≤ 20,000 rows): 202 at once, checked in the background. */
  @Post('workers')
  @Authorize('records:write')
  @HttpCode(202)
  @AcceptsMultipart()
  @ApiConsumes('multipart/form-data')
  @ApiAcceptedResponse({ description: 'The import, queued for its check.' })
  upload(@CurrentUser() principal: Principal, @Req() request: FastifyRequest): Promise<ImportSummary> {
    return readMultipartForm(request, SHEET_UPLOAD, (form) => this.imports.upload(principal, form));
  }

  /** The imports of the caller's scope, newest first. */
  @Get()
  @Authorize('records:write')
  list(@CurrentUser() principal: Principal, @Query() query: ImportQueryDto): Promise<Page<ImportSummary>> {
    return this.imports.list(principal, query);
  }

  /** Where the import stands, with the first 200 problems. */
  @Get(':id')
  @Authorize('records:write')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<ImportDetail> {
    return this.imports.get(principal, id);
  }

  /** The sheet again, every row with its result and problems. */
  @Get(':id/report')
  @Authorize('records:write')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async report(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Query() query: SheetLanguageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const lang = query.lang ?? 'zh-CN';
    const stream = await this.imports.report(principal, id, lang);
    attachment(reply, lang === 'en' ? 'import-report' : '导入结果', 'import-report');
    return new StreamableFile(stream);
  }

  /** Registers the valid rows, once however often it is called: 202, then `done` with `imported`. */
  @Post(':id/commit')
  @Authorize('records:write')
  @HttpCode(202)
  commit(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<ImportSummary> {
    return this.imports.commit(principal, id);
  }
}

/** An xlsx to download: an ASCII name, and the name in the user's words for browsers that read it. */
function attachment(reply: FastifyReply, displayName: string, asciiName: string): void {
  void reply.header('Content-Type', XLSX_CONTENT_TYPE);
  void reply.header(
    'Content-Disposition',
    contentDisposition('attachment', `${displayName}.xlsx`, `${asciiName}.xlsx`),
  );
}
