import { readFileSync } from 'node:fs';

/**
 * A finding, in the shape every stage produces and every reporter consumes.
 * Modelled on unified's vfile-message: a finding knows its place, its rule and
 * where the rule is documented; reporters only format.
 */
export type Severity = 'error' | 'warning';

/**
 * Language-neutral values a sentence is composed from: ids, numbers, dates
 * (YYYY-MM-DD), file paths and the quoted text at fault, as the writer wrote
 * it. A list is shown joined with ", ".
 */
export type MessageData = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** ESLint's fix: replace the UTF-16 offsets `[start, end)` of the file with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Another place a finding names (the other messages of an overloaded week, the first of two equal slugs). */
export interface RelatedLocation {
  /** Relative to the project root, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** What is at that place, as a message id of the same rule (e.g. `other-message`). */
  messageId?: string;
}

export interface Diagnostic {
  ruleId: string;
  /** Stable per rule (`unknown-segment`); keys the sentence in each language's catalogue. */
  messageId: string;
  /** The values the sentence is composed from. */
  data: MessageData;
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based, as an editor shows it (front-matter lines included). */
  line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column: number;
  endLine?: number;
  endColumn?: number;
  /** One sentence in the writer's language, composed from the catalogue's template for `messageId` and `data`. */
  message: string;
  /** The rule's page (`ruleUrl`); none when herald's package.json names no place its docs are published. */
  url?: string;
  /** Ids or words the writer probably meant, best first ("did you mean …"). */
  expected?: string[];
  /** A mechanical correction, for `--fix` and editors. */
  fix?: Fix;
  /** Other places the finding names. */
  related?: RelatedLocation[];
  /** The words of a tool herald used (the YAML parser's), for developers; the CLI appends them to `message` with `HERALD_DEBUG` set. */
  debug?: string;
}

/** Where a finding points. */
export interface Location {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** The fields of a package.json that say where its docs are published. */
export interface PackageDocsFields {
  homepage?: unknown;
  repository?: unknown;
}

/**
 * Where a rule's page is published, from a package.json (herald's own, or a
 * fork's): the pages are `docs/rules/<id>.md` in the repository, the Dutch
 * ones `docs/rules/nl/<id>.md` (`npm run docs:rules` writes them); `lang`
 * picks the page in the writer's language.
 *
 * - `homepage` that is a site of its own (not a GitHub or GitLab repository
 *   page): `<homepage>/rules/<id>` (`rules/nl/<id>` in Dutch; a fragment
 *   dropped, one slash between), for a team that publishes docs/ as a site;
 * - else a GitHub or GitLab repository (`repository`, or a `homepage` on
 *   github.com/gitlab.com): the file on the `main` branch, e.g.
 *   `https://github.com/org/herald/blob/main/docs/rules/<id>.md`
 *   (`repository.directory` in between for a monorepo);
 * - else nothing: no made-up link.
 */
export function rulePageUrl(pkg: PackageDocsFields, ruleId: string, lang: 'nl' | 'en' = 'en'): string | undefined {
  const id = `${lang === 'nl' ? 'nl/' : ''}${encodeURIComponent(ruleId)}`;
  const homepage = typeof pkg.homepage === 'string' ? httpUrl(pkg.homepage) : undefined;
  const homeRepo = homepage ? repositoryPage(homepage.href, undefined) : undefined;
  if (homepage && !homeRepo) {
    homepage.hash = '';
    homepage.search = '';
    return `${homepage.href.replace(/\/+$/, '')}/rules/${id}`;
  }
  const repo = repositoryOf(pkg.repository) ?? homeRepo;
  return repo ? `${repo}docs/rules/${id}.md` : undefined;
}

function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A package.json `repository` (a string, npm's shorthands, or `{url, directory}`) as the web address of its files on `main`, ending in `/`. */
function repositoryOf(repository: unknown): string | undefined {
  if (typeof repository === 'string') return repositoryPage(repository, undefined);
  if (typeof repository === 'object' && repository !== null) {
    const { url, directory } = repository as { url?: unknown; directory?: unknown };
    if (typeof url === 'string') return repositoryPage(url, typeof directory === 'string' ? directory : undefined);
  }
  return undefined;
}

const HOSTS: Readonly<Record<string, { origin: string; blob: string }>> = {
  github: { origin: 'https://github.com', blob: 'blob/main' },
  gitlab: { origin: 'https://gitlab.com', blob: '-/blob/main' },
};

function repositoryPage(spec: string, directory: string | undefined): string | undefined {
  const text = spec.trim();
  // npm's shorthands: "org/repo" (GitHub), "github:org/repo", "gitlab:org/repo".
  const short = /^(?:(github|gitlab):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  // git+https://github.com/org/repo.git, git@github.com:org/repo.git, https://gitlab.com/group/sub/repo#readme
  const long = /^(?:git\+)?(?:https?:\/\/|ssh:\/\/)?(?:git@)?(github|gitlab)\.com[/:]((?:[\w.-]+\/)+?[\w.-]+?)(?:\.git)?\/?(?:#.*)?$/.exec(text);
  let host: string;
  let path: string;
  if (short) [host, path] = [short[1] ?? 'github', `${short[2]}/${short[3]}`];
  // A GitHub repository is owner/name; what follows (/tree/main/docs) is a page in it.
  else if (long) [host, path] = [long[1]!, long[1] === 'github' ? long[2]!.split('/').slice(0, 2).join('/') : long[2]!];
  else return undefined;
  const { origin, blob } = HOSTS[host]!;
  const dir = directory ? `${directory.replace(/^\.?\/+|\/+$/g, '')}/` : '';
  return `${origin}/${path}/${blob}/${dir.split('/').map(encodeURIComponent).join('/')}`;
}

let ownPackage: PackageDocsFields | undefined;

/**
 * The page of a rule of herald's catalogue in `lang`, from herald's own package.json
 * (`rulePageUrl`); undefined when it names no place the docs are published.
 */
export function ruleUrl(ruleId: string, lang: 'nl' | 'en' = 'en'): string | undefined {
  ownPackage ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageDocsFields;
  return rulePageUrl(ownPackage, ruleId, lang);
}

/** Stable order for output: by file, then position, then rule. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
