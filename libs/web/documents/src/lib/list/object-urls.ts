import { signal } from '@angular/core';

/**
 * Object URLs of blobs on screen (thumbnails), by id; each is revoked when its picture goes away
 * and all of them when the component does, so the blobs do not outlive the page.
 */
export class ObjectUrls {
  private readonly urls = signal<ReadonlyMap<string, string>>(new Map());

  /** The URL of `id`'s blob; undefined until it is there. */
  get(id: string): string | undefined {
    return this.urls().get(id);
  }

  set(id: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const previous = this.urls().get(id);
    if (previous) URL.revokeObjectURL(previous);
    this.urls.update((urls) => new Map(urls).set(id, url));
  }

  revoke(id: string): void {
    const url = this.urls().get(id);
    if (!url) return;
    URL.revokeObjectURL(url);
    this.urls.update((urls) => {
      const rest = new Map(urls);
      rest.delete(id);
      return rest;
    });
  }

  revokeAll(): void {
    for (const url of this.urls().values()) URL.revokeObjectURL(url);
    this.urls.set(new Map());
  }
}
