/**
 * What an MDX component promises authors: the props a chapter may write, and how each is
 * checked. Each component keeps its contract beside it (`contract.ts` in its folder); the build
 * checks every MDX element against them (src/mdx/componentProps.ts). A contract is typed
 * against the component's Props, so a prop added to one and not the other fails `tsc`.
 */

export interface PropRule {
  readonly required?: boolean;
  /**
   * Who else sets it: a remark plugin at build time (`build`, accepted but never listed to
   * authors) or a parent component at run time (`parent`, an error when written in MDX).
   */
  readonly setBy?: 'build' | 'parent';
  /**
   * Checks a literal value (`a="x"`, `a={18}`, or an expression holding a plain number or
   * string): returns what is wrong, e.g. `is "x"; allowed values: …`, or null.
   */
  readonly check?: (value: string) => string | null;
}

export interface ComponentContract<P = Record<string, unknown>> {
  /** One rule per prop of the component except `children`. */
  readonly props: {readonly [K in Exclude<keyof P, 'children'>]-?: PropRule};
  /** A rule across props (e.g. exactly one of two): what is wrong with the props given, or null. */
  readonly given?: (names: ReadonlySet<string>) => string | null;
}

/** The contracts a folder exports, by MDX tag name. */
export type Contracts = Readonly<Record<string, ComponentContract>>;

export function oneOf(allowed: readonly string[]) {
  return (value: string): string | null =>
    allowed.includes(value) ? null : `is "${value}"; allowed values: ${allowed.join(', ')}`;
}
