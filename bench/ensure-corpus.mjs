// The benchmark corpora, generated once into bench/.corpus/<size> and reused
// while bench/corpus.mjs is unchanged (100,000 messages take a while to write).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The folder of the corpus of `size` messages, written first unless the same generator already wrote it. */
export function ensureCorpus(size) {
  const dir = path.join(here, '.corpus', String(size));
  const stamp = path.join(dir, '.generated');
  const version = createHash('sha1')
    .update(readFileSync(path.join(here, 'corpus.mjs')))
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return dir;
  writeCorpus(dir, size);
  writeFileSync(stamp, version);
  return dir;
}
