import { describe, expect, it } from 'vitest';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';
import { askMissing, promptTheme, type Prompts } from '../../src/author/ask.js';
import { checkFlags } from '../../src/author/new-message.js';
import { factsOf, planOf } from '../helpers/stages.js';

/** PLAN says `language: nl`. */
const dutch = () => makeProject({ 'content/2026/a.md': message() });
const english = () => makeProject({ 'content/2026/a.md': message() }, PLAN.replace('language: nl', 'language: en'));

describe("the terminal output in the writer's language", () => {
  it('herald build: Dutch for a Dutch project, English with --lang en', () => {
    const root = dutch();
    expect(herald(['build', '--root', root]).stdout).toMatch(/pagina's gemaakt van \d+ (bericht|berichten)\b/);
    expect(herald(['build', '--root', root, '--lang', 'en']).stdout).toMatch(/^Built \d+ pages from \d+ messages?\b/m);
    expect(herald(['build', '--root', english()], { env: { HERALD_LANG: 'nl' } }).stdout).toMatch(/pagina's gemaakt/);
  });

  it('herald plan: headings in Dutch, in English with --lang en or HERALD_LANG=en; CSV columns stay', () => {
    const root = dutch();
    const nl = herald(['plan', '--root', root, '--from', '2026-03-02', '--weeks', '2']).stdout;
    expect(nl).toMatch(/^Plan voor 2026-03-02/);
    expect(nl).toMatch(/Berichten per doelgroep per week[\s\S]*Doelen[\s\S]*Campagnes[\s\S]*Doelgroepen zonder nieuws/);
    const en = herald(['plan', '--root', root, '--from', '2026-03-02', '--weeks', '2'], { env: { HERALD_LANG: 'en' } }).stdout;
    expect(en).toMatch(/^Plan for 2026-03-02[\s\S]*Messages per segment per week/);
    expect(herald(['plan', '--root', root, '--format', 'csv', '--weeks', '1']).stdout).toMatch(
      /^section,id,name,period,from,until,count,limit,over_budget,status,note\r\n/,
    );
  });

  it('herald new and its usage errors: Dutch for a Dutch project, English with --lang en', () => {
    const root = dutch();
    const nl = herald(['new', 'Helm op', '--audience', 'all', '--goal', 'veilig-werken', '--date', '2026-09-14'], { cwd: root });
    expect(nl.stdout).toMatch(/^content\/2026\/helm-op\.md geschreven\nVul nu "why" en "cta" in/);
    const missing = herald(['new', 'Helm af'], { cwd: root });
    expect(missing.stderr).toMatch(/^herald: --audience en --goal ontbreken/);
    expect(herald(['new', 'Helm af', '--lang', 'en'], { cwd: root }).stderr).toMatch(/^herald: Missing --audience and --goal/);
  });

  it('a usage error before any plan is read follows --lang and HERALD_LANG, else English', () => {
    const empty = makeProject({}, false);
    expect(herald(['check', '--root', empty]).stderr).toMatch(/^herald: No plan found/);
    expect(herald(['check', '--root', empty, '--lang', 'nl']).stderr).toMatch(/^herald: Geen plan gevonden/);
    expect(herald(['check', '--root', empty], { env: { HERALD_LANG: 'nl' } }).stderr).toMatch(/^herald: Geen plan gevonden/);
  });
});

describe("--help in the writer's language (--lang or HERALD_LANG, no plan)", () => {
  it.each([
    [['--help'], {}, /^Usage: herald/, /Lint internal-communication messages/],
    [['--help', '--lang', 'nl'], {}, /^Gebruik: herald/, /Opdrachten:/],
    [['--help'], { HERALD_LANG: 'nl' }, /^Gebruik: herald/, /Controleer berichten/],
    [['check', '--help'], {}, /^Usage: herald check/, /Examples:\n {2}herald check/],
    [['--lang', 'nl', 'check', '--help'], {}, /^Gebruik: herald check/, /standaard: "stylish"[\s\S]*Voorbeelden:\n {2}herald check/],
    [['check', '--help'], { HERALD_LANG: 'en' }, /^Usage: herald check/, /output format/],
  ] as const)('herald %j %j', (args, env, first, then) => {
    const result = herald([...args], { env: { ...env } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(first);
    expect(result.stdout).toMatch(then);
  });
});

describe("herald new's questions, key help and validation from the catalogue", () => {
  const plan = planOf({ 'plans/plan.yaml': PLAN }).plan;
  const NOW = Date.parse('2026-11-23T10:20:00Z');
  for (const [lang, audience, required, keys] of [
    ['nl', 'Voor wie is het bericht?', /Kies minstens één groep/, /spatie.*aan\/uit/],
    ['en', 'Who is the message for?', /Choose at least one group/, /space.*select/],
  ] as const) {
    it(lang, async () => {
      const seen: { message: string; validation?: string | boolean; help?: string | undefined }[] = [];
      const prompts: Prompts = {
        checkbox: async (config) => {
          seen.push({
            message: config.message,
            validation: config.validate?.([]),
            help: config.theme?.style.keysHelpTip([
              ['space', 'select'],
              ['⏎', 'submit'],
            ]),
          });
          return ['magazijn'];
        },
        select: async (config) => {
          seen.push({ message: config.message });
          return config.choices[0]!.value;
        },
        input: async (config) => {
          seen.push({ message: config.message });
          return config.default ?? '';
        },
      };
      await askMissing('Vragenuur', checkFlags({}, plan), { plan, facts: factsOf(plan, []), now: NOW }, prompts, lang);
      expect(seen[0]!.message).toBe(audience);
      expect(seen[0]!.validation).toMatch(required);
      expect(seen[0]!.help?.replace(/\x1b\[\d+m/g, '')).toMatch(keys);
      expect(promptTheme(lang).style.keysHelpTip([['x', 'unknown-action']])).toMatch(/unknown-action/);
    });
  }
});
