import * as React from "react";
import { Badge, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { Database20Regular } from "@fluentui/react-icons";
import iconUrl from "../../../assets/icon.svg";
import { t } from "../../i18n/catalogue";
import type { VintageView } from "../state";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, minWidth: 0 },
  logo: { flexShrink: 0, width: "32px", height: "32px", display: "block" },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  badge: {
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    display: "inline-flex",
  },
  badgeText: { overflow: "hidden", textOverflow: "ellipsis" },
});

export function Header(props: { vintage: VintageView | undefined }): React.JSX.Element {
  const styles = useStyles();
  const label = props.vintage
    ? t("pane.header.vintageLabel", { vintage: props.vintage.entries.join("; ") })
    : t("pane.header.noVintage");
  return (
    <header className={styles.header} role="banner">
      <div className={styles.brand}>
        {/* The add-in's icon (assets/icon.svg, the source of the ribbon and store PNGs). */}
        <img className={styles.logo} src={iconUrl} alt="" width={32} height={32} />
        <div className={styles.titles}>
          <Subtitle2 as="h1">{t("common.appName")}</Subtitle2>
          <Caption1 className={styles.subtitle}>{t("pane.header.subtitle")}</Caption1>
        </div>
      </div>
      {/* Not a tab stop: it does nothing. The CMS data card lists every dataset in full. */}
      <Badge
        className={styles.badge}
        appearance="tint"
        color={props.vintage ? "brand" : "informative"}
        icon={<Database20Regular />}
        data-testid="vintage-badge"
        title={label}
      >
        <span className={styles.badgeText}>
          {props.vintage?.short ?? t("pane.header.noVintage")}
        </span>
      </Badge>
    </header>
  );
}
