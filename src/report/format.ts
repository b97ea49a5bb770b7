import type { Diagnostic } from '../model/diagnostic.js';
import type { RuleMeta } from '../lint/rule.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface ReportInput {
  /** All findings, in any order; reporters sort them. */
  diagnostics: Diagnostic[];
  /** Absolute project root; `Diagnostic.file` is relative to it. */
  root: string;
  /** The whole rule catalogue (SARIF lists every rule). */
  rules: RuleMeta[];
  filesChecked: number;
  /** stylish only; the caller decides (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
  toolVersion: string;
  ruleUrl: (ruleId: string) => string;
  /**
   * The folder CI reads paths against (the repository checkout, where herald
   * runs). github, sarif and gitlab paths are relative to it, so annotations
   * land on the right file with `--root sub/folder`. Default: `root`.
   */
  workspace?: string;
}

export type Reporter = (input: ReportInput) => string;

const REPORTERS: Record<FormatName, Reporter> = { stylish, json, sarif, github, gitlab };

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** The report as text, ending in a newline unless it is empty. */
export function formatReport(name: FormatName, input: ReportInput): string {
  return REPORTERS[name](input);
}
