/**
 * Light/dark follows Office's own theme, so the pane sits in Excel like a built-in pane. Office
 * reports colours, not a dark flag on every platform; the body background's luminance decides.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { PATHWAY_FILLS } from "../domain/writeback/formats";

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white), or undefined for anything else. */
export function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const n = parseInt(match[1], 16);
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function isDarkOfficeTheme(theme: OfficeThemeColours | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.4;
}

export function fluentTheme(dark: boolean): Theme {
  return dark ? webDarkTheme : webLightTheme;
}

/**
 * Pathway colours: the swatch is the very fill of the Pathway cells in the Products sheet
 * (the write-back policy's PATHWAY_FILLS, src/domain/writeback/formats.ts), so a person matches the pane's summary to the sheet at a glance; the
 * bar uses a stronger shade of the same hue that stays readable on both themes.
 */
export const PATHWAY_SWATCHES: Readonly<
  Record<string, { fill: string; bar: string; barDark: string }>
> = {
  "existing-cpt": { fill: PATHWAY_FILLS["existing-cpt"], bar: "#107C10", barDark: "#54B054" },
  "existing-hcpcs-ii": {
    fill: PATHWAY_FILLS["existing-hcpcs-ii"],
    bar: "#0F6CBD",
    barDark: "#479EF5",
  },
  "unlisted-noc": { fill: PATHWAY_FILLS["unlisted-noc"], bar: "#C19C00", barDark: "#FDE300" },
  "new-code": { fill: PATHWAY_FILLS["new-code"], bar: "#CA5010", barDark: "#F98845" },
};

export function pathwaySwatch(id: string, dark: boolean): { fill: string; bar: string } {
  const entry = PATHWAY_SWATCHES[id];
  if (!entry) return { fill: dark ? "#616161" : "#E0E0E0", bar: dark ? "#ADADAD" : "#616161" };
  return { fill: entry.fill, bar: dark ? entry.barDark : entry.bar };
}
