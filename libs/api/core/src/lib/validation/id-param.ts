import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A UUID path parameter; a malformed id is a 400 naming the parameter, never a 500. */
export function IdParam(name = 'id'): ParameterDecorator {
  return Param(
    name,
    new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name}: must be a UUID`) }),
  );
}
