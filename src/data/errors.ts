/**
 * A CMS file that cannot be read as what it claims to be. Carries a catalogue message (which file,
 * which line, what was expected) so every host renders it in the user's language.
 */
import type { Msg, MessageParams } from "../i18n/catalogue";
import { ReimbError, type MessageId } from "../domain/errors";

export class DataFileError extends ReimbError {
  constructor(id: MessageId, params: MessageParams) {
    super(id, params);
    this.name = "DataFileError";
  }
  get problem(): Msg {
    return this.msg;
  }
}

/** A file whose layout is not the one its header promised (a row too short, a number that is text…). */
export function badRow(file: string, line: number, expected: string, found: string): DataFileError {
  return new DataFileError("data.error.row", { file, line, expected, found: found.slice(0, 80) });
}

export function missingHeader(file: string, expected: string): DataFileError {
  return new DataFileError("data.error.header", { file, expected });
}

export function tooFewRows(
  file: string,
  kind: string,
  found: number,
  minimum: number
): DataFileError {
  return new DataFileError("data.error.truncated", { file, kind, found, minimum });
}

/** A file labelled with a year no CMS file can be for (1999, 2099): it would become the default year. */
export function implausibleYear(file: string, year: number, latest: number): DataFileError {
  return new DataFileError("data.error.year", { file, year, latest });
}
