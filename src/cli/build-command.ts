import pc from 'picocolors';
import { buildSite, type BuildOptions } from '../pipeline/build.js';
import { ruleUrl } from '../model/diagnostic.js';
import { displayPath } from '../model/paths.js';
import { formatReport } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { VERSION } from './version.js';
import { sayer } from '../messages/terminal.js';

export type BuildCommandOptions = Pick<BuildOptions, 'root' | 'out' | 'drafts' | 'future' | 'baseUrl' | 'search' | 'planPage' | 'check' | 'lang'> & {
  color: boolean;
};

/** `herald build`: returns the exit code. */
export async function runBuild(options: BuildCommandOptions): Promise<number> {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  const result = await buildSite({
    root: options.root,
    out: options.out,
    drafts: options.drafts,
    future: options.future,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    search: options.search,
    ...(options.planPage !== undefined ? { planPage: options.planPage } : {}),
    check: options.check,
    ...(options.lang ? { lang: options.lang } : {}),
    now: Date.now(),
    generator: `herald ${VERSION}`,
    ...(tty ? { progress: (stage: string) => process.stderr.write(`\r\x1b[K${pc.dim(`herald: ${stage}…`)}`) } : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');

  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const shown = result.built ? errors : result.diagnostics;
  if (shown.length > 0) {
    process.stdout.write(
      formatReport('stylish', {
        diagnostics: shown,
        root: result.project.root,
        rules: [...RULES],
        lang: result.project.lang,
        filesChecked: result.project.messages.length + result.project.plan.files.length,
        color: options.color,
        toolVersion: VERSION,
        ruleUrl,
      }),
    );
  }
  const t = sayer(result.project.lang);
  if (!result.built) {
    process.stderr.write(`herald: ${t('build-stopped', { count: errors.length })}\n`);
    return 1;
  }
  for (const file of result.skipped) process.stderr.write(`herald: ${t('build-skipped', { file })}\n`);
  if (!result.project.plan.site.baseUrl && !options.baseUrl) process.stderr.write(`herald: ${t('build-no-base-url')}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${t('build-done', { pages: result.pages, messages: result.messages, seconds, out: `${displayPath(result.out)}/` })}\n`);
  return 0;
}
