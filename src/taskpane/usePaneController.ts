/**
 * The pane's side effects: runs one adapter call at a time, feeds progress and results into the
 * reducer, and bridges the adapter's overwrite question to the confirmation dialog.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Msg } from "../i18n/catalogue";
import { PaneError, type PaneServices } from "./services";
import { ReimbError } from "../domain/errors";
import {
  initialState,
  paneReducer,
  type ConflictView,
  type NoticeArea,
  type NoticeIntent,
  type PaneState,
  type ProblemView,
  type Task,
} from "./state";

export interface PaneCommands {
  recheck(): void;
  insert(): void;
  adopt(): void;
  classify(): void;
  cancel(): void;
  resolveConflicts(overwrite: boolean): void;
  selectProblem(problem: ProblemView): void;
  loadFiles(files: ReadonlyArray<File>): void;
  /** Writes the problem's suggestion into its cell (the user has agreed), then classifies again. */
  fixProblem(problem: ProblemView, value: string): void;
  showTable(tableName: string): void;
  showNotice(intent: NoticeIntent, message: Msg, area: NoticeArea): void;
  dismissNotice(): void;
}

export function errorMessage(error: unknown): Msg {
  if (error instanceof ReimbError) return error.msg;
  const detail = error instanceof Error ? error.message : String(error);
  return { id: "pane.error.generic", params: { detail } };
}

export function usePaneController(services: PaneServices): {
  state: PaneState;
  commands: PaneCommands;
} {
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const busyRef = useRef(false);
  const abortRef = useRef<AbortController | undefined>(undefined);
  const confirmRef = useRef<((overwrite: boolean) => void) | undefined>(undefined);

  // One task at a time: the ref closes the gap between a click and React re-rendering disabled buttons.
  const run = useCallback(async (task: Task, work: () => Promise<void>): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    dispatch({ type: "task/started", task });
    try {
      await work();
    } catch (error) {
      dispatch({ type: "task/failed", message: errorMessage(error) });
    } finally {
      busyRef.current = false;
    }
  }, []);

  const recheck = useCallback(() => {
    void run("detect", async () =>
      dispatch({ type: "detect/done", info: await services.detectProducts() })
    );
  }, [run, services]);

  useEffect(
    () => services.onVintageChange?.((vintage) => dispatch({ type: "vintage/loaded", vintage })),
    [services]
  );

  useEffect(() => {
    recheck();
    dispatch({ type: "vintage/loaded", vintage: services.loadedVintage() });
    services.readRecordedVintage().then(
      (vintage) => dispatch({ type: "vintage/recorded", vintage }),
      // A workbook without a recorded vintage is normal; a failure to read it only hides the warning.
      () => dispatch({ type: "vintage/recorded", vintage: undefined })
    );
  }, [recheck, services]);

  const commands = useMemo<PaneCommands>(
    () => ({
      recheck,
      insert: () =>
        void run("insert", async () =>
          dispatch({ type: "insert/done", info: await services.insertStarterTables() })
        ),
      adopt: () =>
        void run("adopt", async () => {
          const sheet = state.start?.sheetName;
          if (!sheet) throw new PaneError({ id: "error.pane.noHeaderRow" });
          dispatch({ type: "adopt/done", info: await services.adoptHeaderRow(sheet) });
        }),
      classify: () =>
        void run("classify", async () => {
          const controller = new AbortController();
          abortRef.current = controller;
          try {
            const outcome = await services.classify({
              signal: controller.signal,
              onProgress: (progress) => dispatch({ type: "classify/progress", progress }),
              confirmOverwrite: (conflicts: ConflictView[]) =>
                new Promise<boolean>((resolve) => {
                  if (controller.signal.aborted) return resolve(false);
                  confirmRef.current = resolve;
                  dispatch({ type: "classify/confirm", conflicts });
                }),
            });
            dispatch({ type: "classify/done", outcome });
            // The Start card shows the table as the run left it (rows the user added meanwhile, the
            // pathway columns now part of the table).
            dispatch({ type: "detect/done", info: await services.detectProducts() });
            dispatch({
              type: "vintage/recorded",
              vintage: await services.readRecordedVintage().catch(() => undefined),
            });
          } finally {
            abortRef.current = undefined;
            confirmRef.current = undefined;
          }
        }),
      cancel: () => {
        abortRef.current?.abort();
        // A pending question is answered "keep my values": cancelling never overwrites anything.
        confirmRef.current?.(false);
        confirmRef.current = undefined;
        dispatch({ type: "classify/cancelRequested" });
      },
      resolveConflicts: (overwrite: boolean) => {
        confirmRef.current?.(overwrite);
        confirmRef.current = undefined;
        dispatch({ type: "classify/confirmed", overwrite });
      },
      selectProblem: (problem: ProblemView) => {
        dispatch({ type: "problem/selected", key: problem.key });
        services.selectCell(problem.sheetName, problem.address).catch((error: unknown) =>
          dispatch({
            type: "notice/shown",
            notice: { intent: "error", message: errorMessage(error), area: "classify" },
          })
        );
      },
      fixProblem: (problem: ProblemView, value: string) => {
        const fix = services.fixProblem;
        if (!fix) return;
        fix(problem, value).then(
          (outcome) =>
            dispatch({
              type: "notice/shown",
              notice:
                outcome === "written"
                  ? {
                      intent: "success",
                      area: "classify",
                      message: {
                        id: "pane.problems.fixed",
                        params: { address: problem.address, value },
                      },
                    }
                  : {
                      intent: "warning",
                      area: "classify",
                      message: {
                        id: "pane.problems.fixChanged",
                        params: { address: problem.address },
                      },
                    },
            }),
          (error: unknown) =>
            dispatch({
              type: "notice/shown",
              notice: { intent: "error", message: errorMessage(error), area: "classify" },
            })
        );
      },
      showTable: (tableName: string) => {
        services.showTable?.(tableName).catch((error: unknown) =>
          dispatch({
            type: "notice/shown",
            notice: { intent: "error", message: errorMessage(error), area: "classify" },
          })
        );
      },
      loadFiles: (files: ReadonlyArray<File>) =>
        void run("loadData", async () => {
          const inputs = await Promise.all(
            files.map(async (file) => ({
              name: file.name,
              bytes: new Uint8Array(await file.arrayBuffer()),
            }))
          );
          const loaded = await services.loadReferenceFiles(inputs);
          dispatch({
            type: "data/done",
            vintage: loaded.vintage,
            problems: loaded.problems,
            files: loaded.files,
          });
        }),
      showNotice: (intent: NoticeIntent, message: Msg, area: NoticeArea) =>
        dispatch({ type: "notice/shown", notice: { intent, message, area } }),
      dismissNotice: () => dispatch({ type: "notice/dismissed" }),
    }),
    [recheck, run, services, state.start?.sheetName]
  );

  return { state, commands };
}
