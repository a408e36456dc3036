import * as React from "react";
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync20Regular, ShieldCheckmark16Regular } from "@fluentui/react-icons";
import { render, t } from "../../i18n/catalogue";
import type { PaneServices } from "../services";
import { EXTRA_SECTIONS, type PaneSection } from "../sections";
import type { Notice, NoticeArea } from "../state";
import { canAdopt, canClassify, canInsert, vintageDifference, vintageMismatch } from "../state";
import { usePaneController } from "../usePaneController";
import { ClassifyCard } from "./ClassifyCard";
import { DataCard } from "./DataCard";
import { Header } from "./Header";
import { OverwriteDialog } from "./OverwriteDialog";
import { ProblemsList } from "./ProblemsList";
import { ProductCards } from "./ProductCards";
import { StartCard } from "./StartCard";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    width: "100%",
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowX: "hidden",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  // Announced, not shown: the visible notice is beside its action.
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  footer: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
    color: tokens.colorNeutralForeground3,
  },
});

export interface AppProps {
  services: PaneServices;
  dark: boolean;
  sections?: PaneSection[];
}

export function App(props: AppProps): React.JSX.Element {
  const styles = useStyles();
  const { state, commands } = usePaneController(props.services);
  const sections = props.sections ?? EXTRA_SECTIONS;
  const busy = state.busy !== undefined && state.busy !== "detect";
  const start = state.start;
  const blockedReason =
    start && start.found && start.missingRequired.length > 0
      ? t("pane.start.cannotClassify")
      : undefined;
  const noticeIn = (area: NoticeArea): Notice | undefined =>
    state.notice?.area === area ? state.notice : undefined;
  return (
    <div className={styles.root}>
      <Header vintage={state.loadedVintage} />
      <main className={styles.main}>
        {/* One live region for every notice (screen readers); the visible bar sits in the card
            of the action that caused it. */}
        <div aria-live="polite" role="status" className={styles.srOnly} data-testid="live">
          {state.notice ? render(state.notice.message) : ""}
        </div>
        {vintageMismatch(state) ? (
          <MessageBar intent="warning" layout="multiline" data-testid="vintage-mismatch">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.data.mismatchTitle")}</MessageBarTitle>
              {render(vintageDifference(state)!)}
            </MessageBarBody>
            <MessageBarActions>
              {/* The banner asks to classify again: the button is here, not a scroll away. */}
              <Button
                data-testid="mismatch-classify"
                icon={<ArrowSync20Regular />}
                disabled={!canClassify(state)}
                onClick={commands.classify}
              >
                {t("pane.data.mismatchClassify")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <StartCard
          info={start}
          checking={state.busy === "detect"}
          busy={busy}
          canInsert={canInsert(state)}
          canAdopt={canAdopt(state)}
          onInsert={commands.insert}
          onAdopt={commands.adopt}
          onRecheck={commands.recheck}
          notice={noticeIn("start")}
          onDismissNotice={commands.dismissNotice}
        />
        <ClassifyCard
          canClassify={canClassify(state)}
          running={state.busy === "classify"}
          cancelRequested={state.cancelRequested}
          progress={state.progress}
          result={state.result}
          blockedReason={blockedReason}
          dark={props.dark}
          onClassify={commands.classify}
          onCancel={commands.cancel}
          primary={!canInsert(state) && !canAdopt(state)}
          notice={noticeIn("classify")}
          onDismissNotice={commands.dismissNotice}
          onShowTable={props.services.showTable ? commands.showTable : undefined}
        />
        {state.result ? (
          <ProblemsList
            problems={state.result.problems}
            selectedKey={state.selectedProblem}
            onSelect={commands.selectProblem}
            onFix={props.services.fixProblem ? commands.fixProblem : undefined}
            busy={busy}
          />
        ) : null}
        <DataCard
          loadedVintage={state.loadedVintage}
          recordedVintage={state.recordedVintage}
          mismatch={vintageMismatch(state)}
          loading={state.busy === "loadData"}
          busy={busy}
          problems={state.dataProblems}
          report={state.dataReport}
          onFiles={commands.loadFiles}
          notice={noticeIn("data")}
          onDismissNotice={commands.dismissNotice}
          searchCodes={props.services.searchCodes}
        />
        <ProductCards start={start} dark={props.dark} busy={busy} refreshKey={state.result} />
        {sections.map(({ id, Component }) => (
          <Component
            key={id}
            services={props.services}
            busy={busy}
            showNotice={(intent, message) => commands.showNotice(intent, message, "share")}
            notice={noticeIn("share")}
            dismissNotice={commands.dismissNotice}
          />
        ))}
      </main>
      <footer className={styles.footer}>
        <ShieldCheckmark16Regular aria-hidden="true" />
        <Caption1>{t("pane.footer.privacy")}</Caption1>
      </footer>
      <OverwriteDialog conflicts={state.pendingConflicts} onResolve={commands.resolveConflicts} />
    </div>
  );
}
