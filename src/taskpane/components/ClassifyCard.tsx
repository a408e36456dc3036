import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  makeStyles,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSync20Regular,
  DismissCircle20Regular,
  Play20Filled,
  TaskListLtr20Regular,
} from "@fluentui/react-icons";
import { t } from "../../i18n/catalogue";
import { progressFraction, type ClassifyOutcome, type Notice, type Progress } from "../state";
import { InlineNotice } from "./InlineNotice";
import { pathwaySwatch } from "../theme";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  statValue: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  statWarn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  statLabel: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  pathways: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  pathway: {
    display: "grid",
    gridTemplateColumns: "12px minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  swatch: {
    width: "12px",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}`,
  },
  bar: {
    gridColumn: "2 / 4",
    height: "4px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
  },
  barFill: { height: "100%" },
  count: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

export interface ClassifyCardProps {
  canClassify: boolean;
  running: boolean;
  cancelRequested: boolean;
  progress: Progress | undefined;
  result: ClassifyOutcome | undefined;
  blockedReason: string | undefined;
  dark: boolean;
  onClassify(): void;
  onCancel(): void;
  /** False while the Start card offers the next step: one primary button on screen at a time. */
  primary?: boolean;
  notice?: Notice;
  onDismissNotice(): void;
  /** Activates a table the run updated; absent when the adapter cannot. */
  onShowTable?(tableName: string): void;
}

function phaseText(phase: string): string {
  const id = `pane.classify.phase.${phase}`;
  // Unknown phases fall back to a generic word rather than showing an id.
  const text = t(id);
  return text === id ? t("pane.classify.phase.working") : text;
}

export function ClassifyCard(props: ClassifyCardProps): React.JSX.Element {
  const styles = useStyles();
  const { progress, result } = props;
  const fraction = progressFraction(progress);
  const progressLabel = progress
    ? fraction === undefined
      ? t("pane.classify.progressUnknown", { phase: phaseText(progress.phase) })
      : t("pane.classify.progress", {
          phase: phaseText(progress.phase),
          percent: Math.round(fraction * 100),
        })
    : "";
  const total = result ? result.summary.byPathway.reduce((sum, p) => sum + p.count, 0) : 0;
  return (
    <Section id="classify" title={t("pane.classify.title")} icon={<TaskListLtr20Regular />}>
      <Caption1 className={styles.hint}>{t("pane.classify.hint")}</Caption1>
      {props.running ? (
        <Field
          validationMessage={props.cancelRequested ? t("pane.classify.cancelling") : progressLabel}
          validationState="none"
        >
          <ProgressBar
            value={fraction}
            thickness="large"
            aria-label={progressLabel}
            data-testid="classify-progress"
          />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance={props.primary === false ? "secondary" : "primary"}
          icon={result ? <ArrowSync20Regular /> : <Play20Filled />}
          disabled={!props.canClassify}
          onClick={props.onClassify}
          data-testid="classify"
        >
          {result ? t("pane.classify.rerun") : t("pane.classify.run")}
        </Button>
        {props.running ? (
          <Button
            icon={<DismissCircle20Regular />}
            onClick={props.onCancel}
            disabled={props.cancelRequested}
            data-testid="cancel"
          >
            {t("pane.classify.cancel")}
          </Button>
        ) : null}
      </div>
      <InlineNotice notice={props.notice} onDismiss={props.onDismissNotice} />
      {props.blockedReason ? (
        <Caption1 className={styles.hint}>{props.blockedReason}</Caption1>
      ) : null}
      {result ? (
        <div data-testid="summary" aria-label={t("pane.summary.title")} role="group">
          <div className={styles.stats}>
            <div className={styles.stat}>
              <span className={styles.statValue} data-testid="summary-rows">
                {result.summary.rows}
              </span>
              <Caption1 className={styles.statLabel}>{t("pane.summary.rows")}</Caption1>
            </div>
            <div className={styles.stat}>
              <span className={styles.statValue} data-testid="summary-classified">
                {result.summary.classified}
              </span>
              <Caption1 className={styles.statLabel}>{t("pane.summary.classified")}</Caption1>
            </div>
            <div className={styles.stat}>
              <span
                className={`${styles.statValue} ${result.summary.withProblems > 0 ? styles.statWarn : ""}`}
                data-testid="summary-problems"
              >
                {result.summary.withProblems}
              </span>
              <Caption1 className={styles.statLabel}>{t("pane.summary.withProblems")}</Caption1>
            </div>
          </div>
          {result.summary.byPathway.length > 0 ? (
            <>
              <Caption1
                as="h3"
                className={styles.hint}
                style={{
                  display: "block",
                  margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
                }}
              >
                {t("pane.summary.byPathway")}
              </Caption1>
              <ul className={styles.pathways} data-testid="by-pathway">
                {result.summary.byPathway.map((p) => {
                  const swatch = pathwaySwatch(p.id, props.dark);
                  return (
                    <li key={p.label} className={styles.pathway}>
                      <span
                        className={styles.swatch}
                        style={{ backgroundColor: swatch.fill }}
                        aria-hidden="true"
                      />
                      <Body1>{p.label}</Body1>
                      <span className={styles.count}>{p.count}</span>
                      <span className={styles.bar} aria-hidden="true">
                        <span
                          className={styles.barFill}
                          style={{
                            display: "block",
                            width: `${total ? (100 * p.count) / total : 0}%`,
                            backgroundColor: swatch.bar,
                          }}
                        />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {result.wroteTables.length > 0 ? (
            <Caption1
              className={styles.hint}
              style={{ display: "block", marginTop: tokens.spacingVerticalS }}
            >
              {t("pane.summary.updated")}{" "}
              {result.wroteTables.map((table, i) => (
                <React.Fragment key={table}>
                  {i > 0 ? ", " : null}
                  {props.onShowTable ? (
                    <Link
                      as="button"
                      data-testid={`show-table-${table}`}
                      onClick={() => props.onShowTable?.(table)}
                    >
                      {table}
                    </Link>
                  ) : (
                    table
                  )}
                </React.Fragment>
              ))}
            </Caption1>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
