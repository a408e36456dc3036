/** workbook.settings: values stored with the document, JSON round-tripped as Office.js does. */
import type { FakeRequestContext } from "./context";
import { ProxyBase, itemNotFound, jsonBytes } from "./proxy-base";

export class SettingProxy extends ProxyBase {
  protected readonly scalarProps = ["key", "value"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly settingKey: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
  }
  resolve(): { key: string; value: unknown } | null {
    if (!this.ctx.state.settings.has(this.settingKey)) {
      if (this.orNull) return this.guard(null);
      throw itemNotFound(`setting "${this.settingKey}"`);
    }
    return { key: this.settingKey, value: this.ctx.state.settings.get(this.settingKey) };
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const s = target as { key: string; value: unknown };
    return prop === "key" ? s.key : JSON.parse(JSON.stringify(s.value ?? null));
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(v: unknown) {
    this.write("value", v, () => this.ctx.state.settings.set(this.settingKey, v));
  }
  delete(): void {
    this.call({ delete: this.settingKey }, () => this.ctx.state.settings.delete(this.settingKey));
  }
}

export class SettingCollectionProxy {
  constructor(private readonly ctx: FakeRequestContext) {}
  add(key: string, value: unknown): SettingProxy {
    this.ctx.enqueue(jsonBytes({ key, value }), () => {
      this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    });
    return new SettingProxy(this.ctx, key, false);
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, true).markNullSource();
  }
}
