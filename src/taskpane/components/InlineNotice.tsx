import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { render, t } from "../../i18n/catalogue";
import type { Notice } from "../state";

/**
 * An action's result, shown inside the card of the action (beside the button pressed). Screen
 * readers hear it through the pane's one live region (App), so this bar is not itself live.
 */
export function InlineNotice(props: {
  notice: Notice | undefined;
  onDismiss(): void;
  children?: React.ReactNode;
}): React.JSX.Element | null {
  const { notice } = props;
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      data-testid={`notice-${notice.area}`}
      data-intent={notice.intent}
    >
      <MessageBarBody>
        {render(notice.message)}
        {props.children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={t("pane.notice.dismiss")}
            icon={<Dismiss20Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
