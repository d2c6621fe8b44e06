import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BatchLineView, BatchResultsAnswer, BatchView, Page } from '@worker-aid/shared/domain';
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
import { BankFileQueryDto, BatchLinesQueryDto, CreateBatchDto, ReceiptsDto } from './batch.dto';
import { BatchPaymentsService } from './batch-payments.service';
import { readResultUpload, RESULT_FILE_UPLOAD, validResults } from './batch-upload';
import { BankFilesService } from './bank-files.service';
import { BatchesService } from './batches.service';

const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** `/api/campaigns/:id/batches` and `/api/batches/:id`: batches, bank files, results, receipts. */
@ApiTags('campaigns')
@Controller()
export class BatchesController {
  constructor(
    private readonly batches: BatchesService,
    private readonly payments: BatchPaymentsService,
    private readonly bankFiles: BankFilesService,
  ) {}

  @Post('campaigns/:id/batches')
  @Authorize('money:write')
  create(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: CreateBatchDto,
  ): Promise<BatchView> {
    return this.batches.create(principal, id, dto);
  }

  @Get('campaigns/:id/batches')
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<BatchView[]> {
    return this.batches.list(principal, id);
  }

  @Get('batches/:id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<BatchView> {
    return this.batches.get(principal, id);
  }

  @Get('batches/:id/lines')
  @Authorize('records:read')
  lines(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Query() query: BatchLinesQueryDto,
  ): Promise<Page<BatchLineView>> {
    return this.batches.lines(principal, id, query);
  }

  /** The bank's payroll file with full account numbers; audited. */
  @Get('batches/:id/bank-file')
  @Authorize('money:write')
  @ApiProduces(XLSX_CONTENT_TYPE, CSV_CONTENT_TYPE)
  async bankFile(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Query() query: BankFileQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const file = await this.bankFiles.download(principal, id, format);
    void reply.header('Content-Type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
    void reply.header('Content-Disposition', contentDisposition('attachment', file.fileName, file.asciiName));
    return new StreamableFile(file.content);
  }

  /** The bank's results (回盘), as JSON or as the bank's file (multipart, field `file`). */
  @Post('batches/:id/results')
  @Authorize('money:write')
  @HttpCode(200)
  @AcceptsMultipart()
  @ApiConsumes('application/json', 'multipart/form-data')
  async results(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @Body() body: unknown,
  ): Promise<BatchResultsAnswer> {
    if (request.isMultipart()) {
      return readMultipartForm(request, RESULT_FILE_UPLOAD, async (form) =>
        this.payments.resultFile(principal, id, await readResultUpload(form)),
      );
    }
    return this.payments.results(principal, id, await validResults(body));
  }

  /** Cash and in-kind lines signed for (签收). */
  @Post('batches/:id/receipts')
  @Authorize('money:write')
  @HttpCode(200)
  receipts(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: ReceiptsDto,
  ): Promise<BatchResultsAnswer> {
    return this.payments.receipts(principal, id, dto);
  }
}
