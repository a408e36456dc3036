/**
 * US states and territories as they appear in CMS's GPCI, LOCCO and DMEPOS files: USPS two-letter
 * codes and names, so "CA" and "California" both mean California (a locality or state argument).
 */
const STATES: Readonly<Record<string, string>> = {
  AL: "ALABAMA",
  AK: "ALASKA",
  AZ: "ARIZONA",
  AR: "ARKANSAS",
  CA: "CALIFORNIA",
  CO: "COLORADO",
  CT: "CONNECTICUT",
  DE: "DELAWARE",
  DC: "DISTRICT OF COLUMBIA",
  FL: "FLORIDA",
  GA: "GEORGIA",
  HI: "HAWAII",
  ID: "IDAHO",
  IL: "ILLINOIS",
  IN: "INDIANA",
  IA: "IOWA",
  KS: "KANSAS",
  KY: "KENTUCKY",
  LA: "LOUISIANA",
  ME: "MAINE",
  MD: "MARYLAND",
  MA: "MASSACHUSETTS",
  MI: "MICHIGAN",
  MN: "MINNESOTA",
  MS: "MISSISSIPPI",
  MO: "MISSOURI",
  MT: "MONTANA",
  NE: "NEBRASKA",
  NV: "NEVADA",
  NH: "NEW HAMPSHIRE",
  NJ: "NEW JERSEY",
  NM: "NEW MEXICO",
  NY: "NEW YORK",
  NC: "NORTH CAROLINA",
  ND: "NORTH DAKOTA",
  OH: "OHIO",
  OK: "OKLAHOMA",
  OR: "OREGON",
  PA: "PENNSYLVANIA",
  RI: "RHODE ISLAND",
  SC: "SOUTH CAROLINA",
  SD: "SOUTH DAKOTA",
  TN: "TENNESSEE",
  TX: "TEXAS",
  UT: "UTAH",
  VT: "VERMONT",
  VA: "VIRGINIA",
  WA: "WASHINGTON",
  WV: "WEST VIRGINIA",
  WI: "WISCONSIN",
  WY: "WYOMING",
  PR: "PUERTO RICO",
  VI: "VIRGIN ISLANDS",
  GU: "GUAM",
  AS: "AMERICAN SAMOA",
  MP: "NORTHERN MARIANA ISLANDS",
};

const BY_NAME = new Map(Object.entries(STATES).map(([code, name]) => [name, code]));

/** "CA" or "CALIFORNIA" (upper-case, trimmed) → "CA"; undefined for anything else. */
export function stateCode(text: string): string | undefined {
  if (STATES[text]) return text;
  return BY_NAME.get(text.replace(/\s+/g, " "));
}
