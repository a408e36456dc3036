/** Range.dataValidation (ExcelApi 1.8), with Excel's limits on the rule's text. */
import { intersects } from "./address";
import { jsonBytes } from "./proxy-base";
import type { RangeProxy } from "./range";
import { officeError } from "./state";

/**
 * Excel's limits on data validation text (MS-XLS 2.5.37 DValStrings: error title ≤ 32 characters,
 * error message ≤ 225, prompt title ≤ 32, prompt ≤ 255) and on a typed list source (255
 * characters, the formula limit of a validation rule). Office.js passes the text to Excel, so the
 * model refuses longer text at sync, as the strictest reading of what Excel may do.
 */
export const VALIDATION_LIMITS = { listSource: 255, alertTitle: 32, alertMessage: 225 } as const;

function tooLong(what: string, text: unknown, max: number): void {
  if (typeof text === "string" && text.length > max) {
    throw officeError(
      "InvalidArgument",
      `The ${what} is ${text.length} characters long; Excel allows ${max}.`
    );
  }
}

export class DataValidationProxy {
  constructor(private readonly range: RangeProxy) {}
  set rule(rule: unknown) {
    this.range.context.enqueue(jsonBytes(rule), () => {
      this.range.context.requireApi("1.8", "DataValidation.rule");
      const source = (rule as { list?: { source?: unknown } } | undefined)?.list?.source;
      tooLong("list source of a data validation rule", source, VALIDATION_LIMITS.listSource);
      if (source !== undefined && (typeof source !== "string" || source.length === 0)) {
        throw officeError("InvalidArgument", "A list rule needs a non-empty source.");
      }
      const t = this.range.resolve();
      if (t) t.sheet.validations.push({ rect: t.rect, rule });
    });
  }
  set errorAlert(alert: unknown) {
    this.range.context.enqueue(jsonBytes(alert), () => {
      const a = alert as { title?: unknown; message?: unknown };
      tooLong("data validation error title", a.title, VALIDATION_LIMITS.alertTitle);
      tooLong("data validation error message", a.message, VALIDATION_LIMITS.alertMessage);
      this.range.resolve();
    });
  }
  clear(): void {
    this.range.context.enqueue(10, () => {
      const t = this.range.resolve();
      if (t) t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}
