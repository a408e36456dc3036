/**
 * The rule register's shape. Every stage of the classifier (stages/*.ts) is an ordered table of
 * these rows; a reviewer reads `when` and `then` beside the `source` they rest on, and
 * docs/pathway-rules.md lists every row (test/domain/pathway/register.test.ts keeps it in step).
 */
export interface Rule<C> {
  /** Stable id, unique across the register ("pathway.noc-bridge"). */
  id: string;
  /** One line a reimbursement expert can check: what the rule does, in words. */
  says: string;
  when: (c: C) => boolean;
  then: (c: C) => void;
  /** The repository's own reference it rests on (docs/reimbursement.md §…, docs/features.md, or a named judgement). */
  source: string;
}

/** A table applied row by row: every rule whose condition holds fires, in order. */
export interface AllTable<C> {
  kind: "all";
  stage: string;
  rules: readonly Rule<C>[];
}

/** A table applied until the first rule whose condition holds (an if / else-if chain). */
export interface FirstTable<C> {
  kind: "first";
  stage: string;
  rules: readonly Rule<C>[];
}

export type RuleTable<C> = AllTable<C> | FirstTable<C>;

export function allOf<C>(stage: string, rules: readonly Rule<C>[]): AllTable<C> {
  return { kind: "all", stage, rules };
}
export function firstOf<C>(stage: string, rules: readonly Rule<C>[]): FirstTable<C> {
  return { kind: "first", stage, rules };
}

/**
 * Apply a table to a context; conditions see the context as earlier rules left it.
 * Returns whether any rule fired.
 */
export function apply<C>(table: RuleTable<C>, c: C): boolean {
  let any = false;
  for (const r of table.rules) {
    if (!r.when(c)) continue;
    r.then(c);
    any = true;
    if (table.kind === "first") break;
  }
  return any;
}

/** Always true: the last row of a first-match table ("otherwise"). */
export const otherwise = (): boolean => true;
