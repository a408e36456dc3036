/** English messages for the `data.*` area (reading CMS files). */
export const DATA: Readonly<Record<string, string>> = {
  "data.error.row": '{file}, line {line}: expected {expected}, found "{found}".',
  "data.error.header": "{file}: this is not the CMS file it looks like; expected {expected}.",
  "data.error.truncated":
    "{file}: only {found} {kind} rows; a complete CMS file has at least {minimum}. The file looks cut short.",
  "data.error.xlsx": "{file}: cannot be opened as an Excel workbook ({detail}).",
  "data.error.unrecognised":
    "{file}: not a CMS file this add-in reads (PPRRVU, GPCI, LOCCO, ANES, OPPSCAP, ASC addenda AA/BB/FF, OPPS addenda A/B, DMEPOS, CLFS, HCPCS, PFS payment amounts).",
  "data.error.notKind": "{file}: expected a {kind} file; its header rows do not match that layout.",
  "data.problem.noYear":
    "{file}: the file does not state its year and no PPRRVU was loaded beside it; load it together with its RVU zip.",
  "data.problem.superseded":
    "{file} ({when}) was not used: a newer release of the same data is already loaded.",
  "data.problem.none": "No CMS files found in {folder}.",
  "data.bundle.built": "Reference bundle written to {file} ({size} gzipped): {vintage}",
  "data.bundle.empty":
    "No CMS data folder at {folder}: wrote an empty reference bundle ({reason}).",
  "data.download.start": "Downloading {count} CMS files into {folder} …",
  "data.download.file": "  {name} ← {url}",
  "data.download.http": "HTTP {status}",
  "data.download.httpSee": "HTTP {status}; see {page} for the current file",
  "data.download.failed": "  {name}: download failed ({reason}).",
  "data.download.done":
    "Downloaded {count} files; run `npm run data:bundle` with REIMB_DATA_DIR={folder}.",
};
