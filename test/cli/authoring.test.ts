import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inquirerPrompts, runNew } from '../../src/cli/new-command.js';
import { schemaFiles } from '../../src/schema/json-schemas.js';
import { herald, makeProject, message } from '../helpers/project.js';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-cli-'));
  made.push(dir);
  return dir;
}

const NO_STACK = /\bat .*\.js:\d+/;

describe('herald init (the CLI)', () => {
  it('scaffolds a project that checks with 0 findings and builds', () => {
    const dir = path.join(tempDir(), 'comms');
    const init = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    // 17 project files and the packed herald (vendor/herald-<version>.tgz).
    expect(init.stdout).toMatch(/Created a herald project in .*comms \(18 files\)/);

    const check = herald(['check', '--root', dir, '--format', 'json']);
    expect(check.code).toBe(0);
    // Every file checked is listed (ESLint's shape), each with no messages: the 3 messages and the plan files.
    const results = JSON.parse(check.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results.filter((r) => /content[\\/]2026[\\/].+\.md$/.test(r.filePath))).toHaveLength(3);
    expect(results.flatMap((r) => r.messages)).toEqual([]);

    const build = herald(['build', '--root', dir, '--lang', 'en']);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/from 3 messages/);
    expect(existsSync(path.join(dir, 'site/index.html'))).toBe(true);
  });

  it('refuses a folder that has files it would replace, lists them, and exits 2; --force replaces them', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '# Ons team\n');
    const refused = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^herald: .* already has README\.md; herald init does not overwrite files\.\n {2}.*--force/);
    expect(refused.stderr).not.toMatch(NO_STACK);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('# Ons team\n');
    expect(existsSync(path.join(dir, 'plans'))).toBe(false);

    const forced = herald(['init', dir, '--force'], { env: { HERALD_LANG: 'en' } });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/^# Nieuws/);
  });

  it('refuses a folder that already holds a plan or messages', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    const result = herald(['init', root], { env: { HERALD_LANG: 'en' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content/2026/app.md');
    expect(result.stderr).toContain('plans/plan.yaml');
  });

  it('leaves an existing package.json alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name": "ours"}\n');
    const result = herald(['init', dir], { env: { HERALD_LANG: 'en' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Left your package\.json as it is/);
    expect(readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe('{"name": "ours"}\n');
  });

  it('uses --root when no folder is given, and refuses an unknown --lang', () => {
    const dir = tempDir();
    expect(herald(['--root', dir, 'init', '--lang', 'en']).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plans/site.yaml'), 'utf8')).toMatch(/language: en/);
    const bad = herald(['init', tempDir(), '--lang', 'de'], { env: { HERALD_LANG: 'en' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^herald: Choose one of nl, en for --lang; "de" is not one of them\./);
  });
});

describe('herald init --ci', () => {
  it('writes a GitHub workflow: check with annotations and SARIF upload, build and publish site/ to Pages on main', () => {
    const dir = tempDir();
    expect(herald(['init', dir, '--ci', 'github'], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/herald.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<
        string,
        { if?: string; needs?: string; steps: { run?: string; uses?: string; with?: Record<string, string> }[]; permissions?: Record<string, string> }
      >;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? s.uses);
    expect(runs('check')).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm ci',
      'npx herald check --format github --changed-since "$BASE_SHA"',
      'npx herald check --format github',
      'npx herald check --format sarif --output herald.sarif',
      'github/codeql-action/upload-sarif@v3',
    ]);
    // A pull request annotates the files it changed (GitHub shows 10 errors and 10 warnings per step); SARIF has everything.
    const [checkout, , , pr, push, sarif] = workflow.jobs.check!.steps as { if?: string; env?: Record<string, string>; with?: Record<string, unknown> }[];
    expect(checkout!.with).toEqual({ 'fetch-depth': 0 });
    expect(pr!.if).toBe("github.event_name == 'pull_request'");
    expect(pr!.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(push!.if).toBe("github.event_name != 'pull_request'");
    expect(sarif!.if).toBe('always()');
    expect(workflow.jobs.check!.steps[6]!.with!.sarif_file).toBe('herald.sarif');
    expect(workflow.jobs.check!.permissions!['security-events']).toBe('write');
    expect(workflow.jobs.build!.if).toContain('refs/heads/main');
    expect(runs('build')).toContain('npx herald build --base-url "${{ steps.pages.outputs.base_url }}/"');
    expect(workflow.jobs.build!.steps.find((s) => s.uses === 'actions/upload-pages-artifact@v3')!.with!.path).toBe('site');
    expect(runs('deploy')).toEqual(['actions/deploy-pages@v4']);
  });

  it('writes a GitLab CI file: check with a Code Quality report, and a Pages job', () => {
    const dir = tempDir();
    expect(herald(['init', dir, '--ci', 'gitlab'], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
    const ci = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; artifacts: { reports?: { codequality: string }; paths?: string[] }; stage: string }
    >;
    expect(ci['herald-check']!.script).toEqual(['npx herald check --format gitlab --output gl-code-quality-report.json || true', 'npx herald check']);
    expect(ci['herald-check']!.artifacts.reports!.codequality).toBe('gl-code-quality-report.json');
    expect(ci.pages!.script).toEqual(['npx herald build --out public --base-url "$CI_PAGES_URL/"']);
    expect(ci.pages!.artifacts.paths).toEqual(['public']);
  });

  it('adds only the workflow to an existing project, and will not replace it without --force', () => {
    const root = makeProject({ 'content/2026/app.md': message() });
    const first = herald(['init', '--ci', 'github'], { cwd: root, env: { HERALD_LANG: 'en' } });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Added \.github\/workflows\/herald\.yml/);
    expect(existsSync(path.join(root, 'README.md'))).toBe(false);
    expect(existsSync(path.join(root, 'schemas'))).toBe(false);

    const again = herald(['init', '--ci', 'github'], { cwd: root, env: { HERALD_LANG: 'en' } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('.github/workflows/herald.yml');
    expect(herald(['init', '--ci', 'github', '--force'], { cwd: root, env: { HERALD_LANG: 'en' } }).code).toBe(0);
  });
});

describe('herald new (the CLI, without a terminal)', () => {
  it('writes content/<yyyy>/<slug>.md from the flags, then refuses to overwrite it', () => {
    const root = makeProject({});
    const args = [
      '--lang',
      'en',
      'new',
      'Één nieuwe kantine',
      '--audience',
      'magazijn,kantoor',
      '--goal',
      'veilig-werken',
      '--kind',
      'event',
      '--date',
      '2026-09-14T09:00',
    ];
    const first = herald(args, { cwd: root });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote content\/2026\/een-nieuwe-kantine\.md\nNext: fill in "why" and "cta"/);
    const text = readFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'utf8');
    const frontMatter = parse(text.split('---\n')[1]!) as Record<string, unknown>;
    expect(frontMatter).toEqual({
      title: 'Één nieuwe kantine',
      date: '2026-09-14T09:00',
      audience: ['magazijn', 'kantoor'],
      goal: 'veilig-werken',
      kind: 'event',
      why: null,
      cta: null,
    });

    writeFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'mine');
    const again = herald(args, { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^herald: content\/2026\/een-nieuwe-kantine\.md already exists; herald new never overwrites a message\./);
    expect(readFileSync(path.join(root, 'content/2026/een-nieuwe-kantine.md'), 'utf8')).toBe('mine');
  });

  it('fails check with why-missing and cta-missing until the writer fills them in', () => {
    const root = makeProject({});
    expect(herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'veilig-werken', '--date', '2026-09-14'], { cwd: root }).code).toBe(0);
    const check = herald(['check', '--format', 'json'], { cwd: root });
    expect(check.code).toBe(1);
    const [result] = JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(result!.filePath).toMatch(/content\/2026\/helm-op\.md$/);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['why-missing', 'cta-missing']);
  });

  it('exits 2 with a one-line hint naming the missing flags', () => {
    const root = makeProject({});
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--kind', 'news'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'herald: Missing --audience and --goal (there is no terminal to ask on).\n  Pass --audience <segment ids> --goal <goal id>, e.g. herald new "Helm op" --audience magazijn --goal roosterapp\n',
    );
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  it('exits 2 on an id the plan does not have, with the nearest one', () => {
    const root = makeProject({});
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'chaufeurs', '--goal', 'veilig-werken'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^herald: Unknown segment "chaufeurs" for --audience; did you mean "chauffeurs"\?\n {2}The plan's segments: magazijn, chauffeurs, kantoor, directie \(or all\)\.\n$/,
    );
  });

  it('never writes outside the project, not even through a linked year folder', () => {
    const root = makeProject({});
    const elsewhere = tempDir();
    mkdirSync(path.join(root, 'content'));
    symlinkSync(elsewhere, path.join(root, 'content/2026'));
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'veilig-werken', '--date', '2026-09-14'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: Refusing to write content\/2026\/helm-op\.md: its folder links outside/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('exits 2 outside a project', () => {
    const result = herald(['--lang', 'en', 'new', 'Helm op', '--audience', 'all', '--goal', 'x'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^herald: No plan found/);
  });
});

/**
 * A terminal for @inquirer's real prompts: keys are typed into `input` as a
 * terminal sends them (readline decodes them), and what the prompts draw is
 * kept, without colours, to wait on and to read.
 */
class Terminal {
  readonly input = new PassThrough();
  readonly output: Writable;
  private text = '';
  private seen = 0;

  constructor() {
    this.output = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.text += chunk.toString();
        done();
      },
    });
    // Each prompt pipes into the terminal and ends its pipe when answered; a real terminal stays open.
    this.output.end = () => this.output;
    // Wide enough that no question is wrapped over two lines.
    Object.assign(this.output, { columns: 400 });
  }

  /** Everything drawn so far, colours and cursor moves removed. */
  get screen(): string {
    return stripVTControlCharacters(this.text);
  }

  /** Waits until `what` is drawn (after what earlier waits saw), then types `keys`. */
  async answer(what: string, keys: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const index = this.screen.indexOf(what, this.seen);
      if (index !== -1) {
        this.seen = index + what.length;
        break;
      }
      if (Date.now() > deadline) throw new Error(`"${what}" was never shown; the screen:\n${this.screen.slice(this.seen)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Let the prompt's first render finish before the keys arrive.
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.input.write(keys);
  }
}

const ENTER = '\r';
const DOWN = '\u001b[B';
const CLEAR_LINE = '\u0015';

function frontMatterOf(root: string, file: string): Record<string, unknown> {
  return parse(readFileSync(path.join(root, file), 'utf8').split('---\n')[1]!) as Record<string, unknown>;
}

describe('herald new on a terminal (the real prompts)', () => {
  // magazijn (2 a week) already gets two messages in week 11 of 2026; the writer starts on Sunday 8 March.
  const existing = {
    'content/2026/eerste.md': message({ date: '2026-03-09T09:00', audience: '[magazijn]', goal: 'veilig-werken' }),
    'content/2026/tweede.md': message({ title: 'Tweede bericht', date: '2026-03-10T09:00', audience: '[magazijn]', goal: 'veilig-werken' }),
  };
  const now = Date.parse('2026-03-08T12:00:00Z');

  it('asks in Dutch, proposes a date past the full week, shows the rules’ advice as hints, and writes what the writer chose', async () => {
    const root = makeProject(existing);
    const terminal = new Terminal();
    const prompts = await inquirerPrompts(terminal);
    const written = runNew('Lunch met de directie', { root, interactive: true, prompts, now });

    await terminal.answer('Voor wie is het bericht?', `${DOWN} ${ENTER}`); // Magazijn
    await terminal.answer('spatie aan/uit', '');
    await terminal.answer('Bij welk doel hoort het?', `${DOWN}${ENTER}`); // veilig-werken: no campaigns
    await terminal.answer('Wat voor bericht is het?', `${DOWN.repeat(4)}${ENTER}`); // evenement
    await terminal.answer(
      'Wanneer gaat het bericht uit? Voorstel: maandag 16 maart 2026, 09:00 (week 11 zit vol voor Magazijn). (2026-03-16T09:00)',
      `morgen${ENTER}`,
    );
    await terminal.answer('> Typ een datum zoals 2026-03-16, of 2026-03-16 09:00 met een tijd. "morgen" is geen datum.', `${CLEAR_LINE}2026-03-11${ENTER}`);
    // A date in the full week: the advice, once; Enter again keeps it. Then the writer takes the proposal after all.
    await terminal.answer(
      '> Kies een andere week: Magazijn krijgt dan meer dan 2 berichten in 7 dagen. Druk nog een keer op Enter om het zo te laten.',
      `${CLEAR_LINE}${ENTER}`,
    );
    await terminal.answer('Waar is het evenement?', `Kantine, gebouw B${ENTER}`);
    await terminal.answer('Wanneer begint het? Typ een datum en tijd zoals 2026-03-16 12:00.', `2026-03-13 12:00${ENTER}`);
    await terminal.answer('> Kies een moment na maandag 16 maart 2026, 09:00, als het bericht uitgaat.', `${CLEAR_LINE}2026-03-19 12:00${ENTER}`);
    await terminal.answer('Waarom is dit belangrijk voor de lezer?', `Lekker eten${ENTER}`);
    // why-missing's own sentence, then the writer keeps the short why: a hint, not a trap.
    await terminal.answer('> Leg in "why" meer uit: gebruik minstens 6 woorden. Nu staan er 2 woorden. Druk nog een keer op Enter om het zo te laten.', ENTER);
    await terminal.answer('Wat moet de lezer nu doen? Begin met een werkwoord', `Meer informatie${ENTER}`);
    await terminal.answer(
      '> Zeg wat de lezer moet doen, bijvoorbeeld "Meld je aan voor de training". "Meer informatie" is te vaag.',
      `${CLEAR_LINE}Schuif aan${ENTER}`,
    );
    await terminal.answer('Waar doet de lezer dat? Plak een link (https://…), of laat het leeg.', `javascript:alert(1)${ENTER}`);
    await terminal.answer('> Plak een link die begint met https://, http:// of mailto:', `${CLEAR_LINE}${ENTER}`);
    await terminal.answer('Zeg waar of wanneer: voeg een link (cta.url), een plek of een uiterste datum (cta.due) toe. Voor wanneer?', `2026-03-18${ENTER}`);

    const result = await written;
    expect(result.file).toBe('content/2026/lunch-met-de-directie.md');
    expect(frontMatterOf(root, result.file)).toEqual({
      title: 'Lunch met de directie',
      date: '2026-03-16T09:00',
      audience: ['magazijn'],
      goal: 'veilig-werken',
      kind: 'event',
      why: 'Lekker eten',
      cta: { text: 'Schuif aan', due: '2026-03-18' },
    });
    expect(readFileSync(path.join(root, result.file), 'utf8')).toContain('---\n**Waar:** Kantine, gebouw B  \n**Wanneer:** donderdag 19 maart 2026, 12:00\n');
    // No English reached the writer: not @inquirer's key help, nor its validation.
    expect(terminal.screen).not.toMatch(/navigate|select|You must provide|valid value/);
    // The check warns later about what the writer kept, as the hint said.
    const check = herald(['--lang', 'en', 'check', '--format', 'json', result.file], { cwd: root });
    const [file] = JSON.parse(check.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(file!.messages.map((m) => m.ruleId)).toContain('why-missing');
  });

  it('asks in English with --lang en, and the writer keeps a CTA the rule finds vague', async () => {
    const root = makeProject(existing);
    const terminal = new Terminal();
    const written = runNew('Helmets on', {
      root,
      interactive: true,
      prompts: await inquirerPrompts(terminal),
      now,
      lang: { flag: 'en' },
      audience: ['all'],
      goal: 'veilig-werken',
    });

    await terminal.answer('What kind of message is it?', ENTER); // news
    await terminal.answer('When does the message go out? Suggested: Monday, 16 March 2026, 09:00 (week 11 is full for Magazijn). (2026-03-16T09:00)', ENTER);
    await terminal.answer(
      'Why does this matter to the reader? Say what changes for them or what they gain, in at least 6 words.',
      `Helmets on the floor from Monday, so nobody gets hurt${ENTER}`,
    );
    await terminal.answer('What should the reader do next? Start with a verb', `Helmet rules${ENTER}`);
    // The site is Dutch, so the message's verbs are Dutch: the rule's advice, in the writer's English.
    await terminal.answer('> The call-to-action "Helmet rules" does not start with a verb the reader can do', ENTER);
    await terminal.answer('Where does the reader do that? Paste a link (https://…), or leave it empty.', `https://intranet.example/helmets${ENTER}`);

    const result = await written;
    expect(frontMatterOf(root, result.file)).toEqual({
      title: 'Helmets on',
      date: '2026-03-16T09:00',
      audience: 'all',
      goal: 'veilig-werken',
      kind: 'news',
      why: 'Helmets on the floor from Monday, so nobody gets hurt',
      cta: { text: 'Helmet rules', url: 'https://intranet.example/helmets' },
    });
    // With a link, the rule has its "where": no question for a due date.
    expect(terminal.screen).not.toContain('By when?');
    expect(terminal.screen).toContain('↑↓ navigate');
  });
});

describe('herald new without a terminal: the proposed date', () => {
  it('takes the proposal without asking and says why it was chosen', () => {
    const root = makeProject({});
    const result = herald(
      [
        'new',
        'Helm op',
        '--audience',
        'kantoor',
        '--goal',
        'veilig-werken',
        '--why',
        'Je werkt veilig als je een helm draagt',
        '--cta',
        'Haal je helm bij de balie',
      ],
      {
        cwd: root,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [chosen] = result.stdout.split('\n');
    expect(chosen).toMatch(/^Publicatiedatum: (maandag|dinsdag|woensdag|donderdag|vrijdag) \d+ \w+ \d{4}, 09:00\. Een andere datum\? Geef --date mee\.$/);
    const file = readdirSync(path.join(root, 'content'), { recursive: true }).find((f) => String(f).endsWith('helm-op.md'))!;
    const frontMatter = frontMatterOf(path.join(root, 'content'), String(file));
    expect(frontMatter.date).toMatch(/^\d{4}-\d{2}-\d{2}T09:00$/);
    expect([1, 2, 3, 4, 5]).toContain(new Date(`${String(frontMatter.date).slice(0, 10)}T12:00:00Z`).getUTCDay());
    expect(frontMatter.why).toBe('Je werkt veilig als je een helm draagt');
    expect(frontMatter.cta).toEqual({ text: 'Haal je helm bij de balie' });
  });
});

describe('herald schema (the CLI)', () => {
  it('prints both schemas keyed by file name, or one by name', () => {
    const both = herald(['--lang', 'en', 'schema']);
    expect(both.code).toBe(0);
    expect(Object.keys(JSON.parse(both.stdout) as object)).toEqual(['plan.schema.json', 'front-matter.schema.json']);
    const plan = herald(['--lang', 'en', 'schema', 'plan']);
    expect(plan.stdout).toBe(schemaFiles()[0]!.text);
    const bad = herald(['--lang', 'en', 'schema', 'plna']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean "plan"/);
  });

  it('writes the files with --out, relative to the project root, the same bytes as herald init', () => {
    const root = tempDir();
    const result = herald(['--lang', 'en', 'schema', '--out', 'schemas', '--root', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote schemas/plan.schema.json, schemas/front-matter.schema.json\n');
    for (const schema of schemaFiles()) expect(readFileSync(path.join(root, 'schemas', schema.name), 'utf8')).toBe(schema.text);
  });
});

describe('the CI guide (docs/ci.md)', () => {
  const guide = readFileSync(fileURLToPath(new URL('../../docs/ci.md', import.meta.url)), 'utf8');

  it('shows the CI files herald init writes, as they are', () => {
    for (const host of ['github', 'gitlab']) {
      const dir = tempDir();
      mkdirSync(path.join(dir, 'plans'));
      writeFileSync(path.join(dir, 'plans/plan.yaml'), 'site: {title: X}\n');
      expect(herald(['init', dir, '--ci', host], { env: { HERALD_LANG: 'en' } }).code).toBe(0);
      const file = host === 'github' ? '.github/workflows/herald.yml' : '.gitlab-ci.yml';
      expect(guide).toContain(readFileSync(path.join(dir, file), 'utf8'));
    }
  });
});
