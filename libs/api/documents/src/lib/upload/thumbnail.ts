import sharp from 'sharp';
import { DOCUMENT_THUMBNAIL_PX } from '@worker-aid/shared/domain';

export const THUMBNAIL_CONTENT_TYPE = 'image/webp';

/** Past this many pixels (a 600-dpi A3 scan is 70 million) a picture gets no thumbnail. */
const MAX_INPUT_PIXELS = 80_000_000;

// Each picture is read once: libvips' operation cache would only hold memory.
sharp.cache(false);

/**
 * A picture made small (≤ DOCUMENT_THUMBNAIL_PX on its longer side, turned upright by its EXIF
 * orientation), as WebP without the original's metadata (no camera or GPS data). Null when
 * libvips cannot read it (broken, or too large), which leaves the document without a thumbnail.
 */
export async function thumbnailOf(picture: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(picture, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(DOCUMENT_THUMBNAIL_PX, DOCUMENT_THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
  } catch {
    return null;
  }
}

let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs thumbnail work one at a time in the process: each holds a whole picture (up to 20 MB)
 * and its decoded pixels, so however many uploads arrive together, only one does so at once.
 */
export function oneThumbnailAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = previous.then(work, work);
  previous = run.catch(() => undefined);
  return run;
}
