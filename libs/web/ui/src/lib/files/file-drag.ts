import { signal } from '@angular/core';

/**
 * A drop zone's dragging, for every zone alike: highlighted (`over`) while files are dragged over
 * it, copying, and the files dropped. A zone binds dragenter/dragover to `enter`, dragleave to
 * `leave` and drop to `drop`.
 */
export class FileDrag {
  readonly over = signal(false);

  /** Files dragged over the zone are taken (a copy), unless the zone is `closed`. */
  enter(event: DragEvent, closed = false): void {
    if (closed || !(event.dataTransfer?.types.includes('Files') ?? false)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.over.set(true);
  }

  leave(event: DragEvent): void {
    // Moving onto a child of the zone is no leaving.
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.over.set(false);
  }

  /** The files dropped (none for anything else); the browser does not open them. */
  drop(event: DragEvent): File[] {
    event.preventDefault();
    this.over.set(false);
    return Array.from(event.dataTransfer?.files ?? []);
  }
}
