import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Tag,
  TagGroup,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSync20Regular,
  CheckmarkCircle16Filled,
  ChevronDown16Regular,
  ChevronUp16Regular,
  ErrorCircle16Filled,
  TableAdd20Regular,
  TableSimple20Regular,
} from "@fluentui/react-icons";
import { PRODUCT_COLUMNS } from "../../domain/rows/columns";
import { t } from "../../i18n/catalogue";
import type { Notice, StartInfo } from "../state";
import { InlineNotice } from "./InlineNotice";
import { Section } from "./Section";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeader: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  label: { color: tokens.colorNeutralForeground3 },
  tags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  missing: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface StartCardProps {
  info: StartInfo | undefined;
  checking: boolean;
  busy: boolean;
  canInsert: boolean;
  canAdopt: boolean;
  onInsert(): void;
  onAdopt(): void;
  onRecheck(): void;
  notice?: Notice;
  onDismissNotice(): void;
}

function status(info: StartInfo): string {
  if (!info.found) return t("pane.start.none");
  if (info.isTable)
    return t("pane.start.table", {
      table: info.tableName ?? "",
      sheet: info.sheetName ?? "",
      rows: info.dataRowCount,
    });
  return t("pane.start.headerRow", { sheet: info.sheetName ?? "", address: info.address ?? "" });
}

export function StartCard(props: StartCardProps): React.JSX.Element {
  const styles = useStyles();
  const { info } = props;
  // The column list matters while something is missing or the header row is the user's own; for
  // a complete table it is one click away, so the Classify button stays in view at 800 px.
  const needsAttention =
    info !== undefined &&
    info.found &&
    (!info.isTable || info.missingRequired.length > 0 || info.recognised.some((c) => c.from));
  const [expanded, setExpanded] = React.useState<boolean | undefined>(undefined);
  const showColumns = expanded ?? needsAttention;
  return (
    <Section id="start" title={t("pane.start.title")} icon={<TableSimple20Regular />}>
      {info === undefined ? (
        <Spinner size="tiny" label={t("pane.start.checking")} />
      ) : (
        <>
          <Body1 data-testid="start-status">{status(info)}</Body1>
          {info.found && info.recognised.length > 0 ? (
            <div className={styles.group}>
              <div className={styles.groupHeader}>
                <Caption1 className={styles.label} id="recognised-label">
                  {t("pane.start.recognisedCount", {
                    count: info.recognised.length,
                    total: PRODUCT_COLUMNS.length,
                  })}
                </Caption1>
                <Button
                  size="small"
                  appearance="transparent"
                  icon={showColumns ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
                  iconPosition="after"
                  aria-expanded={showColumns}
                  aria-controls="recognised-columns"
                  onClick={() => setExpanded(!showColumns)}
                  data-testid="toggle-columns"
                >
                  {showColumns ? t("pane.start.hideColumns") : t("pane.start.showColumns")}
                </Button>
              </div>
              {showColumns ? (
                <TagGroup
                  className={styles.tags}
                  aria-labelledby="recognised-label"
                  id="recognised-columns"
                  data-testid="recognised-columns"
                >
                  {info.recognised.map((column) => (
                    <Tag
                      key={column.header}
                      size="extra-small"
                      appearance="outline"
                      icon={<CheckmarkCircle16Filled className={styles.ok} />}
                      data-testid="column-tag"
                      title={
                        column.from
                          ? t("pane.start.recognisedFrom", {
                              header: column.header,
                              from: column.from,
                            })
                          : undefined
                      }
                    >
                      {column.from
                        ? t("pane.start.recognisedFrom", {
                            header: column.header,
                            from: column.from,
                          })
                        : column.header}
                    </Tag>
                  ))}
                </TagGroup>
              ) : null}
            </div>
          ) : null}
          {info.found && info.missingRequired.length > 0 ? (
            <div className={styles.group}>
              <Caption1 className={styles.label}>{t("pane.start.missingRequired")}</Caption1>
              <TagGroup
                className={styles.tags}
                aria-label={t("pane.start.missingRequired")}
                data-testid="missing-required"
              >
                {info.missingRequired.map((header) => (
                  <Tag
                    key={header}
                    size="extra-small"
                    appearance="outline"
                    className={styles.missing}
                    icon={<ErrorCircle16Filled />}
                    data-testid="column-tag"
                  >
                    {header}
                  </Tag>
                ))}
              </TagGroup>
            </div>
          ) : null}
          {info.found && info.missingOptional.length > 0 ? (
            <Caption1 className={styles.hint} data-testid="missing-optional">
              {t("pane.start.missingOptional")}: {info.missingOptional.join(", ")}
            </Caption1>
          ) : null}
          {info.found && info.unrecognised.length > 0 ? (
            <Caption1 className={styles.hint}>
              {t("pane.start.unrecognised")}: {info.unrecognised.join(", ")}
            </Caption1>
          ) : null}
          {!info.found ? (
            <Caption1 className={styles.hint}>{t("pane.start.insertHint")}</Caption1>
          ) : null}
        </>
      )}
      <InlineNotice notice={props.notice} onDismiss={props.onDismissNotice} />
      <div className={styles.actions}>
        {props.canInsert ? (
          <Button
            appearance="primary"
            icon={<TableAdd20Regular />}
            onClick={props.onInsert}
            disabled={props.busy}
            data-testid="insert"
          >
            {t("pane.start.insert")}
          </Button>
        ) : null}
        {props.canAdopt ? (
          <Button
            appearance="primary"
            icon={<TableAdd20Regular />}
            onClick={props.onAdopt}
            disabled={props.busy}
            data-testid="adopt"
          >
            {t("pane.start.adopt")}
          </Button>
        ) : null}
        <Button
          appearance="subtle"
          icon={props.checking ? <Spinner size="extra-tiny" /> : <ArrowSync20Regular />}
          onClick={props.onRecheck}
          disabled={props.busy}
          data-testid="recheck"
        >
          {t("pane.start.recheck")}
        </Button>
      </div>
    </Section>
  );
}
