import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  CampaignLineView,
  CampaignListItem,
  CampaignView,
  Page,
  RosterBuilt,
} from '@worker-aid/shared/domain';
import { Authorize, AuthorizeAny, CurrentUser, IdParam, Principal } from '@worker-aid/api/core';
import { ObjectionDto } from '@worker-aid/api/approvals';
import { CampaignLinesService } from './campaign-lines.service';
import {
  CampaignCommentDto,
  CampaignLinePatchDto,
  CampaignLineQueryDto,
  CampaignQueryDto,
  CreateCampaignDto,
  ReinstateLineDto,
  UpdateCampaignDto,
} from './campaigns.dto';
import { CampaignsService } from './campaigns.service';

/** `/api/campaigns`: rules, roster, lines, submit/approve/return/close. */
@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly lines: CampaignLinesService,
  ) {}

  @Post()
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`fund.not_covering`' })
  create(@CurrentUser() principal: Principal, @Body() dto: CreateCampaignDto): Promise<CampaignView> {
    return this.campaigns.create(principal, dto);
  }

  @Get()
  @Authorize('records:read')
  list(
    @CurrentUser() principal: Principal,
    @Query() query: CampaignQueryDto,
  ): Promise<Page<CampaignListItem>> {
    return this.campaigns.list(principal, query);
  }

  @Get(':id')
  @Authorize('records:read')
  get(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<CampaignView> {
    return this.campaigns.get(principal, id);
  }

  @Patch(':id')
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`campaign.not_draft`, `fund.not_covering`' })
  update(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateCampaignDto,
  ): Promise<CampaignView> {
    return this.campaigns.update(principal, id, dto);
  }

  @Post(':id/roster')
  @HttpCode(200)
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`campaign.not_draft`' })
  roster(@CurrentUser() principal: Principal, @IdParam() id: string): Promise<RosterBuilt> {
    return this.campaigns.buildRoster(principal, id);
  }

  @Get(':id/lines')
  @Authorize('records:read')
  lineList(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Query() query: CampaignLineQueryDto,
  ): Promise<Page<CampaignLineView>> {
    return this.lines.list(principal, id, query);
  }

  @Patch(':id/lines/:lineId')
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`campaign.not_draft`' })
  patchLine(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @IdParam('lineId') lineId: string,
    @Body() dto: CampaignLinePatchDto,
  ): Promise<CampaignLineView> {
    return this.lines.patch(principal, id, lineId, dto);
  }

  /** An objection during the notice takes the line off the payment until a reviewer puts it back (200). */
  @Post(':id/lines/:lineId/objections')
  @HttpCode(200)
  @AuthorizeAny('records:write', 'cases:decide')
  @ApiOkResponse({ description: 'the line, `excluded` with the objection' })
  @ApiConflictResponse({ description: '`campaign.not_in_notice`, `campaign.line_status`' })
  object(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @IdParam('lineId') lineId: string,
    @Body() body: ObjectionDto,
  ): Promise<CampaignLineView> {
    return this.lines.object(principal, id, lineId, body);
  }

  /** A line an objection excluded, back to be paid: the objection did not stand. */
  @Post(':id/lines/:lineId/reinstate')
  @HttpCode(200)
  @Authorize('cases:decide')
  @ApiForbiddenResponse({ description: '`campaign.four_eyes`' })
  @ApiConflictResponse({ description: '`campaign.not_approved`, `campaign.line_status`' })
  reinstate(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @IdParam('lineId') lineId: string,
    @Body() body: ReinstateLineDto,
  ): Promise<CampaignLineView> {
    return this.lines.reinstate(principal, id, lineId, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`campaign.transition`, `campaign.no_roster`' })
  submit(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CampaignCommentDto,
  ): Promise<CampaignView> {
    return this.campaigns.transition(principal, id, 'submit', body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize('cases:decide')
  @ApiForbiddenResponse({ description: '`campaign.four_eyes`' })
  @ApiConflictResponse({ description: '`campaign.transition`, `fund.insufficient`' })
  approve(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CampaignCommentDto,
  ): Promise<CampaignView> {
    return this.campaigns.transition(principal, id, 'approve', body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Authorize('cases:decide')
  @ApiConflictResponse({ description: '`campaign.transition`' })
  sendBack(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CampaignCommentDto,
  ): Promise<CampaignView> {
    return this.campaigns.transition(principal, id, 'return', body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authorize('campaigns:manage')
  @ApiConflictResponse({ description: '`campaign.transition`, `campaign.line_status`' })
  close(
    @CurrentUser() principal: Principal,
    @IdParam() id: string,
    @Body() body: CampaignCommentDto,
  ): Promise<CampaignView> {
    return this.campaigns.transition(principal, id, 'close', body);
  }
}
