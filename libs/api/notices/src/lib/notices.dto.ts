import { IsIn, IsOptional, IsUUID } from 'class-validator';

export const NOTICE_LANGUAGES = ['zh-CN', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

export const ROSTER_FORMATS = ['xlsx'] as const;

export class NoticeQueryDto {
  /** A unit in the caller's scope, with everything below it; by default the caller's own unit. */
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class RosterQueryDto extends NoticeQueryDto {
  /** The file to post; xlsx, the only one so far. */
  @IsOptional()
  @IsIn(ROSTER_FORMATS)
  format?: (typeof ROSTER_FORMATS)[number];

  /** Language of the roster's words; Chinese unless asked. */
  @IsOptional()
  @IsIn(NOTICE_LANGUAGES)
  lang?: NoticeLanguage;
}
