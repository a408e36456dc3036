// office-addin-lint picks this file up instead of its built-in config: Microsoft's recommended
// add-in rules plus the TypeScript parser, as in their templates.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // TypeScript's checker (npm run typecheck, strict) already rejects undefined names, and it
      // knows the DOM, Node and Office globals this rule does not (typescript-eslint's advice).
      "no-undef": "off",
      // Control characters are matched on purpose: CMS text, XML parts and cell text are sanitised.
      "no-control-regex": "off",
    },
  },
  {
    // The office-addins rules track Office.js proxy objects by name; ExcelJS and plain objects in
    // these folders (row.cellCount, cell.value) are not proxies and need no load/sync.
    files: ["src/cli/**", "src/shareCopy/**", "src/data/**", "src/domain/**", "src/functions/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
