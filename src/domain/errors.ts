/**
 * The one error type for failures a user is told about. It carries a catalogue message id and its
 * parameters, never text: each host renders it in the user's language (`errorText`, or
 * `render(err.msg, locale)`), so a Chinese pane and an English CLI explain the same failure from
 * the same error. Subclasses exist only where a host must tell failures apart (a share the lossless
 * writer refused, a CLI run that would overwrite a user's cells).
 */
import { render, type Locale, type MessageParams, type Msg } from "../i18n/catalogue";

/** A catalogue id (`area.kind.detail`); test/i18n/errors.test.ts checks every thrown one exists. */
export type MessageId = string;

export class ReimbError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {}
  ) {
    // The id and parameters, never prose: logs and stack traces say which message, the host says it.
    super(Object.keys(params).length > 0 ? `${id} ${JSON.stringify(params)}` : id);
    this.name = "ReimbError";
  }

  /** The message to render. */
  get msg(): Msg {
    return Object.keys(this.params).length > 0
      ? { id: this.id, params: this.params }
      : { id: this.id };
  }
}

/**
 * What to tell the user about a caught error, in `locale`: a ReimbError's message, or the text of
 * an error that is not ours (a platform's own message, already in its words).
 */
export function errorText(err: unknown, locale: Locale): string {
  if (err instanceof ReimbError) return render(err.msg, locale);
  return err instanceof Error ? err.message : String(err);
}
