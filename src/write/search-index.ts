import path from 'node:path';
import { SEARCH_FOLDER } from '../model/routes.js';
import type { SearchRecord } from '../model/site-output.js';

/**
 * The static search index, built with Pagefind's Node API (its binary ships
 * inside the npm package, so this works offline). Records are handed over
 * directly rather than letting Pagefind read the written HTML: on 10,000
 * messages that took 17.6 s against ~6 s, as the pages need no second parse.
 *
 * Pagefind indexes in its own process: `add` only sends the records, so the
 * build goes on rendering and writing pages while Pagefind takes them in;
 * `write` waits for that and writes the index files.
 */
export interface SearchIndexSession {
  add(records: SearchRecord[]): void;
  /** Writes the index into `<dir>/pagefind` (SEARCH_FOLDER); the number of records. */
  write(dir: string): Promise<number>;
  /**
   * Stops Pagefind; safe to call more than once, and after a failure. Its
   * process is sent SIGTERM before `close` returns (Pagefind's `close` kills
   * it synchronously), so a caller about to exit need not wait.
   */
  close(): Promise<void>;
}

/**
 * Pagefind writes one small compressed file per page for the result texts
 * ("fragments"); above this many it bundles several pages into one file.
 * Thousands of tiny files dominated writing and deleting the index (1,000
 * messages: 1.2-1.35 s to write the index, 0.7 s with 250 files; 10,000:
 * 8.7-9.9 s, 6 s), and they are slow to upload and publish too. A reader's
 * search fetches a few of these files, so a bundle of up to ~40 short
 * messages (10,000 / 250) is still a small download.
 */
const MAX_FRAGMENT_FILES = 250;

/**
 * The text with any lone surrogate (a `"\uD800"` escape in YAML) replaced by
 * U+FFFD: Pagefind's JSON reader refuses the whole record otherwise, and with
 * it the build. The pages and feeds write such a character as U+FFFD too.
 */
const wellFormed = (text: string): string => text.toWellFormed();

export async function startSearchIndex(language: string): Promise<SearchIndexSession> {
  const pagefind = await import('pagefind');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await pagefind.close();
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language, maxFragments: MAX_FRAGMENT_FILES });
    if (!index) throw new Error(`the search index could not be started: ${errors.join('; ')}`);
    const pending: Promise<{ errors: string[] }>[] = [];
    return {
      add(records) {
        for (const r of records) {
          const added = index.addCustomRecord({
            url: r.url,
            content: wellFormed(r.content),
            language,
            meta: { title: wellFormed(r.title) },
            filters: Object.fromEntries(Object.entries(r.filters).map(([name, values]) => [name, values.map(wellFormed)])),
            sort: { date: r.date },
          });
          // Handled in write(); a rejection must not surface as unhandled before then.
          added.catch(() => undefined);
          pending.push(added);
        }
      },
      async write(dir) {
        const failed = (await Promise.all(pending)).flatMap((a) => a.errors);
        if (failed.length) throw new Error(`the search index failed: ${failed.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(dir, SEARCH_FOLDER) });
        if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
        return pending.length;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The whole index in one go (for `herald dev`'s background worker). */
export async function buildSearchIndex(dir: string, language: string, records: SearchRecord[]): Promise<number> {
  const session = await startSearchIndex(language);
  try {
    session.add(records);
    return await session.write(dir);
  } finally {
    await session.close();
  }
}
