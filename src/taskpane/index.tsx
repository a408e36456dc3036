/**
 * Task pane entry (loaded by taskpane.html in the shared runtime). The ribbon's Reimbursement
 * button opens this pane (manifest ShowTaskpane); the pane follows Office's theme and language.
 */
import * as excel from "../excel";
import * as fixCell from "../excel/fixCell";
import { getReference, onReferenceChange } from "../functions/state";
import { isEmpty } from "../domain/reference/model";
import { resolveLocale } from "../i18n/catalogue";
import { mountPane } from "./mount";
import { sharedReferencePort } from "./reference";
import { createPaneServices, type ExcelAdapterPort } from "./services";
import { isDarkOfficeTheme } from "./theme";

const adapter: ExcelAdapterPort = { ...excel, ...fixCell };

/**
 * REIMB.* cells cache what they computed; the bundled CMS data loads asynchronously and the user
 * may load newer files, so every change of the shared reference recalculates the workbook once.
 * Data that arrived before this runs (the functions start loading the bundle first, in the same
 * page) may already have been missed by cells computed at open, so that case recalculates once too.
 * Returns the unsubscribe function.
 */
export function recalculateOnReferenceChange(
  recalculate: () => Promise<boolean> = excel.recalculateReimbCells
): () => void {
  if (!isEmpty(getReference())) void recalculate();
  return onReferenceChange(() => void recalculate());
}

Office.onReady(() => {
  const locale = resolveLocale(Office.context.displayLanguage);
  recalculateOnReferenceChange();
  mountPane(document.getElementById("container") as HTMLElement, {
    services: createPaneServices(adapter, sharedReferencePort(), locale),
    locale,
    // officeTheme is absent outside Office (and in old clients): light is the safe default.
    dark: isDarkOfficeTheme(Office.context.officeTheme),
  });
});
