/** Shape of `__fixtures__/manifest.json`: the expected outcome of parsing each golden fixture. */
export interface GoldenManifest {
  /** The `today` passed to the parser, so "future date" cases stay future. */
  readonly today: string;
  readonly cases: readonly GoldenCase[];
}

export interface GoldenCase {
  /** Path relative to `__fixtures__/`, under `ok/` or `not-ok/`. */
  readonly file: string;
  readonly description: string;
  /** Matched in order with `toMatchObject`: each entry lists the fields it pins down. */
  readonly rows: readonly object[];
  readonly errors: readonly { readonly line: number; readonly contains: string }[];
  /** Exact warning messages, in order. */
  readonly warnings: readonly string[];
}
