/**
 * What every proxy shares, with Office.js batch semantics: a property can be read only after it
 * was loaded (or set) and synced, otherwise it throws PropertyNotLoaded like real Office.js; a
 * null object (an *OrNullObject result that found nothing) may be loaded, never used.
 */
import type { FakeRequestContext } from "./context";
import { officeError } from "./state";

const encoder = new TextEncoder();

/** Request/response sizes are bytes of UTF-8 JSON, as sent over the wire. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  return /[^\x00-\x7f]/.test(json) ? encoder.encode(json).length : json.length;
}

export function notLoaded(prop: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function loadList(props: unknown, defaults: readonly string[]): string[] {
  if (props === undefined || props === null) return [...defaults];
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  if (Array.isArray(props)) return props.map(String);
  if (typeof props === "object") {
    const select = (props as { select?: unknown }).select;
    if (select !== undefined) return loadList(select, defaults);
    return Object.keys(props as object);
  }
  return [...defaults];
}

export function invalidObjectPath(what: string): Error {
  return officeError(
    "InvalidObjectPath",
    `The object path '${what}' isn't working for what you're trying to do: a method was called or a property navigated on a null object (an *OrNullObject result that found nothing).`
  );
}

export abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Made by an *OrNullObject method: may be a null object. */
  private nullSource = false;

  constructor(protected readonly ctx: FakeRequestContext) {
    ctx.register(this);
  }

  /** Resolve against the workbook at run time; null means a null object. May throw ItemNotFound. */
  abstract resolve(): unknown;
  /** Property values for `load`, computed from the resolved target. */
  protected abstract snapshot(prop: string, target: unknown): unknown;
  protected abstract readonly scalarProps: readonly string[];

  defaultProps(): readonly string[] {
    return this.scalarProps;
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /**
   * Office.js does not document what using a null object as the parent of a call does; the model
   * assumes the strictest: loading it (or reading isNullObject) is fine, but a method call, a
   * property set or a navigation through it fails the sync with InvalidObjectPath, as an unusable
   * object path does in Excel. Only when it really is null: an *OrNullObject that found its item
   * is an ordinary object.
   */
  markNullSource(): this {
    this.nullSource = true;
    return this;
  }

  /** Every subclass's resolve() passes its target through here. */
  protected guard<T>(target: T | null): T | null {
    if (target === null && this.nullSource && this.ctx.owner !== this) {
      throw invalidObjectPath(`${this.constructor.name.replace(/Proxy$/, "")} (null object)`);
    }
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Called after the sync in which the proxy was created, so `isNullObject` becomes readable. */
  settle(): void {
    const owner = this.ctx.owner;
    this.ctx.owner = this;
    try {
      this.nullState = this.resolve() === null;
    } catch {
      this.nullState = false;
    } finally {
      this.ctx.owner = owner;
    }
  }

  load(props?: unknown): this {
    const list = loadList(props, this.scalarProps);
    this.ctx.enqueue(jsonBytes(list), () => this.loadNow(list), this);
    return this;
  }

  /** Runs inside a sync: snapshot the properties; returns the response bytes they cost. */
  loadNow(list: readonly string[]): number {
    const target = this.resolve();
    this.nullState = target === null;
    let bytes = 0;
    for (const prop of list) {
      const value = target === null ? null : this.snapshot(prop, target);
      this.loaded.set(prop, value);
      bytes += jsonBytes(value) + prop.length + 4;
    }
    return bytes;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Setting a property makes it readable at once (as in Office.js) and queues the write. */
  protected write(prop: string, value: unknown, apply: (target: unknown) => void): void {
    this.loaded.set(prop, value);
    this.ctx.enqueue(jsonBytes(value), () => this.applyTo(`set ${prop}`, apply), this);
  }

  protected call(payload: unknown, apply: (target: unknown) => void): void {
    this.ctx.enqueue(
      jsonBytes(payload),
      () => this.applyTo(JSON.stringify(payload).slice(0, 40), apply),
      this
    );
  }

  private applyTo(what: string, apply: (target: unknown) => void): void {
    const target = this.resolve();
    if (target === null) {
      if (this.nullSource) throw invalidObjectPath(`${what} on a null object`);
      return;
    }
    apply(target);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function itemNotFound(what: string): Error {
  return officeError("ItemNotFound", `The requested resource (${what}) doesn't exist.`);
}

export abstract class CollectionProxy<Item extends ProxyBase> extends ProxyBase {
  protected readonly scalarProps = ["items"] as const;
  protected abstract itemsNow(): Item[];
  resolve(): unknown {
    return {};
  }
  protected snapshot(prop: string): unknown {
    if (prop === "count") return this.itemsNow().length;
    return undefined;
  }
  override load(props?: unknown): this {
    const list = loadList(props, ["items"]);
    this.ctx.enqueue(jsonBytes(list), () => {
      const items = this.itemsNow();
      // "items/name" loads item properties; "items" alone loads every scalar.
      const sub = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      let bytes = 0;
      for (const item of items) bytes += item.loadNow(sub.length > 0 ? sub : item.defaultProps());
      this.loaded.set("items", items);
      this.loaded.set("count", items.length);
      return bytes;
    });
    return this;
  }
  get items(): Item[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
}
