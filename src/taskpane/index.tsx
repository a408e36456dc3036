/**
 * Task pane entry (loaded by taskpane.html in the shared runtime). The ribbon's Reimbursement
 * button opens this pane (manifest ShowTaskpane); the pane follows Office's theme and language.
 */
import * as excel from "../excel";
import { resolveLocale } from "../i18n/catalogue";
import { mountPane } from "./mount";
import { sharedReferencePort } from "./reference";
import { createPaneServices, type ExcelAdapterPort } from "./services";
import { isDarkOfficeTheme } from "./theme";

const adapter: ExcelAdapterPort = excel;

Office.onReady(() => {
  const locale = resolveLocale(Office.context.displayLanguage);
  mountPane(document.getElementById("container") as HTMLElement, {
    services: createPaneServices(adapter, sharedReferencePort(), locale),
    locale,
    // officeTheme is absent outside Office (and in old clients): light is the safe default.
    dark: isDarkOfficeTheme(Office.context.officeTheme),
  });
});
