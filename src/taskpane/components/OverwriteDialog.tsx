import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t } from "../../i18n/catalogue";
import type { ConflictView } from "../state";

const SHOWN = 8;

const useStyles = makeStyles({
  // Never touches the pane's edges, however narrow the pane.
  surface: {
    width: "calc(100vw - 32px)",
    maxWidth: "480px",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    marginTop: tokens.spacingVerticalS,
    tableLayout: "fixed",
  },
  th: {
    textAlign: "start",
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    padding: "2px 4px",
  },
  td: {
    padding: "4px",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    verticalAlign: "top",
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  sub: { display: "block", color: tokens.colorNeutralForeground3 },
  actions: { flexWrap: "wrap" },
});

export interface OverwriteDialogProps {
  conflicts: ConflictView[] | undefined;
  onResolve(overwrite: boolean): void;
}

/** Asks before the add-in writes over cells the user typed into (Classify: nothing lost on re-run). */
export function OverwriteDialog(props: OverwriteDialogProps): React.JSX.Element {
  const styles = useStyles();
  const conflicts = props.conflicts ?? [];
  return (
    <Dialog
      open={props.conflicts !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        // Escape means "don't touch my cells".
        if (!data.open) props.onResolve(false);
      }}
    >
      <DialogSurface className={styles.surface} data-testid="overwrite-dialog">
        <DialogBody>
          <DialogTitle>{t("pane.confirm.title")}</DialogTitle>
          <DialogContent>
            <Body1>{t("pane.confirm.body", { count: conflicts.length })}</Body1>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.th} style={{ width: "34%" }}>
                    {t("pane.confirm.cell")}
                  </th>
                  <th className={styles.th}>{t("pane.confirm.current")}</th>
                  <th className={styles.th}>{t("pane.confirm.proposed")}</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.slice(0, SHOWN).map((c) => (
                  <tr key={`${c.sheetName}!${c.address}`} data-testid="conflict">
                    <td className={styles.td}>
                      {c.column && c.productId ? (
                        t("pane.confirm.where", { column: c.column, product: c.productId })
                      ) : c.column ? (
                        c.column
                      ) : (
                        <span className={styles.cell}>
                          {c.sheetName}!{c.address}
                        </span>
                      )}
                      {c.column ? (
                        <span className={`${styles.cell} ${styles.sub}`}>
                          {c.sheetName}!{c.address}
                        </span>
                      ) : null}
                    </td>
                    <td className={styles.td}>{c.current}</td>
                    <td className={styles.td}>{c.proposed === "" ? "—" : c.proposed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {conflicts.length > SHOWN ? (
              <Caption1>{t("pane.confirm.more", { count: conflicts.length - SHOWN })}</Caption1>
            ) : null}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button appearance="primary" onClick={() => props.onResolve(false)} data-testid="keep">
              {t("pane.confirm.keep")}
            </Button>
            <Button onClick={() => props.onResolve(true)} data-testid="overwrite">
              {t("pane.confirm.overwrite")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
