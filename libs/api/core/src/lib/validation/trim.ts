import { Transform } from 'class-transformer';

/** Drops leading and trailing white space from a text field before it is validated. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
