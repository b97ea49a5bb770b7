import path from 'node:path';

/** One message as the search index holds it. */
export interface SearchRecord {
  /** Site-relative page URL, `/2026/roosterapp/`. */
  url: string;
  title: string;
  /** Plain text: the why, the body with every segment block, and the tags. */
  content: string;
  /** ISO date, for sorting. */
  date: string;
  /** Filters, e.g. {Doelgroepen: ['Magazijn']}. */
  filters: Record<string, string[]>;
}

/**
 * Builds the static search index with Pagefind's Node API (its binary ships
 * inside the npm package, so this works offline). Records are handed over
 * directly rather than letting Pagefind read the written HTML: on 10,000
 * messages that took 17.6 s against ~6 s, as the pages need no second parse.
 */
export async function buildSearchIndex(dir: string, language: string, records: SearchRecord[]): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`the search index could not be started: ${errors.join('; ')}`);
    const added = await Promise.all(
      records.map((r) =>
        index.addCustomRecord({ url: r.url, content: r.content, language, meta: { title: r.title }, filters: r.filters, sort: { date: r.date } }),
      ),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(`the search index failed: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
