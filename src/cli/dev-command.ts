import pc from 'picocolors';
import { formatChanges, summaryLine } from '../dev/findings.js';
import { startDevServer, type DevServer } from '../dev/dev-server.js';
import { ruleUrl } from '../model/diagnostic.js';
import { formatReport } from '../report/format.js';
import { RULES } from '../rules/index.js';
import { openBrowser } from '../dev/open-browser.js';
import { VERSION } from './version.js';
import type { LangChoice } from '../messages/index.js';
import { sayer } from '../messages/terminal.js';
import { formatNumber } from '../messages/numbers.js';

export interface DevCommandOptions {
  root: string;
  host: string;
  /** `--allowed-host`: more host names to answer to. */
  allowedHosts: string[];
  port: number;
  open: boolean;
  baseUrl?: string;
  search: boolean;
  /** `--lang` and `HERALD_LANG`. */
  lang?: LangChoice;
  /** `--ignore-pattern`s, on top of the plan's `ignore:`. */
  ignorePatterns?: readonly string[];
  color: boolean;
}

/**
 * `herald dev`: prints the URL first (tests and scripts read it from the
 * first line of stdout), the current findings, then after each rebuild only
 * what changed and a summary line. Resolves with the exit code once Ctrl-C
 * (SIGINT) or SIGTERM has closed everything.
 */
export async function runDev(options: DevCommandOptions): Promise<number> {
  const c = pc.createColors(options.color);
  const out = (text: string) => process.stdout.write(text);
  const started = performance.now();
  const server: DevServer = await startDevServer({
    root: options.root,
    host: options.host,
    allowedHosts: options.allowedHosts,
    port: options.port,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    search: options.search,
    generator: `herald ${VERSION}`,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.ignorePatterns?.length ? { ignorePatterns: options.ignorePatterns } : {}),
    report: {
      rebuilt: ({ ms, diagnostics, added, fixed }) =>
        out(`${formatChanges(added, fixed, options.color, server.lang())}${summaryLine(ms, diagnostics, options.color, server.lang())}\n`),
      failed: (error) =>
        process.stderr.write(`${c.red(`herald: ${sayer(server.lang())('dev-rebuild-failed')}`)} ${(error as Error)?.message ?? String(error)}\n`),
      indexed: (pages, ms) => out(c.dim(`${sayer(server.lang())('dev-indexed', { pages, seconds: formatNumber(ms / 1000, server.lang(), 1) })}\n`)),
    },
  });
  const t = sayer(server.lang());
  out(`herald dev: ${t('dev-serving', { url: server.url })}\n`);
  const diagnostics = server.diagnostics();
  if (diagnostics.length > 0) {
    out(
      formatReport('stylish', {
        diagnostics,
        root: options.root,
        rules: [...RULES],
        lang: server.lang(),
        filesChecked: 0,
        color: options.color,
        toolVersion: VERSION,
        ruleUrl,
      }),
    );
  }
  out(`${summaryLine(performance.now() - started, diagnostics, options.color, server.lang(), true)}\n`);
  if (options.open) openBrowser(server.url);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          process.stderr.write(`herald: ${(error as Error)?.message ?? String(error)}\n`);
          resolve(1);
        },
      );
    };
    // `on`, not `once`: a second Ctrl-C (or the same signal from npx and the terminal's
    // process group) must not fall back to the default handler and kill the cleanup halfway.
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
