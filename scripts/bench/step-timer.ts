import { performance } from 'node:perf_hooks';

export interface StepTime {
  step: string;
  seconds: number;
}

/** Runs named steps one after another, printing and keeping how long each took. */
export class StepTimer {
  readonly times: StepTime[] = [];

  async run<T>(step: string, work: () => Promise<T>): Promise<T> {
    process.stdout.write(`  ${step} … `);
    const start = performance.now();
    const result = await work();
    const seconds = (performance.now() - start) / 1000;
    this.times.push({ step, seconds });
    process.stdout.write(`${seconds.toFixed(1)} s\n`);
    return result;
  }

  total(): number {
    return this.times.reduce((sum, t) => sum + t.seconds, 0);
  }
}
