import { RoaringBitmap32, roaringLibraryInitialize } from 'roaring-wasm';

/**
 * Sets of workers (by `worker.list_seq`) as compressed Roaring bitmaps, the storage behind the
 * disbursement roll-up's exact `persons` counts: the union of any number of stored sets gives
 * the distinct workers without reading a single payment row. The bitmaps live in WebAssembly
 * memory, so every set made here is released by the function that made it.
 */
const ready = roaringLibraryInitialize();

export type StoredWorkerSet = Buffer | Uint8Array;

/** Adds `add` to and removes `remove` from a stored set, and returns the new stored set. */
export async function editWorkerSet(
  stored: StoredWorkerSet | null,
  edit: { add?: number; remove?: number },
): Promise<Buffer> {
  await ready;
  const set = stored ? RoaringBitmap32.deserialize(stored, 'portable') : new RoaringBitmap32();
  try {
    if (edit.add !== undefined) set.add(edit.add);
    if (edit.remove !== undefined) set.remove(edit.remove);
    set.runOptimize();
    return Buffer.from(set.serialize('portable'));
  } finally {
    set.dispose();
  }
}

/** Adds every one of `members` to a stored set (none yet: `null`), and returns the new stored set. */
export async function addToWorkerSet(
  stored: StoredWorkerSet | null,
  members: readonly number[],
): Promise<Buffer> {
  await ready;
  const set = stored ? RoaringBitmap32.deserialize(stored, 'portable') : new RoaringBitmap32();
  try {
    set.addMany(members);
    set.runOptimize();
    return Buffer.from(set.serialize('portable'));
  } finally {
    set.dispose();
  }
}

/** A stored set of the given members. */
export async function storeWorkerSet(members: Iterable<number>): Promise<Buffer> {
  await ready;
  const set = new RoaringBitmap32(members);
  try {
    set.runOptimize();
    return Buffer.from(set.serialize('portable'));
  } finally {
    set.dispose();
  }
}

/** Whether two stored sets hold the same members. */
export async function sameWorkerSets(a: StoredWorkerSet, b: StoredWorkerSet): Promise<boolean> {
  await ready;
  const left = RoaringBitmap32.deserialize(a, 'portable');
  const right = RoaringBitmap32.deserialize(b, 'portable');
  try {
    return left.isEqual(right);
  } finally {
    left.dispose();
    right.dispose();
  }
}

/**
 * Counts distinct workers per group while stored sets and single members are folded in.
 * Use inside `countDistinctWorkers`, which frees the WebAssembly memory afterwards.
 */
export class DistinctWorkerCounter<K> {
  private readonly sets = new Map<K, RoaringBitmap32>();
  private readonly all = new RoaringBitmap32();

  addStored(group: K, stored: StoredWorkerSet): void {
    const set = RoaringBitmap32.deserialize(stored, 'portable');
    try {
      this.setOf(group).orInPlace(set);
      this.all.orInPlace(set);
    } finally {
      set.dispose();
    }
  }

  addMember(group: K, member: number): void {
    this.setOf(group).add(member);
    this.all.add(member);
  }

  count(group: K): number {
    return this.sets.get(group)?.size ?? 0;
  }

  /** Distinct workers over every group. */
  total(): number {
    return this.all.size;
  }

  dispose(): void {
    for (const set of this.sets.values()) set.dispose();
    this.all.dispose();
  }

  private setOf(group: K): RoaringBitmap32 {
    let set = this.sets.get(group);
    if (!set) {
      set = new RoaringBitmap32();
      this.sets.set(group, set);
    }
    return set;
  }
}

/** Runs `work` with a fresh counter and frees its memory however `work` ends. */
export async function countDistinctWorkers<K, T>(
  work: (counter: DistinctWorkerCounter<K>) => Promise<T>,
): Promise<T> {
  await ready;
  const counter = new DistinctWorkerCounter<K>();
  try {
    return await work(counter);
  } finally {
    counter.dispose();
  }
}

/** How many workers a stored set holds. */
export async function workerSetSize(stored: StoredWorkerSet): Promise<number> {
  await ready;
  const set = RoaringBitmap32.deserialize(stored, 'portable');
  try {
    return set.size;
  } finally {
    set.dispose();
  }
}
