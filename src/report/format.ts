import type { Reporter, ReportInput } from './report-input.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

const REPORTERS: Record<FormatName, Reporter> = { stylish, json, sarif, github, gitlab };

export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** The report as text, ending in a newline unless it is empty. */
export function formatReport(name: FormatName, input: ReportInput): string {
  return REPORTERS[name](input);
}
