import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { Database20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { t } from "../../i18n/catalogue";
import type { DataReport as Report, Notice, VintageView } from "../state";
import { InlineNotice } from "./InlineNotice";
import { DataReport } from "./DataReport";
import { Section } from "./Section";
import { CodeSearch } from "./CodeSearch";
import type { CodeMatch } from "../../domain/search";

const ACCEPT = ".zip,.csv,.txt,.xlsx";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  vintage: { overflowWrap: "anywhere" },
  entries: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
  },
  hidden: { display: "none" },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface DataCardProps {
  loadedVintage: VintageView | undefined;
  recordedVintage: VintageView | undefined;
  mismatch: boolean;
  loading: boolean;
  busy: boolean;
  problems: string[];
  /** What the last load did with each file; it replaces the plain problem list once present. */
  report?: Report;
  onFiles(files: File[]): void;
  notice?: Notice;
  onDismissNotice(): void;
  /** The loaded data's HCPCS search; the "Find a HCPCS code" field shows when data is loaded. */
  searchCodes?(text: string, limit?: number): CodeMatch[] | undefined;
}

/** Reference data: which CMS files the economics use, and a way to load newer official ones. */
export function DataCard(props: DataCardProps): React.JSX.Element {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <Section id="data" title={t("pane.data.title")} icon={<Database20Regular />}>
      {props.loadedVintage ? (
        <div data-testid="loaded-vintage">
          <Body1>{t("pane.data.loadedHeading")}</Body1>
          <ul className={styles.entries}>
            {props.loadedVintage.entries.map((entry) => (
              <li key={entry}>
                <Caption1 className={styles.vintage}>{entry}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Body1 data-testid="loaded-vintage">{t("pane.data.none")}</Body1>
      )}
      {props.loadedVintage && props.searchCodes ? (
        <CodeSearch search={(text, limit) => props.searchCodes?.(text, limit)} />
      ) : null}
      {props.recordedVintage && props.mismatch ? (
        <Caption1 className={styles.hint} data-testid="recorded-vintage">
          {t("pane.data.recorded", { vintage: props.recordedVintage.entries.join("; ") })}
        </Caption1>
      ) : null}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept={ACCEPT}
        aria-label={t("pane.data.pickerLabel")}
        data-testid="data-files"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Reset so choosing the same files again still fires a change.
          event.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <div className={styles.actions}>
        <Button
          icon={<FolderOpen20Regular />}
          onClick={() => input.current?.click()}
          disabled={props.busy}
          data-testid="load-data"
        >
          {t("pane.data.load")}
        </Button>
        {props.loading ? <Spinner size="tiny" label={t("pane.data.loading")} /> : null}
      </div>
      <InlineNotice notice={props.notice} onDismiss={props.onDismissNotice} />
      <Caption1 className={styles.hint}>{t("pane.data.loadHint")}</Caption1>
      {props.report ? (
        <DataReport report={props.report} />
      ) : props.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="data-problems">
          <MessageBarBody>
            <MessageBarTitle>{t("pane.data.problems")}</MessageBarTitle>
            <ul className={styles.problems}>
              {props.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </Section>
  );
}
