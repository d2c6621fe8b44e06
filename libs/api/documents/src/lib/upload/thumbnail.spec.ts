import sharp from 'sharp';
import { DOCUMENT_THUMBNAIL_PX } from '@worker-aid/shared/domain';
import { oneThumbnailAtATime, thumbnailOf } from './thumbnail';

const picture = (width: number, height: number, format: 'png' | 'jpeg' | 'webp') =>
  sharp({ create: { width, height, channels: 3, background: '#2a6' } })
    .withMetadata({ exif: { IFD0: { Artist: '王秀英' } } })
    [format]()
    .toBuffer();

describe('thumbnailOf', () => {
  it('makes a WebP at most 320 px on its longer side, without the original metadata', async () => {
    for (const [width, height, format] of [
      [1600, 900, 'jpeg'],
      [500, 2000, 'png'],
      [700, 700, 'webp'],
    ] as const) {
      const thumbnail = await thumbnailOf(await picture(width, height, format));
      if (!thumbnail) throw new Error('no thumbnail');
      const meta = await sharp(thumbnail).metadata();
      expect(meta.format).toBe('webp');
      expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(DOCUMENT_THUMBNAIL_PX);
      expect(meta.exif).toBeUndefined();
    }
  });

  it('does not enlarge a small picture, and gives none for bytes libvips cannot read', async () => {
    const small = await thumbnailOf(await picture(40, 30, 'png'));
    expect((await sharp(small ?? Buffer.alloc(0)).metadata()).width).toBe(40);
    const broken = (await picture(400, 300, 'jpeg')).subarray(0, 300);
    expect(await thumbnailOf(broken)).toBeNull();
  });

  it('runs thumbnail work one at a time, even when a piece of it fails', async () => {
    let running = 0;
    let most = 0;
    const work = (fail: boolean) =>
      oneThumbnailAtATime(async () => {
        most = Math.max(most, ++running);
        await new Promise((done) => setTimeout(done, 5));
        running -= 1;
        if (fail) throw new Error('broken');
        return 1;
      });
    const results = await Promise.allSettled([work(false), work(true), work(false), work(false)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(most).toBe(1);
  });
});
