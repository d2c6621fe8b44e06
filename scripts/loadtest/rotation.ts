/** Hands out its items round-robin: the load test's way of varying tokens, paths and bodies. */
export class Rotation<T> {
  private index = 0;

  constructor(
    private readonly items: readonly T[],
    what: string,
  ) {
    if (items.length === 0) throw new Error(`nothing to rotate through: no ${what}`);
  }

  next(): T {
    const item = this.items[this.index];
    this.index = (this.index + 1) % this.items.length;
    return item;
  }
}
