/**
 * Explicit caches. The domain holds no mutable state at module level (test/architecture checks it):
 * a cache belongs to whoever owns the data it speeds up, so two workbooks, two reports or two
 * reference vintages in one runtime never see each other's entries, and a cache is dropped with
 * its owner.
 *
 * - `Memo`: a bounded key → value cache an owner creates and passes along (a report run, the
 *   custom-functions runtime).
 * - `Derived`: an index a data object carries for itself (a fee-schedule table's key → row map),
 *   built from the object on first use and stored on it.
 */

/** A bounded get-or-compute cache; cleared when full so hostile input cannot grow it without limit. */
export class Memo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit = 5000) {}

  get(key: K, compute: (key: K) => V): V {
    const entries = this.entries;
    const held = entries.get(key);
    // One hash lookup for a hit; `has` only tells a stored undefined from a miss.
    if (held !== undefined || entries.has(key)) return held as V;
    const value = compute(key);
    if (entries.size >= this.limit) entries.clear();
    entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A value derived from a data object and kept on that object (under a private symbol,
 * non-enumerable, so JSON, structured clone and equality ignore it). The data stays plain data
 * to every reader; the derived index lives and dies with it, like a field built at construction
 * but built only when a lookup first needs it (a reference bundle loads without indexing every table).
 */
export class Derived<O extends object, T> {
  private readonly slot: symbol;

  constructor(
    name: string,
    private readonly build: (owner: O) => T
  ) {
    this.slot = Symbol(name);
  }

  of(owner: O): T {
    const held = (owner as Record<symbol, T | undefined>)[this.slot];
    if (held !== undefined) return held;
    const value = this.build(owner);
    // A frozen owner cannot carry it: computed again on each call, still correct.
    if (Object.isExtensible(owner))
      Object.defineProperty(owner, this.slot, {
        value,
        enumerable: false,
        writable: true,
        configurable: true,
      });
    return value;
  }

  /** Replace the derived value (an owner whose data grew: the value is rebuilt by the caller). */
  reset(owner: O, value: T): void {
    if (Object.isExtensible(owner))
      Object.defineProperty(owner, this.slot, {
        value,
        enumerable: false,
        writable: true,
        configurable: true,
      });
  }
}
