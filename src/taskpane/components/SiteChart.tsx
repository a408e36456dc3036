import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n/catalogue";
import { siteBars, usd, type SiteBar } from "./siteFigures";
import type { SiteComparisonRow } from "../../domain/economics/sites";

const PROFESSIONAL = tokens.colorBrandBackground;
const FACILITY = tokens.colorPaletteDarkOrangeBorderActive;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  svg: { width: "100%", height: "auto", display: "block" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: "right",
    },
    "& th[scope=row], & thead th:first-child": { textAlign: "left", fontWeight: "normal" },
    "& thead th": { color: tokens.colorNeutralForeground3, fontWeight: "normal" },
  },
  caption: {
    textAlign: "left",
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  axisText: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
  },
});

const WIDTH = 288;
const LABEL = 104;
const BAR = 16;
const GAP = 10;

function amount(v: number | undefined): string {
  return v === undefined ? t("pane.econ.noRate") : usd(v);
}

/**
 * Professional and facility payment stacked per site, as an inline SVG (named for screen readers,
 * scaled to the pane's width) with the same figures in a table below it: the table is the text
 * alternative and what a keyboard or screen-reader user reads.
 */
export function SiteChart(props: {
  code: string;
  rows: readonly SiteComparisonRow[];
}): React.JSX.Element {
  const styles = useStyles();
  const bars: SiteBar[] = siteBars(props.rows);
  const max = Math.max(1, ...bars.map((b) => (b.professional ?? 0) + (b.facility ?? 0)));
  const scale = (v: number): number => ((WIDTH - LABEL - 4) * v) / max;
  const height = bars.length * (BAR + GAP) + GAP;
  const titleId = `site-chart-${props.code}`;
  const notes = bars.flatMap((b) => b.missing.map((m) => `${t(`econ.site.${b.site}`)}: ${m}`));
  return (
    <div className={styles.root} data-testid="site-chart">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t("pane.econ.chartName", { code: props.code })}</title>
        {bars.map((b, i) => {
          const y = GAP + i * (BAR + GAP);
          const pro = scale(b.professional ?? 0);
          const fac = scale(b.facility ?? 0);
          return (
            <g key={b.site} data-testid="site-bar">
              <text className={styles.axisText} x={0} y={y + BAR - 4}>
                {t(`econ.site.${b.site}`)}
              </text>
              <rect x={LABEL} y={y} width={pro} height={BAR} fill={PROFESSIONAL} />
              <rect x={LABEL + pro} y={y} width={fac} height={BAR} fill={FACILITY} />
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.key}>
          <span className={styles.swatch} style={{ backgroundColor: PROFESSIONAL }} />
          <Caption1>{t("econ.sites.head.professional")}</Caption1>
        </li>
        <li className={styles.key}>
          <span className={styles.swatch} style={{ backgroundColor: FACILITY }} />
          <Caption1>{t("econ.sites.head.facility")}</Caption1>
        </li>
      </ul>
      <table className={styles.table} data-testid="site-table">
        <caption className={styles.caption}>{t("pane.econ.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("econ.sites.head.site")}</th>
            <th scope="col">{t("econ.sites.head.professional")}</th>
            <th scope="col">{t("econ.sites.head.facility")}</th>
            <th scope="col">{t("econ.sites.head.total")}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.site}>
              <th scope="row">{t(`econ.site.${b.site}`)}</th>
              <td>{amount(b.professional)}</td>
              <td>{amount(b.facility)}</td>
              <td>{amount(b.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > 0 ? (
        <ul className={styles.notes}>
          {notes.map((n) => (
            <li key={n}>
              <Caption1>{n}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <Caption1 className={styles.caption}>
        {t("pane.econ.sameAsSites", { code: props.code })}
      </Caption1>
    </div>
  );
}
