import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Regular,
  ChevronDown16Regular,
  ChevronUp16Regular,
  DismissCircle16Regular,
  SubtractCircle16Regular,
} from "@fluentui/react-icons";
import { t } from "../../i18n/catalogue";
import type { DataFileView, DataReport as Report } from "../state";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  summaryRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    maxHeight: "240px",
    overflowY: "auto",
  },
  item: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "start",
  },
  icon: { marginTop: "2px" },
  loaded: { color: tokens.colorPaletteGreenForeground1 },
  skipped: { color: tokens.colorNeutralForeground3 },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  file: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  detail: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

const ICONS: Record<DataFileView["status"], React.JSX.Element> = {
  loaded: <CheckmarkCircle16Regular />,
  skipped: <SubtractCircle16Regular />,
  rejected: <DismissCircle16Regular />,
};

/**
 * What the last load did with each file: a one-line summary and a list behind a toggle, so a
 * quarterly zip of dozens of members does not push the rest of the pane away. The list opens by
 * itself when a file was rejected or nothing was used: then the user has to read it.
 */
export function DataReport(props: { report: Report }): React.JSX.Element {
  const styles = useStyles();
  const { report } = props;
  const needsAttention = report.rejected > 0 || report.loaded === 0;
  const [expanded, setExpanded] = React.useState<boolean | undefined>(undefined);
  const open = expanded ?? needsAttention;
  const listId = "data-report-files";
  return (
    <div className={styles.root} data-testid="data-report">
      <div className={styles.summaryRow}>
        <Caption1 data-testid="data-report-summary">
          {t("pane.data.report.summary", {
            loaded: report.loaded,
            skipped: report.skipped,
            rejected: report.rejected,
          })}
        </Caption1>
        <Button
          size="small"
          appearance="transparent"
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          iconPosition="after"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setExpanded(!open)}
          data-testid="toggle-data-report"
        >
          {open
            ? t("pane.data.report.hide")
            : t("pane.data.report.show", { count: report.files.length })}
        </Button>
      </div>
      {open ? (
        <ul
          id={listId}
          className={styles.list}
          aria-label={t("pane.data.report.listLabel")}
          data-testid="data-report-files"
          // Scrollable region: focusable so keyboard users can scroll a long list.
          tabIndex={0}
        >
          {report.files.map((f) => (
            <li
              key={f.key}
              className={styles.item}
              data-status={f.status}
              data-testid="data-report-file"
            >
              <span className={mergeClasses(styles.icon, styles[f.status])} aria-hidden>
                {ICONS[f.status]}
              </span>
              <span className={styles.text}>
                <Caption1 className={styles.file}>
                  {t("pane.data.file.heading", {
                    status: t(`pane.data.status.${f.status}`),
                    file: f.file,
                  })}
                </Caption1>
                <Caption1 className={styles.detail}>{t(f.detail.id, f.detail.params)}</Caption1>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
