import * as React from "react";
import { Card, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalM,
    gap: tokens.spacingVerticalS,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  icon: { color: tokens.colorBrandForeground1, display: "inline-flex" },
});

/** One titled card of the pane; `id` labels the region for screen readers and tests. */
export function Section(props: {
  id: string;
  title: string;
  icon?: React.ReactNode;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`section-${props.id}`}>
      <Card className={styles.card} appearance="filled">
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          {props.icon ? (
            <span className={styles.icon} aria-hidden="true">
              {props.icon}
            </span>
          ) : null}
          {props.title}
        </Subtitle2>
        {props.children}
      </Card>
    </section>
  );
}
