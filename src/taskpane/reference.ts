/**
 * The pane's view of the shared-runtime reference data: the same object the custom functions use
 * (src/domain/reference/current), so files a user loads here change the numbers in cells too.
 */
import { loadReferenceFromFiles } from "../data/load";
import { getCodeReference, getReference, getVintage, onReferenceChange, setReference } from "../domain/reference/current";
import { isEmpty, type ReferenceData } from "../domain/reference/model";
import type { ReferencePort } from "./services";

export function sharedReferencePort(): ReferencePort {
  return {
    // The engine asks the data through the CodeReference port; the vintage goes into the workbook.
    current: () => {
      const codes = getCodeReference();
      return codes ? { reference: codes, vintage: getVintage() } : undefined;
    },
    load: async (files) => {
      const loaded = await loadReferenceFromFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })));
      return { data: loaded.reference, vintage: loaded.vintage, problems: loaded.problems };
    },
    // `data` is what `load` returned: ReferenceData, kept opaque by the port.
    install: (data) => void setReference(data as ReferenceData),
    onChange: (listener) => onReferenceChange((vintage) => listener(isEmpty(getReference()) ? undefined : vintage)),
  };
}
