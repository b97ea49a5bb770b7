import { compose, type Lang } from '../messages/index.js';
import { compareDiagnostics } from '../model/diagnostic.js';
import type { CheckResult, LoadOptions } from '../pipeline/check.js';
import { fixProject, prepareFixedFile, withBomOf, writeFixedFile, type NotWritten } from '../pipeline/fix.js';
import { fixDiff, type FileChange } from '../report/fix-diff.js';
import { workspacePath } from '../report/shared.js';

/** The catalogue block of `--fix`'s own sentences. */
const FIX = 'fix';

export interface FixRun {
  /** The check after the fixes: what remains (for a file left alone, what it had). */
  result: CheckResult;
  /** ESLint's `output`: a fixed file's new text (as written, or as `--fix-dry-run` would write it), by file. */
  outputs: Map<string, string>;
  /** The fixed texts without a byte order mark, for the report's code frames and offsets. */
  texts: Map<string, string>;
  /** One line in the writer's language: how many fixes in how many files. */
  summary: string;
}

/**
 * `herald check --fix` and `--fix-dry-run`: the fixes worked out in memory
 * (`pipeline/fix.ts`), then written (each file atomically, and only when it
 * is still the text the check read), or printed to standard output as one
 * unified diff. A file that cannot be fixed gets a note on stderr and keeps
 * its findings.
 */
export async function runFixes(
  options: {
    root: string;
    fixDryRun?: boolean;
    /** With --fix-dry-run: print the unified diff to standard output (not with --format json, whose `output` carries the texts). */
    diff?: boolean;
    /** `--stdin`: the file the text stands for, and the text (only with --fix-dry-run). */
    stdin?: { file: string; text: string };
  },
  loadOptions: LoadOptions,
  only?: (file: string) => boolean,
): Promise<FixRun> {
  const fixed = await fixProject(options.root, { ...loadOptions, ...(only ? { only } : {}) });
  const { lang, root } = fixed;
  const say = (id: string, data: Record<string, string | number>) => compose(lang, FIX, id, data);
  const leftAlone = new Set<string>();
  const outputs = new Map<string, string>();
  const texts = new Map<string, string>();
  const changes: FileChange[] = [];
  let fixes = 0;
  const note = (file: string, reason: NotWritten | { error: string }) => {
    leftAlone.add(file);
    const text =
      typeof reason === 'string'
        ? say(reason === 'changed' ? 'changed-on-disk' : 'outside-project', { file })
        : say('not-written', { file, reason: reason.error });
    process.stderr.write(`herald: ${text}\n`);
  };
  for (const file of fixed.fixed) {
    let output: string;
    if (options.fixDryRun) {
      // The text on stdin is compared with itself, not with the file on disk (an editor's unsaved buffer differs from it).
      const prepared =
        file.file === options.stdin?.file
          ? { current: options.stdin.text, output: withBomOf(options.stdin.text, file.output) }
          : await prepareFixedFile(root, file);
      if ('reason' in prepared) {
        note(file.file, prepared.reason);
        continue;
      }
      // Named from where herald runs, for `git apply` there; from the project root when that is above it.
      const fromHere = workspacePath({ root, workspace: process.cwd() }, file.file);
      changes.push({ file: fromHere.startsWith('../') ? file.file : fromHere, before: prepared.current, after: prepared.output });
      output = prepared.output;
    } else {
      try {
        const outcome = await writeFixedFile(root, file);
        if (!outcome.written) {
          note(file.file, outcome.reason);
          continue;
        }
        output = outcome.output;
      } catch (error) {
        note(file.file, { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
        continue;
      }
    }
    outputs.set(file.file, output);
    texts.set(file.file, file.output);
    fixes += file.fixCount;
  }
  if (options.fixDryRun && options.diff !== false && changes.length > 0) process.stdout.write(fixDiff(changes));

  // A file left alone keeps the findings of its text as read.
  const diagnostics = [...fixed.diagnostics.filter((d) => !leftAlone.has(d.file)), ...fixed.before.filter((d) => leftAlone.has(d.file))].sort(
    compareDiagnostics,
  );
  const result: CheckResult = { root, plan: fixed.plan, messageCount: fixed.messageCount, diagnostics, lang, files: fixed.files, unreadable: fixed.unreadable };
  return { result, outputs, texts, summary: summaryOf(lang, options.fixDryRun === true, fixes, outputs.size) };
}

function summaryOf(lang: Lang, dryRun: boolean, fixes: number, files: number): string {
  if (fixes === 0) return compose(lang, FIX, 'nothing-to-fix');
  return compose(lang, FIX, dryRun ? 'would-fix' : 'fixed', { fixes, files });
}
