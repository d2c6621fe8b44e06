import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsDay(): PropertyDecorator {
  return applyDecorators(
    Matches(DAY, { message: 'must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: 'must be a real date' }),
  );
}
