import * as React from "react";
import type { Msg } from "../../i18n/catalogue";
import type { StartInfo } from "../state";
import { planSelectedRow, type SelectedProduct } from "../../domain/plan/selectedProduct";
import { errorMessage } from "../usePaneController";
import { EconomicsCard } from "./EconomicsCard";
import { PlanCard, type PlanStatus } from "./PlanCard";
import { officeProductPort, type ProductPort, type SelectedProductCells } from "./productPort";
import { siteFigures, type SiteFigures } from "./siteFigures";

type Read =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "offRow" }
  | { kind: "failed"; error: unknown }
  | { kind: "cells"; cells: SelectedProductCells };

export interface ProductCardsProps {
  start: StartInfo | undefined;
  dark: boolean;
  busy: boolean;
  /** Changes when a classification finished: the Evidence table may have new rows. */
  refreshKey?: unknown;
  port?: ProductPort;
}

/**
 * The product plan and economics cards, sharing one reading of the selected Products row: the
 * adapter reads it when the selection changes (or on "Show selected row"), the domain plans it.
 */
export function ProductCards(props: ProductCardsProps): React.JSX.Element {
  const port = props.port ?? officeProductPort;
  const start = props.start;
  const tableName = start?.found && start.isTable ? start.tableName : undefined;
  const [read, setRead] = React.useState<Read>({ kind: "idle" });
  const [dataVersion, setDataVersion] = React.useState(0);
  // Only the latest read may land: selections come faster than Excel answers.
  const sequence = React.useRef(0);

  const readSelection = React.useCallback(() => {
    if (!tableName) return;
    const mine = ++sequence.current;
    setRead((r) => (r.kind === "cells" ? r : { kind: "reading" }));
    port.readSelected(tableName).then(
      (cells) => {
        if (mine === sequence.current)
          setRead(cells ? { kind: "cells", cells } : { kind: "offRow" });
      },
      (error: unknown) => {
        if (mine === sequence.current) setRead({ kind: "failed", error });
      }
    );
  }, [port, tableName]);

  React.useEffect(() => {
    if (!tableName) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    port.watchSelection(readSelection).then(
      (unsubscribe) => {
        if (cancelled) void unsubscribe();
        else stop = unsubscribe;
      },
      // No selection events: the "Show selected row" button still reads on demand.
      () => undefined
    );
    return () => {
      cancelled = true;
      void stop?.();
    };
  }, [port, tableName, readSelection]);

  // After a classification the Evidence table (and the row's own output columns) changed: a plan
  // on screen is read again. Nothing is read that the user has not asked for by selecting a row.
  const shown = React.useRef(false);
  shown.current = read.kind === "cells";
  React.useEffect(() => {
    if (props.refreshKey !== undefined && shown.current) readSelection();
  }, [props.refreshKey, readSelection]);

  React.useEffect(() => port.onReferenceChange(() => setDataVersion((v) => v + 1)), [port]);

  const selected: SelectedProduct | undefined = React.useMemo(
    () =>
      read.kind === "cells"
        ? planSelectedRow(read.cells, {
            asOf: port.today(),
            reference: port.codeReference(),
            evidence: read.cells.evidence,
          })
        : undefined,
    // dataVersion: newly loaded CMS data changes the classification and the figures.
    [read, port, dataVersion]
  );

  const figures: SiteFigures | undefined = React.useMemo(
    () =>
      selected?.kind === "plan" && selected.code
        ? siteFigures(port.referenceData(), selected.code, port.noData())
        : undefined,
    [selected, port, dataVersion]
  );

  let status: PlanStatus;
  if (!tableName) status = { kind: "noTable" };
  else if (read.kind === "idle") status = { kind: "idle" };
  else if (read.kind === "reading") status = { kind: "reading" };
  else if (read.kind === "offRow") status = { kind: "offRow", table: tableName };
  else if (read.kind === "failed") status = { kind: "failed", message: failure(read.error) };
  else status = { kind: "selected", selected: selected! };

  return (
    <>
      <PlanCard
        status={status}
        dark={props.dark}
        busy={props.busy}
        onShowSelected={readSelection}
      />
      <EconomicsCard
        selected={selected}
        figures={figures}
        busy={props.busy}
        insertFormula={port.insertFormula}
      />
    </>
  );
}

/** "The selected row could not be read: <what Excel said>". */
function failure(error: unknown): Msg {
  const m = errorMessage(error);
  return m.id === "pane.error.generic" ? { id: "pane.plan.failed", params: m.params } : m;
}
