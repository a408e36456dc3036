import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import {
  ChevronDown16Regular,
  ChevronUp16Regular,
  DataBarVertical20Regular,
  MathFormula20Regular,
} from "@fluentui/react-icons";
import { CATALOGUE, render, t, type Msg } from "../../i18n/catalogue";
import type { SelectedProduct } from "../../domain/plan/selectedProduct";
import type { CellValue } from "../../domain/product";
import type { NoticeIntent } from "../state";
import type { InsertOutcome } from "./productPort";
import { SiteChart } from "./SiteChart";
import type { SiteFigures } from "./siteFigures";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  itemHead: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  name: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  description: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/** The main functions, each with the example formula "Insert example" writes. */
export const MAIN_FUNCTIONS = [
  "PFS",
  "OPPS",
  "ASC",
  "SITE_TOTAL",
  "SITES",
  "CODE",
  "PAID_FROM",
] as const;
export type MainFunction = (typeof MAIN_FUNCTIONS)[number];

const CODE_SHAPE = /^[A-Z0-9]{4,5}(-[A-Z0-9]{2})?$/;

/**
 * The example formula for `fn`: the documented example codes (README function reference), or the
 * selected product's code where the function takes one, so the example answers for that product.
 */
export function exampleFormula(fn: MainFunction, code?: string): string {
  const c = (fallback: string): string => (code && CODE_SHAPE.test(code) ? code : fallback);
  switch (fn) {
    case "PFS":
      return `=REIMB.PFS("${c("99213")}")`;
    case "OPPS":
      return `=REIMB.OPPS("${c("66984")}")`;
    case "ASC":
      return `=REIMB.ASC("${c("66984")}")`;
    case "SITE_TOTAL":
      return `=REIMB.SITE_TOTAL("${c("66984")}","ASC")`;
    case "SITES":
      return `=REIMB.SITES("${c("66984")}")`;
    case "CODE":
      return `=REIMB.CODE("${c("66984")}")`;
    case "PAID_FROM":
      return '=REIMB.PAID_FROM("procedure device","ASC","66984","describes","510(k) cleared")';
  }
}

/** Every REIMB function with a description in the catalogue, main ones first, then A–Z. */
export function functionNames(): string[] {
  const all = Object.keys(CATALOGUE.en)
    .map((id) => /^fn\.([A-Z_]+)\.description$/.exec(id)?.[1])
    .filter((n): n is string => n !== undefined);
  const main = MAIN_FUNCTIONS.filter((n) => all.includes(n));
  const rest = all.filter((n) => !(MAIN_FUNCTIONS as readonly string[]).includes(n)).sort();
  return [...main, ...rest];
}

export interface EconomicsCardProps {
  selected: SelectedProduct | undefined;
  figures: SiteFigures | undefined;
  busy: boolean;
  insertFormula(
    formula: string,
    replace?: { sheetName: string; address: string; current: CellValue; formula?: string }
  ): Promise<InsertOutcome>;
}

interface Result {
  intent: NoticeIntent;
  message: Msg;
}

type Occupied = Extract<InsertOutcome, { status: "occupied" }> & { formulaToWrite: string };

function shown(value: CellValue, formula?: string): string {
  if (formula) return formula;
  return value === null ? "" : String(value);
}

/** What the REIMB functions do, one-click examples, and the selected product's site comparison. */
export function EconomicsCard(props: EconomicsCardProps): React.JSX.Element {
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const [working, setWorking] = React.useState(false);
  const [result, setResult] = React.useState<Result | undefined>(undefined);
  const [occupied, setOccupied] = React.useState<Occupied | undefined>(undefined);
  const names = functionNames();
  const visible = showAll
    ? names
    : names.filter((n) => (MAIN_FUNCTIONS as readonly string[]).includes(n));
  const plan = props.selected?.kind === "plan" ? props.selected : undefined;

  const insert = async (
    formula: string,
    replace?: { sheetName: string; address: string; current: CellValue; formula?: string }
  ): Promise<void> => {
    setWorking(true);
    setResult(undefined);
    try {
      const outcome = await props.insertFormula(formula, replace);
      if (outcome.status === "written") {
        setOccupied(undefined);
        setResult({
          intent: "success",
          message: { id: "pane.econ.inserted", params: { formula, address: outcome.address } },
        });
      } else if (outcome.status === "occupied") {
        // Never overwrite silently: ask, naming what the cell holds.
        setOccupied({ ...outcome, formulaToWrite: formula });
      } else {
        setOccupied(undefined);
        setResult({
          intent: "warning",
          message: { id: "pane.econ.changed", params: { address: outcome.address } },
        });
      }
    } catch (error) {
      setOccupied(undefined);
      setResult({
        intent: "error",
        message: {
          id: "pane.econ.insertFailed",
          params: { detail: error instanceof Error ? error.message : String(error) },
        },
      });
    } finally {
      setWorking(false);
    }
  };

  return (
    <Section id="economics" title={t("pane.econ.title")} icon={<DataBarVertical20Regular />}>
      <Caption1 className={styles.hint}>{t("pane.econ.intro")}</Caption1>
      <div aria-live="polite" data-testid="econ-live">
        {occupied ? (
          <MessageBar intent="warning" layout="multiline" data-testid="econ-occupied">
            <MessageBarBody>
              {t("pane.econ.occupied", {
                address: `${occupied.sheetName}!${occupied.address}`,
                value: shown(occupied.current, occupied.formula),
                formula: occupied.formulaToWrite,
              })}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                disabled={working}
                data-testid="econ-replace"
                onClick={() =>
                  void insert(occupied.formulaToWrite, {
                    sheetName: occupied.sheetName,
                    address: occupied.address,
                    current: occupied.current,
                    formula: occupied.formula,
                  })
                }
              >
                {t("pane.econ.replace")}
              </Button>
              <Button
                size="small"
                disabled={working}
                data-testid="econ-keep"
                onClick={() => {
                  setOccupied(undefined);
                  setResult({
                    intent: "info",
                    message: {
                      id: "pane.econ.kept",
                      params: { address: `${occupied.sheetName}!${occupied.address}` },
                    },
                  });
                }}
              >
                {t("pane.econ.keep")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {result ? (
          <MessageBar intent={result.intent} layout="multiline" data-testid="econ-result">
            <MessageBarBody>{render(result.message)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.group}>
        <Body1Strong as="h3" id="econ-functions-label">
          {t("pane.econ.functions")}
        </Body1Strong>
        <ul
          className={styles.list}
          aria-labelledby="econ-functions-label"
          data-testid="econ-functions"
          id="econ-functions-list"
        >
          {visible.map((name) => {
            const main = (MAIN_FUNCTIONS as readonly string[]).includes(name);
            return (
              <li key={name} className={styles.item} data-testid="econ-function">
                <span className={styles.itemHead}>
                  <Body1 className={styles.name}>REIMB.{name}</Body1>
                  {main ? (
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<MathFormula20Regular />}
                      disabled={props.busy || working}
                      aria-label={t("pane.econ.insertName", { fn: `REIMB.${name}` })}
                      data-testid={`econ-insert-${name}`}
                      onClick={() => void insert(exampleFormula(name as MainFunction, plan?.code))}
                    >
                      {t("pane.econ.insert")}
                    </Button>
                  ) : null}
                </span>
                <Caption1 className={styles.description}>{t(`fn.${name}.description`)}</Caption1>
              </li>
            );
          })}
        </ul>
        <Button
          size="small"
          appearance="transparent"
          icon={showAll ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          iconPosition="after"
          aria-expanded={showAll}
          aria-controls="econ-functions-list"
          onClick={() => setShowAll(!showAll)}
          data-testid="econ-toggle"
        >
          {showAll ? t("pane.econ.showMain") : t("pane.econ.showAll", { count: names.length })}
        </Button>
      </div>
      <div className={styles.group} data-testid="econ-sites">
        <SitesBlock plan={plan} figures={props.figures} />
      </div>
    </Section>
  );
}

function SitesBlock(props: {
  plan: Extract<SelectedProduct, { kind: "plan" }> | undefined;
  figures: SiteFigures | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const { plan, figures } = props;
  if (!plan) return <Caption1 className={styles.hint}>{t("pane.econ.selectRow")}</Caption1>;
  if (!plan.code || !figures)
    return (
      <Caption1 className={styles.hint}>
        {t("pane.econ.noCode", { product: plan.product })}
      </Caption1>
    );
  return (
    <>
      <Body1Strong as="h3">{t("pane.econ.sitesTitle", { code: plan.code })}</Body1Strong>
      {figures.kind === "rows" ? (
        <>
          <Caption1 className={styles.hint}>
            {t("pane.econ.sitesFor", { product: plan.product, id: plan.productId })}
          </Caption1>
          <SiteChart code={plan.code} rows={figures.rows} />
        </>
      ) : (
        <Body1 data-testid="econ-no-figures">
          {t("pane.econ.noData", { code: plan.code, reason: render(figures.reason) })}
        </Body1>
      )}
    </>
  );
}
