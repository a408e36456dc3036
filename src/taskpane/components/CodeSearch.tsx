import * as React from "react";
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Search20Regular } from "@fluentui/react-icons";
import { t } from "../../i18n/catalogue";
import type { CodeMatch } from "../../domain/search";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  match: { overflowWrap: "anywhere" },
  code: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
});

const LIMIT = 5;

/**
 * "Find a HCPCS code": the same ranked search as REIMB.FIND_CODE over the loaded HCPCS Level II
 * descriptors (src/domain/search). CPT descriptors are AMA-licensed and not in CMS's public files,
 * so the field says CPT codes cannot be found by words.
 */
export function CodeSearch(props: {
  search(text: string, limit: number): CodeMatch[] | undefined;
}): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const query = text.trim();
  const matches = query ? props.search(query, LIMIT) : undefined;
  return (
    <div className={styles.root} data-testid="code-search">
      <Field label={t("pane.search.label")} hint={t("pane.search.cptNote")}>
        <Input
          type="search"
          value={text}
          contentBefore={<Search20Regular aria-hidden />}
          placeholder={t("pane.search.placeholder")}
          onChange={(_, d) => setText(d.value)}
          data-testid="code-search-input"
        />
      </Field>
      <div aria-live="polite">
        {query === "" ? null : matches === undefined ? (
          <Caption1 className={styles.hint}>{t("pane.search.noData")}</Caption1>
        ) : matches.length === 0 ? (
          <Caption1 className={styles.hint} data-testid="code-search-none">
            {t("pane.search.none", { text: query })}
          </Caption1>
        ) : (
          <ol className={styles.list} aria-label={t("pane.search.results")}>
            {matches.map((m) => (
              <li key={m.code} className={styles.match} data-testid="code-match">
                <Caption1>
                  <span className={styles.code}>{m.code}</span> {m.description}{" "}
                  <span className={styles.hint}>
                    {t("pane.search.score", { score: Math.round(m.score * 100) })}
                  </span>
                </Caption1>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
