import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../model/rule.js';
import type { Lang } from '../messages/index.js';

export interface ReportInput {
  /** All findings, in any order; reporters sort them. */
  diagnostics: Diagnostic[];
  /** Absolute project root; `Diagnostic.file` is relative to it. */
  root: string;
  /** The whole rule catalogue (SARIF lists every rule). */
  rules: RuleMeta[];
  filesChecked: number;
  /**
   * The files checked that the report covers (relative to `root`): json lists
   * each one, with no messages when it is clean, as ESLint does. Default: the
   * files that have findings.
   */
  files?: readonly string[];
  /** Files whose YAML does not parse (front-matter, a plan file): json marks their parse errors `fatal`, as ESLint does. */
  unreadable?: ReadonlySet<string>;
  /**
   * The language the findings' sentences are in (`CheckResult.lang`): the
   * report's own words (stylish's summary, json's `suggestions`, SARIF's
   * `messageStrings`) are composed in it too.
   */
  lang: Lang;
  /** stylish only; the caller decides (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
  /** stylish only: the terminal's width in columns (the caller decides; 80 without a TTY). */
  width?: number;
  toolVersion: string;
  /** A rule's page in `lang`; undefined when herald's package.json names no place its docs are published. */
  ruleUrl: (ruleId: string, lang?: Lang) => string | undefined;
  /**
   * The folder CI reads paths against (the repository checkout, where herald
   * runs). github, sarif and gitlab paths are relative to it, so annotations
   * land on the right file with `--root sub/folder`. Default: `root`.
   */
  workspace?: string;
  /**
   * The text of a file (`Diagnostic.file`, relative to `root`), when the caller
   * has it: json turns line and column into the UTF-16 offsets of ESLint's
   * `suggestions`. Undefined for a file it cannot give.
   */
  sourceOf?: (file: string) => string | undefined;
  /**
   * With `--fix` (and `--fix-dry-run`): the new text of each file the fixes
   * changed, by `Diagnostic.file` (json's ESLint `output`).
   */
  outputs?: ReadonlyMap<string, string>;
}

export type Reporter = (input: ReportInput) => string;
