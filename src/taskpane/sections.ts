/**
 * Extra pane sections mounted after the built-in ones (Start, Classify, Problems, Data).
 *
 * The Share panel (components/SharePanel.tsx) is mounted here; a further section is one more
 * entry in EXTRA_SECTIONS. A section receives the pane context (services, busy flag, a way to show a
 * notice) and renders its own <Section> card (components/Section.tsx) so it looks like the rest.
 */
import type * as React from "react";
import { SharePanel } from "./components/SharePanel";
import type { Msg } from "../i18n/catalogue";
import type { PaneServices } from "./services";
import type { Notice, NoticeIntent } from "./state";

export interface PaneSectionContext {
  services: PaneServices;
  /** True while another pane task (classify, insert, load) runs: sections should disable actions. */
  busy: boolean;
  /** Shows a result in this section's card (and announces it). */
  showNotice(intent: NoticeIntent, message: Msg): void;
  /** This section's current notice, to render beside its actions (components/InlineNotice). */
  notice?: Notice;
  dismissNotice?(): void;
}

export interface PaneSection {
  id: string;
  Component: React.ComponentType<PaneSectionContext>;
}

export const EXTRA_SECTIONS: PaneSection[] = [{ id: "share", Component: SharePanel }];
