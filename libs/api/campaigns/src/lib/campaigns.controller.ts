import { Controller } from '@nestjs/common';

/** `/api/campaigns`: rules, roster, lines, submit/approve/return. */
@Controller('campaigns')
export class CampaignsController {}
