import { Inject, Injectable } from '@nestjs/common';
import { type AppConfig, APP_CONFIG, apiError } from '@worker-aid/api/core';

/**
 * How many uploads may run at once. An upload holds a database connection for its whole
 * transaction, as long as the client takes to send the file; past half the pool a new one is
 * refused (503 `server.busy`, with Retry-After) so that the rest of the API keeps its connections.
 */
@Injectable()
export class UploadSlots {
  private readonly capacity: number;
  private inUse = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.capacity = Math.max(1, Math.floor(config.databaseLimits.poolSize / 2));
  }

  /** Takes a slot for `work`, or refuses at once when none is free. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inUse >= this.capacity)
      throw apiError('server.busy', 'the server is taking as many uploads as it can: try again in a moment');
    this.inUse += 1;
    try {
      return await work();
    } finally {
      this.inUse -= 1;
    }
  }
}
