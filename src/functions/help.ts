/**
 * Where every function's "Help on this function" link points: the README's function reference.
 * The JSDoc `@helpurl` tags in functions.ts repeat this literal (the metadata generator reads
 * comments, not code); a test checks every helpUrl in the generated functions.json equals it.
 */
export const FUNCTION_REFERENCE_URL = "https://github.com/reimb-addin/reimb#function-reference";
