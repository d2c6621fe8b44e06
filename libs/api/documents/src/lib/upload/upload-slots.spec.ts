import type { AppConfig } from '@worker-aid/api/core';
import { UploadSlots } from './upload-slots';

const slotsFor = (poolSize: number) =>
  new UploadSlots({ databaseLimits: { poolSize, poolWaitMs: 1000, statementTimeoutMs: 1000 } } as AppConfig);

describe('UploadSlots', () => {
  it('lets half the pool upload at once and refuses the next with 503 server.busy, until one ends', async () => {
    const slots = slotsFor(4);
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    const running = [slots.run(() => held), slots.run(() => held)];
    await expect(slots.run(async () => 'third')).rejects.toMatchObject({ code: 'server.busy' });
    release();
    await Promise.all(running);
    await expect(slots.run(async () => 'again')).resolves.toBe('again');
  });

  it('frees the slot of an upload that fails, and keeps one slot for the smallest pool', async () => {
    const slots = slotsFor(1);
    await expect(slots.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(slots.run(async () => 1)).resolves.toBe(1);
  });
});
