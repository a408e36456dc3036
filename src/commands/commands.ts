/* Ribbon commands run in the shared runtime. The ribbon button only opens the pane (ShowTaskpane). */
Office.onReady(() => {
  // Nothing to register yet: ShowTaskpane actions need no handler.
});
