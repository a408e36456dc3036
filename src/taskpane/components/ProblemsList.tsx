import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  createFocusOutlineStyle,
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
    maxHeight: "360px",
    overflowY: "auto",
    overflowX: "hidden",
  },
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
    ...createFocusOutlineStyle(),
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
}

export function ProblemsList(props: ProblemsListProps): React.JSX.Element {
  const styles = useStyles();
  // Arrow keys move between problems, Tab leaves the list: one tab stop however long the list is.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
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
          <ul className={styles.list} {...arrows} aria-label={title} data-testid="problems">
            {props.problems.map((problem) => {
              const selected = problem.key === props.selectedKey;
              return (
                <li key={problem.key}>
                  <button
                    type="button"
                    className={mergeClasses(styles.item, selected && styles.selected)}
                    onClick={() => props.onSelect(problem)}
                    aria-current={selected ? "true" : undefined}
                    aria-label={t("pane.problems.itemLabel", {
                      row: problem.rowNumber,
                      column: problem.column,
                      text: problem.text,
                      address: problem.address,
                    })}
                    data-testid="problem"
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
                      <Caption1 className={styles.whereText}>
                        {t("pane.problems.row", { row: problem.rowNumber })}
                      </Caption1>
                      {problem.column ? (
                        <Badge size="small" appearance="outline" color="informative">
                          {problem.column}
                        </Badge>
                      ) : null}
                      <Caption1 className={styles.address}>{problem.address}</Caption1>
                    </span>
                    <span />
                    <Body1 className={styles.text}>{problem.detail}</Body1>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
