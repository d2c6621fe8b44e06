import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type {
  DueFollowUp,
  FileHistoryEntry,
  FileListItem,
  FileView,
  FollowUpResult,
  Page,
} from '@worker-aid/shared/domain';
import { Authorize, AuthorizeAny, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { ObjectionDto } from '@worker-aid/api/approvals';
import {
  CreateFileDto,
  ExitFileDto,
  FileCommentDto,
  FileQueryDto,
  FollowUpDto,
  FollowUpQueryDto,
  ReviewFileDto,
  UpdateFileDto,
} from './files.dto';
import { FilesService } from './files.service';

@ApiTags('hardship files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Authorize('records:write')
  @ApiConflictResponse({ description: '`file.exists` (with `id`), `standard.missing`' })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateFileDto): Promise<FileView> {
    return this.files.create(principal, dto);
  }

  @Get()
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @Query() query: FileQueryDto): Promise<Page<FileListItem>> {
    return this.files.list(principal, query);
  }

  @Get(':id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FileView> {
    return this.files.get(principal, id);
  }

  @Patch(':id')
  @Authorize('records:write')
  @ApiConflictResponse({ description: 'only draft and returned files can be edited' })
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateFileDto,
  ): Promise<FileView> {
    return this.files.update(principal, id, dto);
  }

  @Get(':id/history')
  @Authorize('records:read')
  history(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FileHistoryEntry[]> {
    return this.files.history(principal, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorize('records:write')
  @ApiConflictResponse({ description: '`file.not_eligible` for a household in no tier' })
  submit(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FileView> {
    return this.files.transition(principal, id, { action: 'submit' });
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Authorize('records:write')
  withdraw(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FileView> {
    return this.files.transition(principal, id, { action: 'withdraw' });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize('cases:decide')
  approve(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<FileView> {
    return this.files.transition(principal, id, { action: 'approve' });
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authorize('cases:decide')
  sendBack(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: FileCommentDto,
  ): Promise<FileView> {
    return this.files.transition(principal, id, { action: 'return', body });
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize('cases:decide')
  reject(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: FileCommentDto,
  ): Promise<FileView> {
    return this.files.transition(principal, id, { action: 'reject', body });
  }

  /** An objection during the public notice sends the file back to review (200, like the transitions). */
  @Post(':id/objections')
  @HttpCode(200)
  @AuthorizeAny('records:write', 'cases:decide')
  @ApiConflictResponse({
    description: '`file.not_in_notice`: only an active file in notice takes objections',
  })
  object(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: ObjectionDto,
  ): Promise<FileView> {
    return this.files.object(principal, id, body);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Authorize('records:write')
  @ApiConflictResponse({ description: '`file.transition` unless active; `standard.missing`' })
  review(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: ReviewFileDto,
  ): Promise<FileView> {
    return this.files.review(principal, id, dto);
  }

  @Post(':id/exit')
  @HttpCode(200)
  @Authorize('records:write')
  @ApiConflictResponse({ description: '`file.transition` unless active' })
  exit(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: ExitFileDto,
  ): Promise<FileView> {
    return this.files.exit(principal, id, dto);
  }

  @Post(':id/follow-ups')
  @HttpCode(200)
  @Authorize('records:write')
  @ApiConflictResponse({ description: '`file.no_follow_up`; on a relapse `file.exists`, `standard.missing`' })
  followUp(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: FollowUpDto,
  ): Promise<FollowUpResult> {
    return this.files.followUp(principal, id, dto);
  }
}

@ApiTags('hardship files')
@Controller('follow-ups')
export class FollowUpsController {
  constructor(private readonly files: FilesService) {}

  @Get()
  @Authorize('records:read')
  list(@CurrentUser() principal: Principal, @Query() query: FollowUpQueryDto): Promise<Page<DueFollowUp>> {
    return this.files.dueFollowUps(principal, query);
  }
}
