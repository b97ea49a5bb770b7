import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildSite } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { explainWriteError, writeErrorSentence } from '../../src/pipeline/write-errors.js';
import { UsageError } from '../../src/model/errors.js';
import { herald, makeProject, message } from '../helpers/project.js';

/** When set, every page write of the next build fails with this error (a full disk without filling one). */
const failing: { error?: Error } = {};

vi.mock('../../src/write/draft.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/write/draft.js')>();
  return {
    ...original,
    startSiteDraft: async (...args: Parameters<typeof original.startSiteDraft>) => {
      const draft = await original.startSiteDraft(...args);
      if (!failing.error) return draft;
      const error = failing.error;
      return {
        ...draft,
        alongside: draft.alongside.bind(draft),
        commit: draft.commit.bind(draft),
        discard: draft.discard.bind(draft),
        put: () => Promise.reject(error),
      };
    },
  };
});

function errno(code: string, message: string, where?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code, ...(where ? { path: where } : {}) });
}

const out = path.resolve('/tmp/project/site');

describe('writeErrorSentence', () => {
  it('names the output folder and says what to do, for each code a write can meet, in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const code of ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR']) {
        const sentence = writeErrorSentence(code, out, lang)!;
        expect(sentence, `${lang} ${code}`).toContain(`${out}`);
        expect(sentence).toContain(`(${code})`);
        expect(sentence).toContain('--out');
        expect(sentence).not.toContain('\n');
      }
    }
    expect(writeErrorSentence('ENOSPC', out, 'en')).toMatch(/disk is full.*Free some space/);
    expect(writeErrorSentence('EACCES', out, 'en')).toMatch(/may not write/);
    expect(writeErrorSentence('ENOSPC', out, 'nl')).toMatch(/^Maak ruimte vrij/);
    expect(writeErrorSentence('ENOENT', out, 'en')).toBeUndefined();
  });
});

describe('explainWriteError', () => {
  it('turns a full disk or quota into a UsageError wherever it happens (a write names no path)', () => {
    const full = explainWriteError(errno('ENOSPC', 'no space left on device, write'), out, 'en');
    expect(full).toBeInstanceOf(UsageError);
    expect(full!.message).toContain(out);
    expect(explainWriteError(errno('EDQUOT', 'disk quota exceeded, write', '/elsewhere/x'), out, 'en')!.message).toContain('quota');
  });

  it('turns permission errors into a UsageError only when they are about the output folder, its build folders, or a folder above it', () => {
    for (const where of [
      out,
      `${out}/2026/a/index.html`,
      '/tmp/project/.site.herald-tmp-123',
      '/tmp/project/.site.herald-tmp-123/2026/x',
      '/tmp/project',
      '/tmp',
    ]) {
      expect(explainWriteError(errno('EACCES', 'permission denied, open', where), out, 'en'), where).toBeInstanceOf(UsageError);
    }
    for (const where of ['/tmp/project/theme/page.eta', '/tmp/project/content/2026/a.md', '/tmp/project/site-other/x', '/tmp/project/.other.herald-tmp-1']) {
      expect(explainWriteError(errno('EACCES', 'permission denied, open', where), out, 'en'), where).toBeUndefined();
    }
    expect(explainWriteError(errno('EROFS', 'read-only file system, mkdir', out), out, 'nl')!.message).toContain('alleen-lezen');
  });

  it('reads Pagefind’s own words, and leaves other errors alone', () => {
    expect(explainWriteError(new Error('the search index could not be written: No space left on device (os error 28)'), out, 'en')!.message).toContain(
      '(ENOSPC)',
    );
    expect(explainWriteError(new Error('a template failed'), out, 'en')).toBeUndefined();
    expect(explainWriteError(errno('ENOENT', 'no such file or directory', out), out, 'en')).toBeUndefined();
    expect(explainWriteError('ENOSPC', out, 'en')).toBeUndefined();
  });
});

describe('a build that cannot write', () => {
  it('on a full disk, says so in the project’s language, and leaves the previous site as it was', async () => {
    const root = makeProject({ 'content/2026/a.md': message({ title: 'Eerste versie' }) });
    expect((await buildSite(buildOptions(root))).built).toBe(true);
    const before = readFileSync(path.join(root, 'site/2026/a/index.html'), 'utf8');
    writeFileSync(path.join(root, 'content/2026/a.md'), message({ title: 'Tweede versie' }));
    failing.error = errno('ENOSPC', 'no space left on device, write');
    try {
      const error = await buildSite(buildOptions(root)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^Maak ruimte vrij op de schijf.*\(ENOSPC\)/);
      expect((error as Error).message).toContain(path.join(root, 'site'));
    } finally {
      delete failing.error;
    }
    expect(readFileSync(path.join(root, 'site/2026/a/index.html'), 'utf8')).toBe(before);
  });

  it('into a path through a file (ENOTDIR): exits 2 with one line naming the folder, not the system’s words alone', () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'notes.txt': 'a file' });
    const result = herald(['build', '--root', root, '--no-search', '--out', 'notes.txt/site'], { env: { HERALD_LANG: 'en' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^herald: The site cannot be written to \S*notes\.txt\/site: part of that path is a file, not a folder \(ENOTDIR\)\. Choose another folder with --out/,
    );
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
