import { IsIn, IsOptional } from 'class-validator';
import { IMPORT_LANGUAGES, type ImportLanguage } from '@worker-aid/shared/domain';
import { PageQueryDto } from '@worker-aid/api/core';

/** `?lang=`: the language of a template's or a report's headings; Chinese unless asked. */
export class SheetLanguageQueryDto {
  @IsOptional()
  @IsIn(IMPORT_LANGUAGES)
  lang?: ImportLanguage;
}

export class ImportQueryDto extends PageQueryDto {}
