import { ApiError } from './api-error';

/** 429 `auth.throttled` with a Retry-After header (set by the exception filter). */
export class TooManyRequestsException extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('auth.throttled', message);
  }
}
