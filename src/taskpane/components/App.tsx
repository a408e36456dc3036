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
import { Dismiss20Regular, ShieldCheckmark16Regular } from "@fluentui/react-icons";
import { render, t } from "../../i18n/catalogue";
import type { PaneServices } from "../services";
import { EXTRA_SECTIONS, type PaneSection } from "../sections";
import { canAdopt, canClassify, canInsert, vintageDifference, vintageMismatch } from "../state";
import { usePaneController } from "../usePaneController";
import { ClassifyCard } from "./ClassifyCard";
import { DataCard } from "./DataCard";
import { Header } from "./Header";
import { OverwriteDialog } from "./OverwriteDialog";
import { ProblemsList } from "./ProblemsList";
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
  // The live region stays in the page (so screen readers hear new notices) but takes no room empty.
  quiet: { marginBottom: `calc(-1 * ${tokens.spacingVerticalM})` },
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
  return (
    <div className={styles.root}>
      <Header vintage={state.loadedVintage} />
      <main className={styles.main}>
        <div aria-live="polite" role="status" className={state.notice ? undefined : styles.quiet}>
          {state.notice ? (
            <MessageBar
              intent={state.notice.intent}
              layout="multiline"
              data-testid="notice"
              data-intent={state.notice.intent}
            >
              <MessageBarBody>{render(state.notice.message)}</MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    aria-label={t("pane.notice.dismiss")}
                    icon={<Dismiss20Regular />}
                    onClick={commands.dismissNotice}
                  />
                }
              />
            </MessageBar>
          ) : null}
        </div>
        {vintageMismatch(state) ? (
          <MessageBar intent="warning" layout="multiline" data-testid="vintage-mismatch">
            <MessageBarBody>
              <MessageBarTitle>{t("pane.data.mismatchTitle")}</MessageBarTitle>
              {render(vintageDifference(state)!)}
            </MessageBarBody>
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
        />
        {state.result ? (
          <ProblemsList
            problems={state.result.problems}
            selectedKey={state.selectedProblem}
            onSelect={commands.selectProblem}
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
        />
        {sections.map(({ id, Component }) => (
          <Component
            key={id}
            services={props.services}
            busy={busy}
            showNotice={commands.showNotice}
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
