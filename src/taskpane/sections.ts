/**
 * Extra pane sections mounted after the built-in ones (Start, Classify, Problems, Data).
 *
 * SLOT FOR THE SHARE PANEL (W5): the Share engineer adds
 *   import { SharePanel } from "./components/SharePanel";
 *   { id: "share", Component: SharePanel }
 * to EXTRA_SECTIONS below. A section receives the pane context (services, busy flag, a way to show a
 * notice) and renders its own <Section> card (components/Section.tsx) so it looks like the rest.
 */
import type * as React from "react";
import type { Msg } from "../i18n/catalogue";
import type { PaneServices } from "./services";
import type { NoticeIntent } from "./state";

export interface PaneSectionContext {
  services: PaneServices;
  /** True while another pane task (classify, insert, load) runs: sections should disable actions. */
  busy: boolean;
  showNotice(intent: NoticeIntent, message: Msg): void;
}

export interface PaneSection {
  id: string;
  Component: React.ComponentType<PaneSectionContext>;
}

export const EXTRA_SECTIONS: PaneSection[] = [];
