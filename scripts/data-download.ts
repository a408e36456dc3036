/**
 * `npm run data:download [url …]`: fetch CMS's current public files into .data/cms/ (ignored by
 * git), for people online; then `REIMB_DATA_DIR=.data/cms npm run data:bundle`. CMS renames its
 * files every release, so the default list below is a starting point to keep current (each entry
 * names the CMS page it comes from); URLs given on the command line replace it. Files are saved as
 * CMS ships them (zip, csv, txt, xlsx); the bundle builder recognises them by content.
 *
 * Not run in CI and not verifiable from the build machines (no network there).
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../src/i18n/catalogue";
import { REPO_ROOT } from "./data-load";

export interface Source {
  dataset: string;
  /** CMS page listing the file (where to find the next release's URL). */
  page: string;
  url: string;
}

export const DEFAULT_SOURCES: Source[] = [
  {
    dataset: "PFS relative value files (PPRRVU, GPCI, LOCCO, ANES, OPPSCAP)",
    page: "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files",
    url: "https://www.cms.gov/files/zip/rvu26a-updated-01-08-2026.zip",
  },
  {
    dataset: "ASC addenda AA/BB/FF",
    page: "https://www.cms.gov/medicare/payment/prospective-payment-systems/ambulatory-surgical-center-asc/asc-payment-rates-addenda",
    url: "https://www.cms.gov/files/zip/january-2026-asc-approved-hcpcs-code-and-payment-rates.zip",
  },
  {
    dataset: "OPPS Addendum A and B",
    page: "https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient-pps/quarterly-addenda-updates",
    url: "https://www.cms.gov/files/zip/january-2026-opps-addendum-b.zip",
  },
  {
    dataset: "Clinical Laboratory Fee Schedule",
    page: "https://www.cms.gov/medicare/payment/fee-schedules/clinical-laboratory-fee-schedule-clfs/files",
    url: "https://www.cms.gov/files/zip/26clabq1.zip",
  },
  {
    dataset: "DMEPOS fee schedule",
    page: "https://www.cms.gov/medicare/payment/fee-schedules/dmepos/dmepos-fee-schedule",
    url: "https://www.cms.gov/files/zip/dme26-a.zip",
  },
  {
    dataset: "HCPCS Level II annual file",
    page: "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update",
    url: "https://www.cms.gov/files/zip/january-2026-alpha-numeric-hcpcs-file.zip",
  },
];

/**
 * The file name to save a download under: the URL's last path segment, decoded, reduced to a base
 * name so an encoded "../" can never write outside the download folder.
 */
export function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split("/").pop() ?? "";
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A stray "%" is part of the name, not an escape.
  }
  const base = path.basename(decoded.replace(/\\/g, "/"));
  return base === "" || base === "." || base === ".." ? "download" : base;
}

/**
 * Only https: a file fetched over plain http can be altered on the way, and its numbers end up in
 * payment models. Returns the refusal message, or undefined when the URL may be fetched.
 */
export function refuseUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t("cli.download.badUrl", { url });
  }
  if (parsed.protocol !== "https:") return t("cli.download.notHttps", { url });
  return undefined;
}

/**
 * True when this file is the program being run: directly (`node -r tsx/cjs file.ts`) or through
 * bin/run-ts.js (`npm run data:download`), where `require.main` is run-ts.js, not this module,
 * and argv[1] is this file.
 */
export function isEntry(argv1: string | undefined, main: NodeJS.Module | undefined): boolean {
  if (main === module) return true;
  return argv1 !== undefined && path.resolve(argv1) === __filename;
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const folder = path.join(REPO_ROOT, ".data", "cms");
  const urls = [...argv];
  const refused = urls.map(refuseUrl).filter((m): m is string => m !== undefined);
  if (refused.length > 0) {
    for (const m of refused) console.error(m);
    process.exitCode = 2;
    return;
  }
  const sources: Source[] = urls.length
    ? urls.map((url) => ({ dataset: "", page: "", url }))
    : DEFAULT_SOURCES;
  fs.mkdirSync(folder, { recursive: true });
  console.log(t("data.download.start", { count: sources.length, folder }));
  let done = 0;
  for (const s of sources) {
    let name = s.url;
    try {
      name = fileNameOf(s.url);
      const response = await fetch(s.url);
      // A redirect may not downgrade the transfer to plain http either.
      if (response.url && new URL(response.url).protocol !== "https:")
        throw new Error(t("cli.download.redirectedToHttp", { url: response.url }));
      if (!response.ok)
        throw new Error(
          s.page
            ? t("data.download.httpSee", { status: response.status, page: s.page })
            : t("data.download.http", { status: response.status })
        );
      fs.writeFileSync(path.join(folder, name), new Uint8Array(await response.arrayBuffer()));
      console.log(t("data.download.file", { name, url: s.url }));
      done++;
    } catch (e) {
      console.log(
        t("data.download.failed", { name, reason: e instanceof Error ? e.message : String(e) })
      );
    }
  }
  console.log(t("data.download.done", { count: done, folder }));
  if (done < sources.length) process.exitCode = 1;
}

if (isEntry(process.argv[1], require.main)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
