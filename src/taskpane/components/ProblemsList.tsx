import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import {
  ErrorCircle16Filled,
  Warning16Filled,
  CheckmarkCircle16Filled,
  ErrorCircle20Regular,
} from "@fluentui/react-icons";
import { t } from "../../i18n/catalogue";
import type { ProblemView } from "../state";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  entryActions: { display: "flex", flexWrap: "wrap", paddingInlineStart: "28px" },
  allowed: { paddingInlineStart: "28px", color: tokens.colorNeutralForeground2 },
  summary: {
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  severity: { fontWeight: tokens.fontWeightSemibold },
  column: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  surface: {
    width: "calc(100vw - 32px)",
    maxWidth: "420px",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
  },
  dialogActions: { flexWrap: "wrap" },
  item: {
    width: "100%",
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    // Drawn inside the button, so no ancestor's overflow can clip it.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  icon: { paddingTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  where: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
    minWidth: 0,
    flexWrap: "wrap",
  },
  whereText: { fontWeight: tokens.fontWeightSemibold },
  address: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  text: { overflowWrap: "anywhere" },
  empty: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ProblemsListProps {
  problems: ProblemView[];
  selectedKey: string | undefined;
  onSelect(problem: ProblemView): void;
  /** Writes the suggested value into the problem's cell; absent when the adapter cannot. */
  onFix?(problem: ProblemView, value: string): void;
  busy?: boolean;
}

/** Asks before the suggestion is written: the cell is the user's, so nothing changes unasked. */
function FixDialog(props: {
  pending: { problem: ProblemView; value: string } | undefined;
  onAnswer(apply: boolean): void;
}): React.JSX.Element {
  const styles = useStyles();
  const p = props.pending;
  return (
    <Dialog
      open={p !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onAnswer(false);
      }}
    >
      <DialogSurface className={styles.surface} data-testid="fix-dialog">
        <DialogBody>
          <DialogTitle>{t("pane.problems.fixTitle")}</DialogTitle>
          <DialogContent>
            {p
              ? t("pane.problems.fixBody", {
                  row: p.problem.rowNumber,
                  column: p.problem.column,
                  address: p.problem.address,
                  current: p.problem.value,
                  value: p.value,
                })
              : null}
          </DialogContent>
          <DialogActions className={styles.dialogActions}>
            <Button
              appearance="primary"
              data-testid="fix-apply"
              onClick={() => props.onAnswer(true)}
            >
              {t("pane.problems.fixApply")}
            </Button>
            <Button data-testid="fix-cancel" onClick={() => props.onAnswer(false)}>
              {t("pane.problems.fixCancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export function ProblemsList(props: ProblemsListProps): React.JSX.Element {
  const styles = useStyles();
  // Arrow keys move between the list's controls, Tab leaves the list: one tab stop however long.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const [pending, setPending] = React.useState<{ problem: ProblemView; value: string }>();
  const title = t("pane.problems.title", { count: props.problems.length });
  return (
    <Section id="problems" title={title} icon={<ErrorCircle20Regular />}>
      {props.problems.length === 0 ? (
        <div className={styles.empty} data-testid="problems-none">
          <CheckmarkCircle16Filled className={styles.ok} />
          <Body1>{t("pane.problems.none")}</Body1>
        </div>
      ) : (
        <>
          <Caption1 className={styles.hint}>{t("pane.problems.hint")}</Caption1>
          {/* No height limit of its own: the pane scrolls, so no text is clipped by a nested scroll
              and a focused item's ring is never cut off. */}
          <ul className={styles.list} {...arrows} aria-label={title} data-testid="problems">
            {props.problems.map((problem) => {
              const selected = problem.key === props.selectedKey;
              const allowed = problem.allowed ?? [];
              return (
                <li key={problem.key} className={styles.entry} data-testid="problem-entry">
                  <button
                    type="button"
                    className={mergeClasses(styles.item, selected && styles.selected)}
                    onClick={() => props.onSelect(problem)}
                    aria-current={selected ? "true" : undefined}
                    data-testid="problem"
                    data-severity={problem.severity}
                    data-address={`${problem.sheetName}!${problem.address}`}
                  >
                    <span
                      className={mergeClasses(
                        styles.icon,
                        problem.severity === "error" ? styles.error : styles.warning
                      )}
                      aria-hidden="true"
                    >
                      {problem.severity === "error" ? <ErrorCircle16Filled /> : <Warning16Filled />}
                    </span>
                    <span className={styles.where}>
                      {/* Severity in words as well as colour and icon. */}
                      <Caption1
                        className={mergeClasses(
                          styles.severity,
                          problem.severity === "error" ? styles.error : styles.warning
                        )}
                      >
                        {t(`pane.problems.severity.${problem.severity}`)}
                      </Caption1>
                      <Caption1 className={styles.whereText}>
                        {t("pane.problems.row", { row: problem.rowNumber })}
                      </Caption1>
                      {problem.column ? (
                        <Caption1 className={styles.column}>{problem.column}</Caption1>
                      ) : null}
                      <Caption1 className={styles.address}>{problem.address}</Caption1>
                    </span>
                    <span />
                    <span className={styles.body}>
                      {problem.suggestion ? (
                        <Body1Strong className={styles.text} data-testid="suggestion">
                          {t("pane.problems.didYouMean", { value: problem.suggestion })}
                        </Body1Strong>
                      ) : null}
                      <Body1 className={styles.text}>{problem.detail}</Body1>
                    </span>
                  </button>
                  {problem.suggestion && props.onFix ? (
                    <div className={styles.entryActions}>
                      <Button
                        size="small"
                        appearance="outline"
                        data-testid="fix"
                        disabled={props.busy}
                        onClick={() => setPending({ problem, value: problem.suggestion as string })}
                      >
                        {t("pane.problems.fix", {
                          value: problem.suggestion,
                          address: problem.address,
                        })}
                      </Button>
                    </div>
                  ) : null}
                  {allowed.length > 0 ? (
                    <details className={styles.allowed} data-testid="allowed">
                      <summary className={styles.summary}>
                        {t("pane.problems.allowed", {
                          count: allowed.length,
                          address: problem.address,
                        })}
                      </summary>
                      <Caption1 className={styles.text}>{allowed.join(", ")}</Caption1>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <FixDialog
        pending={pending}
        onAnswer={(apply) => {
          if (apply && pending) props.onFix?.(pending.problem, pending.value);
          setPending(undefined);
        }}
      />
    </Section>
  );
}
