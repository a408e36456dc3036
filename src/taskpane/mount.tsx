/**
 * Renders the pane into a container. Shared by the Office entry (index.tsx) and the browser test
 * harness, which passes services wired to the in-memory Excel.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { setLocale, type Locale } from "../i18n/catalogue";
import { App } from "./components/App";
import type { PaneServices } from "./services";
import type { PaneSection } from "./sections";
import { fluentTheme } from "./theme";

export interface MountOptions {
  services: PaneServices;
  locale: Locale;
  dark: boolean;
  sections?: PaneSection[];
}

export function mountPane(container: HTMLElement, options: MountOptions): Root {
  setLocale(options.locale);
  document.documentElement.lang = options.locale;
  // The page behind the pane shows while it scrolls past its end; match the theme there too.
  document.body.style.margin = "0";
  document.body.style.backgroundColor = options.dark ? "#1f1f1f" : "#fafafa";
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={fluentTheme(options.dark)} style={{ backgroundColor: "transparent" }}>
      <App services={options.services} dark={options.dark} sections={options.sections} />
    </FluentProvider>
  );
  return root;
}
