/**
 * Builds the Pagefind index for `herald dev` in a child process:
 * `node search-worker.js <dir> <language> <records.json>`. Run apart from
 * the server so the index never holds up a reload, and so that stopping it
 * (Ctrl-C mid-index) can kill its whole process group, Pagefind's binary
 * included, without Pagefind's complaints reaching the terminal.
 */
import { readFileSync } from 'node:fs';
import type { SearchRecord } from '../model/site-output.js';
import { buildSearchIndex } from '../write/search-index.js';

const [dir, language, recordsFile] = process.argv.slice(2);
try {
  const records = JSON.parse(readFileSync(recordsFile!, 'utf8')) as SearchRecord[];
  const pages = await buildSearchIndex(dir!, language!, records);
  process.stdout.write(`${pages}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
  process.exitCode = 1;
}
