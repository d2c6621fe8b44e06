import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { NoticeItem } from '@worker-aid/shared/domain';
import {
  Authorize,
  contentDisposition,
  CurrentUser,
  Principal,
  XLSX_CONTENT_TYPE,
} from '@worker-aid/api/core';
import { NoticeQueryDto, RosterQueryDto } from './notices.dto';
import { NoticesService } from './notices.service';

/** Public notice (公示): what is in notice in a unit's subtree, masked, and the roster to post. */
@ApiTags('notices')
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  /** Approved cases, files and campaign lines still in notice, names and identity numbers masked; by unit, then last day. */
  @Get()
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @Query() query: NoticeQueryDto): Promise<NoticeItem[]> {
    return this.notices.list(principal, query);
  }

  /** The same as an xlsx to post: the unit, the period, the masked lines, where to object. Audited. */
  @Get('roster')
  @Authorize('records:read')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async roster(
    @CurrentUser() principal: Principal,
    @Query() query: RosterQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const roster = await this.notices.roster(principal, query);
    void reply.header('Content-Type', XLSX_CONTENT_TYPE);
    void reply.header(
      'Content-Disposition',
      contentDisposition('attachment', `${roster.displayName}.xlsx`, `${roster.asciiName}.xlsx`),
    );
    return new StreamableFile(roster.file);
  }
}
