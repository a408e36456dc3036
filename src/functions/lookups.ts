/**
 * Reference-data lookup functions (REIMB.PFS, REIMB.RVU, …). Built by the reference-data issue.
 * This file is a second input of custom-functions-metadata-plugin (see webpack.config.js).
 */
export {};
