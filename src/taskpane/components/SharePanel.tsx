/**
 * Share: one action to make a copy of this workbook for people who do not have the add-in.
 * "Create shareable copy" reads the open workbook, checks it, and downloads `<name> (shared).xlsx`;
 * when REIMB values are out of date or in error it stops and says which, until the user chooses to
 * share anyway. "Choose sheets" shows the checklist first. The open workbook is never changed.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, Calculator20Regular, Share20Regular } from "@fluentui/react-icons";
import { msg, t } from "../../i18n/catalogue";
import { describeValue } from "../../shareCopy/values";
import type { Inspection, SheetInfo } from "../../shareCopy";
import type { PaneSectionContext } from "../sections";
import { InlineNotice } from "./InlineNotice";
import { Section } from "./Section";

/**
 * The share engine (ExcelJS) is loaded on first use, so opening the pane does not pay for it.
 * Both hosts use the same modules; only the loading differs.
 */
const engine = (): Promise<
  [
    typeof import("../../shareCopy"),
    typeof import("../../excel/share"),
    typeof import("../../excel/openWorkbook"),
  ]
> =>
  Promise.all([
    import("../../shareCopy"),
    import("../../excel/share"),
    import("../../excel/openWorkbook"),
  ]);

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Cells listed one by one in a warning; the rest are counted. */
const LIST_LIMIT = 8;

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3 },
  sheets: { display: "flex", flexDirection: "column" },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

type Busy = "check" | "create" | undefined;

/** Offer bytes to the user as a file download (Excel's task pane is a browser). */
export function downloadFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([new Uint8Array(bytes)], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "<name> (shared).xlsx", with characters file systems refuse replaced. */
export function sharedFileName(base: string | undefined): string {
  const safe = (base ?? t("share.pane.defaultName")).replace(/[\\/:*?"<>|]/g, "_");
  return t("share.pane.fileName", { name: safe });
}

function problemCount(inspection: Inspection | undefined): number {
  return inspection ? inspection.stale.length + inspection.errors.length : 0;
}

function readFailure(error: unknown): string {
  if (error instanceof Error && error.name === "ShareError") {
    const e = error as Error & { msgId: string; params: Readonly<Record<string, string | number>> };
    return t(e.msgId, e.params);
  }
  if (error instanceof Error && error.name === "WorkbookReadError")
    return t("share.pane.readFailed", { detail: (error as Error & { detail: string }).detail });
  return t("share.pane.readFailed", {
    detail: error instanceof Error ? error.message : String(error),
  });
}

function Warnings(props: {
  inspection: Inspection;
  /** Selects a listed cell in Excel; absent when the pane cannot. */
  onGoTo?(sheet: string, address: string): void;
  /** Excel's Calculate Now, then a fresh check; absent when the adapter cannot recalculate. */
  onRecalculate?(): void;
  disabled: boolean;
}): React.JSX.Element | null {
  const styles = useStyles();
  const { stale, errors } = props.inspection;
  if (stale.length === 0 && errors.length === 0) return null;
  return (
    <div data-testid="share-warnings">
      {stale.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="share-stale">
          <MessageBarBody>
            <MessageBarTitle>
              {t("share.check.staleTitle", { count: stale.length })}
            </MessageBarTitle>
            <ul className={styles.list}>
              {stale.slice(0, LIST_LIMIT).map((s) => (
                <li key={`${s.sheet}!${s.address}`}>
                  <CellLink sheet={s.sheet} address={s.address} onGoTo={props.onGoTo}>
                    {t("share.check.stale", {
                      sheet: s.sheet,
                      address: s.address,
                      cached: describeValue(s.cached),
                      recomputed: describeValue(s.recomputed),
                    })}
                  </CellLink>
                </li>
              ))}
              {stale.length > LIST_LIMIT ? (
                <li>{t("share.check.more", { count: stale.length - LIST_LIMIT })}</li>
              ) : null}
            </ul>
            {t("share.check.staleHint")}
          </MessageBarBody>
          {props.onRecalculate ? (
            <MessageBarActions>
              <Button
                data-testid="share-recalculate"
                icon={<Calculator20Regular />}
                disabled={props.disabled}
                onClick={props.onRecalculate}
              >
                {t("pane.share.recalculate")}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {errors.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="share-errors">
          <MessageBarBody>
            <MessageBarTitle>
              {t("share.check.errorTitle", { count: errors.length })}
            </MessageBarTitle>
            <ul className={styles.list}>
              {errors.slice(0, LIST_LIMIT).map((e) => (
                <li key={`${e.sheet}!${e.address}`}>
                  <CellLink sheet={e.sheet} address={e.address} onGoTo={props.onGoTo}>
                    {t(e.value ? "share.check.error" : "share.check.empty", {
                      sheet: e.sheet,
                      address: e.address,
                      value: e.value,
                    })}
                  </CellLink>
                </li>
              ))}
              {errors.length > LIST_LIMIT ? (
                <li>{t("share.check.more", { count: errors.length - LIST_LIMIT })}</li>
              ) : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

/** A listed cell the user can go to: the whole sentence is the link, so its name is its text. */
function CellLink(props: {
  sheet: string;
  address: string;
  onGoTo?(sheet: string, address: string): void;
  children: React.ReactNode;
}): React.JSX.Element {
  if (!props.onGoTo) return <>{props.children}</>;
  return (
    <Link
      as="button"
      inline
      data-testid="share-cell"
      data-address={`${props.sheet}!${props.address}`}
      onClick={() => props.onGoTo?.(props.sheet, props.address)}
      style={{ textAlign: "start" }}
    >
      {props.children}
    </Link>
  );
}

function SheetChecklist(props: {
  sheets: SheetInfo[];
  chosen: ReadonlySet<string>;
  disabled: boolean;
  onToggle(name: string, on: boolean): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <fieldset
      className={styles.sheets}
      data-testid="share-sheets"
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <legend>
        <Body1>{t("share.pane.sheets")}</Body1>
      </legend>
      {props.sheets
        .filter((s) => !s.addinOwned)
        .map((s) => (
          <Checkbox
            key={s.name}
            data-testid={`share-sheet-${s.name}`}
            checked={props.chosen.has(s.name)}
            disabled={props.disabled}
            onChange={(_, data) => props.onToggle(s.name, data.checked === true)}
            label={
              <span>
                {s.state === "visible" ? s.name : t("share.pane.hiddenSheet", { sheet: s.name })}
                {s.reimbCells > 0 ? (
                  <Caption1> · {t("share.pane.reimbCount", { count: s.reimbCells })}</Caption1>
                ) : null}
              </span>
            }
          />
        ))}
    </fieldset>
  );
}

export function SharePanel(props: PaneSectionContext): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<Busy>(undefined);
  const [inspection, setInspection] = React.useState<Inspection | undefined>(undefined);
  const [chosen, setChosen] = React.useState<Set<string> | undefined>(undefined);
  const [acknowledged, setAcknowledged] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  /** The last copy made, so it can also be downloaded where the host allows downloads. */
  const [made, setMade] = React.useState<{ bytes: Uint8Array; fileName: string } | undefined>();
  const disabled = props.busy || busy !== undefined;

  const check = React.useCallback(async (): Promise<
    { bytes: Uint8Array; inspection: Inspection } | undefined
  > => {
    const [share, excel] = await engine();
    const bytes = await excel.readWorkbookBytes();
    const found = await share.inspectWorkbook(bytes);
    setInspection(found);
    setChosen(
      (prev) => prev ?? new Set(found.sheets.filter((s) => s.includedByDefault).map((s) => s.name))
    );
    return { bytes, inspection: found };
  }, []);

  const chooseSheets = async (): Promise<void> => {
    setBusy("check");
    setFailure(undefined);
    try {
      await check();
    } catch (error) {
      setFailure(readFailure(error));
    } finally {
      setBusy(undefined);
    }
  };

  const create = async (anyway: boolean): Promise<void> => {
    setBusy("create");
    setFailure(undefined);
    try {
      // Always the workbook as it is now: the user may have recalculated since the last check.
      const current = await check();
      if (!current) return;
      if (problemCount(current.inspection) > 0 && !(anyway || acknowledged)) return; // the warnings now show
      if (chosen && chosen.size === 0) {
        setFailure(t("share.pane.noSheets"));
        return;
      }
      const vintageView =
        props.services.loadedVintage() ??
        (await props.services.readRecordedVintage().catch(() => undefined));
      const [, excel, openWorkbook] = await engine();
      const result = await excel.shareOpenWorkbook({
        bytes: current.bytes,
        includeSheets: chosen ? [...chosen] : undefined,
        vintage: vintageView ? vintageView.entries.join("; ") : undefined,
      });
      const fileName = sharedFileName(excel.workbookBaseName());
      setAcknowledged(false);
      setMade({ bytes: result.bytes, fileName });
      // Opening through Excel's API works on Windows, Mac and the web; success is reported only
      // once Excel has the file. Where it is unavailable the copy is offered as a download, and the
      // pane says a download was started, not that it succeeded (it cannot know).
      const opened = await openWorkbook.openAsNewWorkbook(result.bytes);
      if (opened === "unsupported") downloadFile(result.bytes, fileName);
      // Only when the package could not be edited in place do charts and the like go missing.
      const lost = result.report.lost.map((l) => t(`share.check.lost.${l}`)).join(" ");
      const params = { file: fileName, replaced: result.report.replaced, lost };
      if (opened === "opened")
        props.showNotice(
          lost ? "warning" : "success",
          msg(lost ? "pane.share.openedLost" : "pane.share.opened", params)
        );
      else
        props.showNotice(
          lost ? "warning" : "info",
          msg(lost ? "pane.share.downloadStartedLost" : "pane.share.downloadStarted", params)
        );
    } catch (error) {
      setFailure(readFailure(error));
    } finally {
      setBusy(undefined);
    }
  };

  const recalculate = async (): Promise<void> => {
    const run = props.services.recalculate;
    if (!run) return;
    setBusy("check");
    setFailure(undefined);
    try {
      await run();
      // Check again straight away, so the list shows what is still out of date, if anything.
      await check();
    } catch (error) {
      setFailure(readFailure(error));
    } finally {
      setBusy(undefined);
    }
  };

  const goTo = (sheet: string, address: string): void => {
    props.services
      .selectCell(sheet, address)
      .catch((error: unknown) => setFailure(readFailure(error)));
  };

  const problems = problemCount(inspection);
  return (
    <Section id="share" title={t("share.pane.title")} icon={<Share20Regular />}>
      <Caption1 className={styles.hint}>{t("share.pane.hint")}</Caption1>
      {inspection ? (
        <Caption1 data-testid="share-summary">
          {inspection.reimbCells === 0
            ? t("share.check.none")
            : t("share.check.summary", {
                cells: inspection.reimbCells,
                checked: inspection.checked,
              })}
        </Caption1>
      ) : null}
      {inspection && chosen ? (
        <SheetChecklist
          sheets={inspection.sheets}
          chosen={chosen}
          disabled={disabled}
          onToggle={(name, on) => {
            const next = new Set(chosen);
            if (on) next.add(name);
            else next.delete(name);
            setChosen(next);
          }}
        />
      ) : null}
      {inspection ? (
        <Warnings
          inspection={inspection}
          onGoTo={goTo}
          onRecalculate={props.services.recalculate ? () => void recalculate() : undefined}
          disabled={disabled}
        />
      ) : null}
      {failure ? (
        <MessageBar intent="error" layout="multiline" data-testid="share-failure">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        {problems > 0 && !acknowledged ? (
          <Button
            data-testid="share-anyway"
            icon={<ArrowDownload20Regular />}
            disabled={disabled || (chosen !== undefined && chosen.size === 0)}
            onClick={() => {
              setAcknowledged(true);
              void create(true);
            }}
          >
            {t("share.pane.shareAnyway")}
          </Button>
        ) : (
          <Button
            data-testid="share-create"
            icon={<Share20Regular />}
            disabled={disabled || (chosen !== undefined && chosen.size === 0)}
            onClick={() => void create(false)}
          >
            {t("share.pane.create")}
          </Button>
        )}
        {inspection ? (
          <Button
            data-testid="share-recheck"
            disabled={disabled}
            onClick={() => void chooseSheets()}
          >
            {t("pane.share.recheck")}
          </Button>
        ) : (
          <Button
            data-testid="share-choose"
            disabled={disabled}
            onClick={() => void chooseSheets()}
          >
            {t("share.pane.sheets")}
          </Button>
        )}
        {busy ? (
          <Spinner
            size="tiny"
            label={t(busy === "check" ? "share.pane.checking" : "share.pane.creating")}
          />
        ) : null}
      </div>
      {props.notice ? (
        <InlineNotice notice={props.notice} onDismiss={() => props.dismissNotice?.()}>
          {made && props.notice.intent !== "error" ? (
            <div>
              <Link
                as="button"
                data-testid="share-download"
                onClick={() => downloadFile(made.bytes, made.fileName)}
              >
                <ArrowDownload20Regular aria-hidden="true" style={{ verticalAlign: "middle" }} />{" "}
                {t("pane.share.download", { file: made.fileName })}
              </Link>
            </div>
          ) : null}
        </InlineNotice>
      ) : null}
      {chosen !== undefined && chosen.size === 0 ? (
        <Caption1 className={styles.hint}>{t("share.pane.noSheets")}</Caption1>
      ) : null}
    </Section>
  );
}
