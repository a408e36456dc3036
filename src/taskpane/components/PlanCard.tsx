import * as React from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { CalendarLtr20Regular, TextBulletListSquare20Regular } from "@fluentui/react-icons";
import { render, t, type Msg } from "../../i18n/catalogue";
import type { SelectedProduct } from "../../domain/plan/selectedProduct";
import { formatProblem } from "../../domain/rows/problems";
import { pathwaySwatch } from "../theme";
import { planView, type MilestoneView } from "./planView";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { overflowWrap: "anywhere" },
  pathway: {
    display: "grid",
    gridTemplateColumns: "14px minmax(0, 1fr)",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  swatch: {
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}`,
  },
  headlines: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  headline: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  term: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    fontVariantNumeric: "tabular-nums",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground3 },
  timeline: { listStyleType: "none", margin: 0, padding: 0 },
  step: {
    display: "grid",
    gridTemplateColumns: "16px minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    position: "relative",
    paddingBottom: tokens.spacingVerticalM,
  },
  rail: {
    position: "relative",
    display: "flex",
    justifyContent: "center",
    // The line joining the dots: the vertical timeline.
    "::after": {
      content: '""',
      position: "absolute",
      top: "14px",
      bottom: `calc(-1 * ${tokens.spacingVerticalM})`,
      width: "2px",
      backgroundColor: tokens.colorNeutralStroke2,
    },
  },
  lastRail: { "::after": { display: "none" } },
  dot: {
    marginTop: "3px",
    width: "10px",
    height: "10px",
    borderRadius: "50%",
    boxSizing: "border-box",
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
  dotDone: { backgroundColor: tokens.colorBrandStroke1 },
  // An estimate is hollow and dashed: the difference does not rest on colour alone.
  dotEstimate: { border: `2px dashed ${tokens.colorNeutralStrokeAccessible}` },
  dotUndated: { border: `2px dotted ${tokens.colorNeutralStroke1}` },
  body: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  when: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontVariantNumeric: "tabular-nums",
  },
  detail: { color: tokens.colorNeutralForeground3 },
});

export type PlanStatus =
  | { kind: "noTable" }
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "offRow"; table: string }
  | { kind: "failed"; message: Msg }
  | { kind: "selected"; selected: SelectedProduct };

export interface PlanCardProps {
  status: PlanStatus;
  dark: boolean;
  busy: boolean;
  onShowSelected?(): void;
}

function Step(props: { m: MilestoneView; last: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { m } = props;
  return (
    <li className={styles.step} data-testid="plan-milestone" data-estimate={m.estimate}>
      <span className={mergeClasses(styles.rail, props.last && styles.lastRail)} aria-hidden="true">
        <span
          className={mergeClasses(
            styles.dot,
            m.done && styles.dotDone,
            m.estimate && styles.dotEstimate,
            !m.dated && styles.dotUndated
          )}
        />
      </span>
      <div className={styles.body}>
        <span className={styles.when}>
          <Body1Strong>{m.when}</Body1Strong>
          {m.estimate ? (
            <Badge
              appearance="outline"
              color="informative"
              size="small"
              data-testid="plan-estimate"
            >
              {t("roadmap.estimate.yes")}
            </Badge>
          ) : null}
          {m.done ? (
            <Badge appearance="outline" color="success" size="small">
              {t("pane.plan.done")}
            </Badge>
          ) : null}
          {m.missed ? (
            <Badge appearance="outline" color="danger" size="small" data-testid="plan-missed">
              {t("pane.plan.missed")}
            </Badge>
          ) : null}
        </span>
        <Body1>{m.name}</Body1>
        <Caption1 className={styles.detail}>{m.owner}</Caption1>
        {m.basis ? <Caption1 className={styles.detail}>{m.basis}</Caption1> : null}
        {m.notes.map((note) => (
          <Caption1 key={note} className={m.missed ? styles.warn : styles.detail}>
            {note}
          </Caption1>
        ))}
      </div>
    </li>
  );
}

function Plan(props: {
  selected: Extract<SelectedProduct, { kind: "plan" }>;
  dark: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const view = planView(props.selected);
  const swatch = pathwaySwatch(view.pathwayId, props.dark);
  return (
    <>
      <Body1Strong as="p" className={styles.heading} data-testid="plan-heading">
        {view.heading}
      </Body1Strong>
      <div className={styles.pathway} data-testid="plan-pathway">
        <span
          className={styles.swatch}
          style={{ backgroundColor: swatch.fill }}
          aria-hidden="true"
        />
        <Body1>
          <span className={styles.label}>{t("pane.plan.pathway")}: </span>
          {view.pathway}
        </Body1>
      </div>
      <dl className={styles.headlines}>
        <div className={styles.headline} data-testid="plan-coded-from">
          <dt className={styles.term}>{t("pane.plan.codedFrom")}</dt>
          <dd className={styles.value}>{view.codedFrom}</dd>
        </div>
        <div className={styles.headline} data-testid="plan-paid-from">
          <dt className={styles.term}>{t("pane.plan.paidFrom")}</dt>
          <dd className={styles.value}>{view.paidFrom}</dd>
        </div>
      </dl>
      {view.warnings.length > 0 ? (
        <div className={styles.group}>
          <Caption1 className={styles.label} id="plan-warnings-label">
            {t("pane.plan.warnings")}
          </Caption1>
          <ul
            className={mergeClasses(styles.list, styles.warn)}
            aria-labelledby="plan-warnings-label"
            data-testid="plan-warnings"
          >
            {view.warnings.map((w) => (
              <li key={w}>
                <Caption1>{w}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.cellsLeftOut.length > 0 ? (
        <div className={styles.group}>
          <Caption1 className={styles.label} id="plan-left-out-label">
            {t("pane.plan.cellsLeftOut")}
          </Caption1>
          <ul className={styles.list} aria-labelledby="plan-left-out-label">
            {view.cellsLeftOut.map((w) => (
              <li key={w}>
                <Caption1>{w}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.group} data-testid="plan-evidence">
        {view.evidence ? (
          <>
            <Caption1 id="plan-evidence-label">{view.evidence.text}</Caption1>
            <ProgressBar
              value={view.evidence.total === 0 ? 0 : view.evidence.done / view.evidence.total}
              thickness="large"
              aria-labelledby="plan-evidence-label"
            />
          </>
        ) : (
          <Caption1 className={styles.hint}>{view.evidenceNone}</Caption1>
        )}
      </div>
      <div className={styles.group}>
        <Caption1 className={styles.label} id="plan-timeline-label">
          {t("pane.plan.timeline")}
        </Caption1>
        <ol
          className={styles.timeline}
          aria-labelledby="plan-timeline-label"
          data-testid="plan-timeline"
        >
          {view.milestones.map((m, i) => (
            <Step key={m.key} m={m} last={i === view.milestones.length - 1} />
          ))}
        </ol>
        <Caption1 className={styles.hint}>{view.asOf}</Caption1>
      </div>
    </>
  );
}

function StatusBody(props: { status: PlanStatus; dark: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { status } = props;
  switch (status.kind) {
    case "noTable":
      return <Caption1 className={styles.hint}>{t("pane.plan.noTable")}</Caption1>;
    case "idle":
      return <Caption1 className={styles.hint}>{t("pane.plan.hint")}</Caption1>;
    case "reading":
      return <Spinner size="tiny" label={t("pane.plan.reading")} />;
    case "offRow":
      return (
        <Caption1 className={styles.hint} data-testid="plan-off-row">
          {t("pane.plan.notOnRow", { table: status.table })}
        </Caption1>
      );
    case "failed":
      return <Body1 className={styles.warn}>{render(status.message)}</Body1>;
    case "selected": {
      const s = status.selected;
      if (s.kind === "blank") return <Body1>{t("pane.plan.blank", { row: s.rowNumber })}</Body1>;
      if (s.kind === "invalid")
        return (
          <div className={styles.group} data-testid="plan-invalid">
            <Body1 id="plan-invalid-label">{t("pane.plan.invalid", { row: s.rowNumber })}</Body1>
            <ul className={styles.list} aria-labelledby="plan-invalid-label">
              {s.problems.map((p, i) => (
                <li key={i}>
                  <Caption1>{formatProblem(p)}</Caption1>
                </li>
              ))}
            </ul>
          </div>
        );
      return <Plan selected={s} dark={props.dark} />;
    }
  }
}

/** The selected product's dated plan: pathway, warnings, headline dates, evidence, gates by date. */
export function PlanCard(props: PlanCardProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Section id="plan" title={t("pane.plan.title")} icon={<CalendarLtr20Regular />}>
      <div aria-live="polite" data-testid="plan-body" className={styles.group}>
        <StatusBody status={props.status} dark={props.dark} />
      </div>
      {props.onShowSelected && props.status.kind !== "noTable" ? (
        <div className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            icon={<TextBulletListSquare20Regular />}
            disabled={props.busy || props.status.kind === "reading"}
            onClick={props.onShowSelected}
            data-testid="plan-show-selected"
          >
            {t("pane.plan.showSelected")}
          </Button>
        </div>
      ) : null}
    </Section>
  );
}
