import path from 'node:path';

/**
 * Builds the static search index with Pagefind's Node API (its binary ships
 * inside the npm package, so this works offline). Only message pages are
 * indexed: templates mark their content with `data-pagefind-body`.
 */
export async function buildSearchIndex(dir: string, language: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`the search index could not be started: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`the search index failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`the search index could not be written: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
