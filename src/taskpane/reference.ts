/**
 * The pane's view of the shared-runtime reference data: the same object the custom functions use
 * (src/domain/reference/current), so files a user loads here change the numbers in cells too.
 */
import { parseFiles } from "../data/load";
import {
  getCodeReference,
  getReference,
  getVintage,
  onReferenceChange,
  setReference,
} from "../domain/reference/current";
import { buildReference, isEmpty, type ReferenceData } from "../domain/reference/model";
import { vintageOf } from "../domain/reference/vintage";
import type { ReferencePort } from "./services";

export function sharedReferencePort(): ReferencePort {
  return {
    // The engine asks the data through the CodeReference port; the vintage goes into the workbook.
    current: () => {
      const codes = getCodeReference();
      return codes ? { reference: codes, vintage: getVintage() } : undefined;
    },
    // CMS publishes datasets on different calendars (PFS quarterly, GPCI yearly): newer files are
    // merged into what is loaded, each dataset keeping its newest release, so loading a new PFS
    // quarter does not drop the GPCIs. Payment-amount files are for checking only.
    load: async (files) => {
      const { parsed, problems } = parseFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })));
      const usable = parsed.filter((p) => p.kind !== "pfsPayment");
      const data = buildReference(usable, getReference());
      return { data, vintage: vintageOf(data), problems, datasets: usable.length };
    },
    // `data` is what `load` returned: ReferenceData, kept opaque by the port.
    install: (data) => void setReference(data as ReferenceData),
    onChange: (listener) =>
      onReferenceChange((vintage) => listener(isEmpty(getReference()) ? undefined : vintage)),
  };
}
