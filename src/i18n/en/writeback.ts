/** English messages for the `writeback.*` area (the write-back policy both hosts share). */
export const WRITEBACK: Readonly<Record<string, string>> = {
  "writeback.locate.near":
    'Required headers: {required}. Headers seen (sheet "{sheet}", row {row}): {seen}',
  "writeback.locate.none":
    "No sheet has a row naming any Products column. Required headers: {required}. Headers seen: {seen}",
  "writeback.locate.incomplete":
    'The Products table on sheet "{sheet}" lacks required headers: {missing}. Required headers: {required}. Headers seen: {seen}',
};
