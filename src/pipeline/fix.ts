import { randomBytes } from 'node:crypto';
import { chmod, lstat, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { computeFacts } from '../facts/project-facts.js';
import { applyFixes } from '../lint/apply-fixes.js';
import { lintProject } from '../lint/lint-project.js';
import { compareDiagnostics, type Diagnostic, type Fix } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import { RULES } from '../rules/index.js';
import { filesChecked, loadMessage, loadProject, type CheckResult, type LoadOptions } from './check.js';

/** ESLint's limit: a file whose fixes keep producing new fixes is left after this many passes. */
export const MAX_FIX_PASSES = 10;

/** A message file whose fixes changed its text (in memory). */
export interface FixedFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** The text as the check read it (without a byte order mark). */
  original: string;
  /** The text with every fix applied (without a byte order mark). */
  output: string;
  /** How many fixes were applied, over all passes. */
  fixCount: number;
}

export interface FixResult extends CheckResult {
  /** The files the fixes change, in file order. */
  fixed: FixedFile[];
  /** The findings of the text as read, before any fix (for a file that cannot be written after all). */
  before: Diagnostic[];
}

/**
 * The check with fixes applied, in memory: lint, apply each file's fixes
 * (`lint/apply-fixes.ts`), lint again, until no fix is left or after
 * `MAX_FIX_PASSES` passes. The whole project is linted each pass, since a
 * fixed id can change what cross-message rules find in other files; only
 * the changed messages are parsed again. `diagnostics` are what remains.
 * `only` limits the fixes to some files (`herald check --fix <paths>`).
 * Nothing is written: see `writeFixedFile`.
 */
export async function fixProject(
  root: string,
  options: LoadOptions & { only?: (file: string) => boolean } = {},
  maxPasses = MAX_FIX_PASSES,
): Promise<FixResult> {
  const project = await loadProject(root, options);
  const { plan, lang } = project;
  let messages = project.messages;
  let facts = project.facts;
  const lint = () => [...project.planDiagnostics, ...lintProject(plan, messages, facts, RULES, lang, project.rules)].sort(compareDiagnostics);

  const texts = new Map(messages.map((m) => [m.file, m.source.text]));
  const counts = new Map<string, number>();
  const before = lint();
  let diagnostics = before;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = new Map<string, Fix[]>();
    for (const d of diagnostics) {
      // Only messages are fixed; the plan's findings carry no fixes.
      if (!d.fix || !texts.has(d.file) || (options.only && !options.only(d.file))) continue;
      const list = fixes.get(d.file);
      if (list) list.push(d.fix);
      else fixes.set(d.file, [d.fix]);
    }
    const changed = new Map<string, Message>();
    for (const [file, list] of fixes) {
      const { output, applied } = applyFixes(texts.get(file)!, list);
      if (applied.length === 0) continue;
      texts.set(file, output);
      counts.set(file, (counts.get(file) ?? 0) + applied.length);
      changed.set(file, loadMessage({ file, text: output }, plan.site));
    }
    if (changed.size === 0) break;
    messages = messages.map((m) => changed.get(m.file) ?? m);
    facts = computeFacts(plan, messages, facts.contentFiles, facts.unsafeFiles);
    diagnostics = lint();
  }

  const fixed = project.messages
    .filter((m) => texts.get(m.file) !== m.source.text)
    .map((m) => ({ file: m.file, original: m.source.text, output: texts.get(m.file)!, fixCount: counts.get(m.file) ?? 0 }));
  return { root: project.root, plan, messageCount: messages.length, diagnostics, lang, fixed, before, ...filesChecked(plan, messages) };
}

/** Why a fixed file was not written. */
export type NotWritten = 'changed' | 'outside';

const BOM = '\ufeff';

/** The fixed output as written over `current`: with `current`'s byte order mark, if it has one (the check reads the text without it). */
export function withBomOf(current: string, output: string): string {
  return current.startsWith(BOM) ? BOM + output : output;
}

/**
 * The fixed file as it would be written: the text on disk now, with its
 * byte order mark, and the output with the same mark; or why it must be left
 * alone: it is not the text the check read any more (`changed`), or it lies
 * outside the project folder (`outside`: a symlinked `content/`).
 */
export async function prepareFixedFile(root: string, fixed: FixedFile): Promise<{ path: string; current: string; output: string } | { reason: NotWritten }> {
  const target = path.join(root, fixed.file);
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(target), realpath(root)]);
  } catch {
    return { reason: 'changed' };
  }
  if (!real.startsWith(realRoot + path.sep)) return { reason: 'outside' };
  const current = await readFile(real, 'utf8').catch(() => undefined);
  if (current === undefined) return { reason: 'changed' };
  const bom = current.startsWith(BOM) ? BOM : '';
  if (current.slice(bom.length) !== fixed.original) return { reason: 'changed' };
  return { path: real, current, output: withBomOf(current, fixed.output) };
}

/**
 * Writes one fixed file atomically (a temp file beside it, then a rename,
 * with the file's permissions), unless it changed since the check read it:
 * its text is compared once before writing and once more just before the
 * rename. The temp name starts with a dot, so a check running meanwhile
 * skips it.
 */
export async function writeFixedFile(root: string, fixed: FixedFile): Promise<{ written: true; output: string } | { written: false; reason: NotWritten }> {
  const prepared = await prepareFixedFile(root, fixed);
  if ('reason' in prepared) return { written: false, reason: prepared.reason };
  const { mode } = await lstat(prepared.path);
  const temp = path.join(path.dirname(prepared.path), `.${path.basename(prepared.path)}.herald-fix-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, prepared.output, { flag: 'wx' });
    await chmod(temp, mode & 0o7777);
    const now = await readFile(prepared.path, 'utf8').catch(() => undefined);
    if (now !== prepared.current) {
      await rm(temp, { force: true });
      return { written: false, reason: 'changed' };
    }
    await rename(temp, prepared.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { written: true, output: prepared.output };
}
