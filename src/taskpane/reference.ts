/**
 * The pane's view of the shared-runtime reference data: the same object the custom functions use
 * (src/functions/state), so files a user loads here change the numbers in cells too.
 */
import { loadReferenceFromFiles } from "../data/load";
import {
  getCodeReference,
  getReference,
  getVintage,
  noDataMessage,
  onReferenceChange,
  setReference,
} from "../functions/state";
import { isEmpty } from "../domain/reference/model";
import type { ReferencePort } from "./services";

export function sharedReferencePort(): ReferencePort {
  return {
    // The engine asks the data through the CodeReference port; the vintage goes into the workbook.
    current: () => {
      const codes = getCodeReference();
      return codes ? { reference: codes, vintage: getVintage() } : undefined;
    },
    economics: () => ({ reference: getReference(), noData: noDataMessage() }),
    // CMS publishes datasets on different calendars (PFS quarterly, GPCI yearly): newer files are
    // merged into what is loaded, each dataset keeping its newest release, so loading a new PFS
    // quarter does not drop the GPCIs. Payment-amount files are for checking only.
    load: async (files) => {
      const result = await loadReferenceFromFiles(
        files.map((f) => ({ name: f.name, bytes: f.bytes })),
        getReference()
      );
      return {
        data: result.reference,
        vintage: result.vintage,
        problems: result.problems,
        datasets: result.files.filter((f) => f.status === "loaded").length,
        files: result.files,
      };
    },
    install: (data) => void setReference(data),
    onChange: (listener) =>
      onReferenceChange((vintage) => listener(isEmpty(getReference()) ? undefined : vintage)),
  };
}
