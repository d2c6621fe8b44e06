import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalidField } from '../errors/api-error';

/** A UUID path parameter; a malformed id is a 400 naming the parameter, never a 500. */
export function IdParam(name = 'id'): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => invalidField(name, 'uuid', 'must be a UUID') }),
  );
}
