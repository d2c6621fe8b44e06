import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig, TooManyRequestsException } from '@worker-aid/api/core';

/**
 * Slows down password guessing without locking the real user out for long: after a few
 * failed logins for one name (or many from one address) within the window, attempts are
 * refused with 429 for a short block, after which the count starts again; a successful login
 * clears the name's count. Kept in memory: one API process serves the center.
 */
@Injectable()
export class LoginThrottle {
  private readonly limiters: { perUser: RateLimiterMemory; perAddress: RateLimiterMemory };
  private readonly blockSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailuresPerUser, maxFailuresPerAddress, windowSeconds, blockSeconds } = config.loginThrottle;
    this.blockSeconds = blockSeconds;
    this.limiters = {
      perUser: new RateLimiterMemory({
        keyPrefix: 'user',
        points: maxFailuresPerUser,
        duration: windowSeconds,
      }),
      perAddress: new RateLimiterMemory({
        keyPrefix: 'ip',
        points: maxFailuresPerAddress,
        duration: windowSeconds,
      }),
    };
  }

  /** Throws 429 (its Retry-After in seconds) while the name or the address is blocked. */
  async assertAllowed(username: string, address: string): Promise<void> {
    const [user, ip] = await Promise.all([
      this.limiters.perUser.get(username),
      this.limiters.perAddress.get(address),
    ]);
    const waits = [
      blockedFor(user, this.limiters.perUser.points),
      blockedFor(ip, this.limiters.perAddress.points),
    ].filter((ms) => ms > 0);
    if (waits.length > 0) throw new TooManyAttempts(Math.ceil(Math.max(...waits) / 1000));
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([
      this.count(this.limiters.perUser, username),
      this.count(this.limiters.perAddress, address),
    ]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.limiters.perUser.delete(username);
  }

  private async count(limiter: RateLimiterMemory, key: string): Promise<void> {
    const res = await limiter.consume(key).catch((rejected: RateLimiterRes) => rejected);
    if (res.consumedPoints >= limiter.points) await limiter.block(key, this.blockSeconds);
  }
}

/** A key is blocked once `block()` has pushed it past its points. */
function blockedFor(res: RateLimiterRes | null, points: number): number {
  return res && res.consumedPoints > points ? res.msBeforeNext : 0;
}

export class TooManyAttempts extends TooManyRequestsException {
  constructor(retryAfterSeconds: number) {
    super(`too many failed logins: try again in ${retryAfterSeconds} s`, retryAfterSeconds);
  }
}
