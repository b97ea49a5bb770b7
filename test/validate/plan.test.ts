import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { PLAN_RULE_ID } from '../../src/validate/validate-plan.js';
import { compose } from '../../src/messages/index.js';
import { check, only, PLAN } from '../helpers/project.js';
import { message } from '../helpers/project.js';
import { planOf, positionOf, where, whereId } from '../helpers/stages.js';

const SITE = 'site:\n  title: Testnieuws\n';
const CHANNELS = 'channels:\n  - {id: app, name: App, kind: push}\n  - {id: intranet, name: Intranet, kind: pull}\n';

/** The diagnostics of a plan as `file:line:column messageId`. */
function problems(files: Record<string, string> | string): string[] {
  return planOf(files).diagnostics.map(whereId);
}

/** `file:line:column` of a needle in a plan text. */
function at(file: string, text: string, needle: string, occurrence = 0): string {
  const p = positionOf(text, needle, occurrence);
  return `${file}:${p.line}:${p.column}`;
}

describe('plan loading: merging plans/*.yaml', () => {
  it('merges sections from several files by top-level key', () => {
    const { plan, diagnostics } = planOf({
      'plans/a-site.yaml': SITE + CHANNELS,
      'plans/b-segments.yaml': 'segments:\n  - {id: kantoor, name: Kantoor, channels: [intranet]}\n',
      'plans/c-goals.yaml': 'goals:\n  - {id: roosterapp, title: Rooster in de app}\n',
    });
    expect(diagnostics).toEqual([]);
    expect(plan.site.title).toBe('Testnieuws');
    expect(plan.channels.map((c) => c.id)).toEqual(['app', 'intranet']);
    expect(plan.segments.map((s) => s.id)).toEqual(['kantoor']);
    expect(plan.goalById.get('roosterapp')?.title).toBe('Rooster in de app');
    expect(plan.files.map((f) => f.file)).toEqual(['plans/a-site.yaml', 'plans/b-segments.yaml', 'plans/c-goals.yaml']);
  });

  it('locates values in the file that defines their section', () => {
    const segments = '# Segmenten\nsegments:\n  - id: kantoor\n    name: Kantoor\n    channels: [intranet]\n    maxPerWeek: 3\n';
    const { plan } = planOf({ 'plans/a.yaml': SITE + CHANNELS, 'plans/b.yaml': segments });
    expect(plan.locate(['segments', 0, 'maxPerWeek'])).toMatchObject({ file: 'plans/b.yaml', line: 6, column: 17 });
    expect(plan.locateItem('segments', 'kantoor')).toMatchObject({ file: 'plans/b.yaml', line: 3, column: 9 });
    expect(plan.locateItem('channels', 'intranet')).toMatchObject({ file: 'plans/a.yaml', line: 5 });
    // A path that does not exist falls back to the nearest parent.
    expect(plan.locate(['segments', 0, 'readingLevel'])).toMatchObject({ file: 'plans/b.yaml', line: 3, column: 5 });
  });

  it('reports a section defined in two files, naming both files and lines', () => {
    const second = '# Nog meer kanalen\n\nchannels:\n  - {id: e-mail, name: E-mail, kind: push}\n';
    const { plan, diagnostics } = planOf({ 'plans/a.yaml': SITE + CHANNELS, 'plans/b.yaml': second });
    expect(diagnostics.map(where)).toEqual([
      'plans/b.yaml:3:1 Keep the section "channels" in one file. herald uses the one in plans/a.yaml:3 and skips this one in plans/b.yaml:3.',
    ]);
    expect(diagnostics[0]).toMatchObject({
      ruleId: PLAN_RULE_ID,
      severity: 'error',
      messageId: 'duplicate-section',
      data: { section: 'channels', firstFile: 'plans/a.yaml', firstLine: 3, file: 'plans/b.yaml', line: 3 },
    });
    // The first definition wins; the second is not merged into it.
    expect(plan.channels.map((c) => c.id)).toEqual(['app', 'intranet']);
  });

  it('reports an unknown top-level key with "did you mean"', () => {
    const text = `${SITE}segmnts:\n  - {id: kantoor, name: Kantoor, channels: []}\n`;
    const { diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual(['plans/plan.yaml:3:1 unknown-section']);
    expect(diagnostics[0]).toMatchObject({ data: { section: 'segmnts' }, expected: ['segments'] });
    expect(diagnostics[0]!.message).toBe('Unknown plan section "segmnts"; did you mean "segments"?');
  });

  it('lists the sections when an unknown key is not close to any', () => {
    const [d, ...rest] = planOf(`${SITE}budget: 1000\n`).diagnostics;
    expect(rest).toEqual([]);
    expect(whereId(d!)).toBe('plans/plan.yaml:3:1 unknown-section');
    expect(d!.data).toEqual({ section: 'budget', sections: ['site', 'segments', 'goals', 'channels', 'campaigns', 'calendar', 'mix', 'rules', 'ignore'] });
    expect(d!.expected).toBeUndefined();
    expect(d!.message).toBe('Unknown plan section "budget"; the sections are site, segments, goals, channels, campaigns, calendar, mix, rules, ignore.');
  });

  it('reports bad YAML with its line and column, and nothing that follows from it', () => {
    const broken = 'segments:\n  - id: kantoor\n   name: Kantoor\n';
    const diagnostics = planOf({ 'plans/a.yaml': SITE, 'plans/b.yaml': broken }).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'plans/b.yaml', line: 3, column: 4, ruleId: PLAN_RULE_ID, severity: 'error', messageId: 'bad-indent' });
    // The parser's own words only for developers (HERALD_DEBUG), never in the message.
    expect(diagnostics[0]!.debug).toBe('Sequence item without - indicator.');
    expect(diagnostics[0]!.message).not.toContain('indicator');
  });

  it('points at the unclosed bracket in a flow sequence', () => {
    const text = `${SITE}${CHANNELS}segments:\n  - {id: kantoor, name: Kantoor, channels: [intranet}\n`;
    const diagnostics = planOf(text).diagnostics;
    // The `}` where the `]` was expected.
    const brace = positionOf(text, 'intranet}');
    expect(diagnostics.map(whereId)).toEqual([`plans/plan.yaml:${brace.line}:${brace.column + 'intranet'.length} unclosed-list`]);
  });

  it('reports a flow mapping that is never closed where it opens', () => {
    const text = `${SITE}rules: {hype: off\n`;
    expect(problems(text)).toEqual([`${at('plans/plan.yaml', text, '{hype')} unclosed-mapping`]);
  });

  it('does not claim the site section is missing when the file that may hold it is not valid YAML', () => {
    const diagnostics = planOf('site:\n  title: [Testnieuws\n').diagnostics;
    expect(diagnostics.map((d) => d.messageId)).toEqual(['unclosed-list']);
  });

  describe('YAML mistakes in plain words, at the line that is wrong, in Dutch and English', () => {
    /** The plan's diagnostics in both languages. */
    function both(text: string): { nl: Diagnostic[]; en: Diagnostic[] } {
      return { nl: planOf(text, { flag: 'nl' }).diagnostics, en: planOf(text, { flag: 'en' }).diagnostics };
    }

    it('a colon in an unquoted value: quote it, showing the value quoted', () => {
      const text = `${SITE}goals:\n  - id: rooster\n    title: Let op: nieuw rooster\n`;
      const { nl, en } = both(text);
      expect(en.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'Let op')} colon-in-value`]);
      expect(en[0]!.data).toEqual({ key: 'title', value: 'Let op: nieuw rooster', quoted: '"Let op: nieuw rooster"' });
      expect(en[0]!.message).toBe(
        'Put the text after "title:" in quotes: title: "Let op: nieuw rooster". Without quotes, the colon in it breaks the plan file.',
      );
      expect(nl[0]!.message).toBe(
        'Zet de tekst na "title:" tussen aanhalingstekens: title: "Let op: nieuw rooster". Zonder aanhalingstekens breekt de dubbele punt het planbestand.',
      );
      expect(en[0]!.debug).toBe('Nested mappings are not allowed in compact mappings.');
    });

    it('a key indented one space too many or too few: that line, and the key to line up with', () => {
      const more = both('segments:\n  - id: kantoor\n     name: Kantoor\n');
      expect(more.en.map(whereId)).toEqual(['plans/plan.yaml:3:6 bad-indent']);
      expect(more.en[0]!.data).toEqual({ key: 'name', sibling: 'id' });
      expect(more.en[0]!.message).toBe('Line "name" up with "id" above it: start it with exactly as many spaces.');
      expect(more.nl[0]!.message).toBe('Laat "name" precies onder "id" beginnen: zet er evenveel spaties voor.');
      for (const raw of ['Nested mappings', 'Implicit keys']) expect(more.en[0]!.message + more.nl[0]!.message).not.toContain(raw);

      const less = both('site:\n  title: Nieuws\n  language: nl\n timezone: Europe/Amsterdam\n');
      expect(less.en.map(whereId)).toEqual(['plans/plan.yaml:4:2 bad-indent']);
      expect(less.en[0]!.data).toEqual({ key: 'timezone', sibling: 'language' });
    });

    it('a tab used for indentation: use spaces', () => {
      const { nl, en } = both('site:\n\ttitle: Nieuws\n');
      expect(en.map(whereId)).toEqual(['plans/plan.yaml:2:1 tab-indent']);
      expect(en[0]!.message).toBe('Indent with spaces, not with a tab (before "title").');
      expect(nl[0]!.message).toBe('Spring in met spaties, niet met een tab (voor "title").');
    });

    it('a quote that is never closed: where it opens, not at the end of the file', () => {
      const text = `${SITE}goals:\n  - id: rooster\n    title: "Rooster in de app\n    measure: ruilingen\n`;
      const { nl, en } = both(text);
      expect(en.map(whereId)).toEqual([`${at('plans/plan.yaml', text, '"Rooster')} unclosed-quote`]);
      expect(en[0]!.message).toBe('Close the quotes of "title": put the same quote mark at the end of the text, on the same line.');
      expect(nl[0]!.message).toBe('Sluit de aanhalingstekens van "title": zet hetzelfde teken ook aan het eind van de tekst, op dezelfde regel.');
    });

    it('a list that is never closed: where it opens', () => {
      const text = `${SITE}${CHANNELS}segments:\n  - id: kantoor\n    name: Kantoor\n    channels: [intranet, app\n`;
      const { nl, en } = both(text);
      expect(en.map(whereId)).toEqual([`${at('plans/plan.yaml', text, '[intranet')} unclosed-list`]);
      expect(en[0]!.message).toBe('Close the list of "channels" with "]".');
      expect(nl[0]!.message).toBe('Sluit de lijst van "channels" af met "]".');
    });

    it('a key written twice: at the second one', () => {
      const { nl, en } = both('site:\n  title: Nieuws\n  title: Intern nieuws\n');
      expect(en.map(whereId)).toEqual(['plans/plan.yaml:3:3 duplicate-key']);
      expect(en[0]!.message).toBe('Remove one of the two "title" lines: each key may appear only once in the same place.');
      expect(nl[0]!.message).toBe('Haal een van de twee regels met "title" weg: op dezelfde plek mag elke sleutel maar één keer staan.');
      // Also for a whole section given twice in one file.
      expect(problems(`${SITE}site:\n  title: Ander\n`)).toEqual(['plans/plan.yaml:3:1 duplicate-key']);
    });

    it('a line without "key:": write it as key: value', () => {
      const { nl, en } = both(`${SITE}goals\n`);
      expect(en.map(whereId)).toEqual(['plans/plan.yaml:3:1 missing-colon']);
      expect(en[0]!.message).toBe('Write this line as "key: value", or indent it further if it belongs to the key above: "goals".');
      expect(nl[0]!.message).toBe('Schrijf deze regel als "sleutel: waarde". Hoort hij bij de sleutel erboven? Laat hem dan verder inspringen: "goals".');
    });
  });

  it('accepts an empty plan file and one with only comments', () => {
    const { plan, diagnostics } = planOf({ 'plans/a.yaml': SITE, 'plans/empty.yaml': '', 'plans/notes.yaml': '# later\n' });
    expect(diagnostics).toEqual([]);
    expect(plan.segments).toEqual([]);
    expect(plan.calendar).toEqual({ quiet: [], weekends: 'allow', leadTimeDays: 14, neglectAfterDays: 21 });
    expect(plan.site).toMatchObject({ title: 'Testnieuws', language: 'nl', timezone: 'Europe/Amsterdam' });
  });

  it('treats a list section with nothing under it as empty', () => {
    expect(problems(`${SITE}campaigns:\ngoals:\n`)).toEqual([]);
  });

  it('reports a plan without a site section at the top of the first file', () => {
    expect(problems({ 'plans/a.yaml': CHANNELS, 'plans/b.yaml': 'goals: []\n' })).toEqual(['plans/a.yaml:1:1 no-site']);
  });

  it('reports a plan file that is a list rather than a mapping of sections', () => {
    expect(problems({ 'plans/a.yaml': SITE, 'plans/b.yaml': '- segments\n- goals\n' })).toEqual(['plans/b.yaml:1:1 not-a-mapping']);
  });

  it('reports a mapping section that is not a mapping', () => {
    const { diagnostics } = planOf(`${SITE}rules: [hype]\ncalendar: []\nmix: 0.2\n`);
    expect(diagnostics.map((d) => [d.messageId, d.data])).toEqual([
      ['invalid-type', { field: 'calendar', type: 'mapping', actual: 'list' }],
      ['invalid-type', { field: 'mix', type: 'mapping', actual: 'number', value: 0.2 }],
      ['invalid-type', { field: 'rules', type: 'mapping', actual: 'list' }],
    ]);
    // The words for the kinds of value come from the catalogue.
    expect(diagnostics.map(where)).toEqual([
      'plans/plan.yaml:4:11 "calendar" should be a mapping of keys to values, not a list.',
      'plans/plan.yaml:5:6 "mix" should be a mapping of keys to values, not the number 0.2.',
      'plans/plan.yaml:3:8 "rules" should be a mapping of keys to values, not a list.',
    ]);
    const { plan } = planOf('site: Testnieuws\n');
    expect(plan.site.title).toBe('herald');
  });

  it('reports a list section that is not a list', () => {
    expect(problems(`${SITE}segments: magazijn\n`)).toEqual(['plans/plan.yaml:3:11 not-a-list']);
    expect(planOf(`${SITE}segments: magazijn\n`).diagnostics[0]!.data).toEqual({ section: 'segments' });
  });
});

describe('plan schema errors point at the YAML value', () => {
  const text = `site:
  title: Testnieuws
  timezone: Europe/Amsterdm
${CHANNELS}segments:
  - id: magazijn
    name: Magazijn
    channels: [app]
    maxPerWeek: twee
  - id: Kantoor_Staf
    name: Kantoor
    channels: [intranet]
  - id: chauffeurs
    name: Chauffeurs
    chanels: [app]
  - id: directie
    name: Directie
    channels: [intranet]
    readingLevel: A2
goals:
  - id: roosterapp
    title: Rooster in de app
    from: 2026-02-30
`;
  const { plan, diagnostics } = planOf(text);
  const F = 'plans/plan.yaml';

  it('an unknown time zone', () => {
    expect(diagnostics.map(whereId)).toContain(`${at(F, text, 'Europe/Amsterdm')} time-zone`);
    expect(diagnostics.find((d) => d.messageId === 'time-zone')!.data).toEqual({ field: 'site.timezone' });
    expect(at(F, text, 'Europe/Amsterdm')).toBe(`${F}:3:13`);
  });

  it('maxPerWeek written as text', () => {
    expect(diagnostics.map(whereId)).toContain(`${F}:11:17 invalid-type`);
    expect(diagnostics.find((d) => d.line === 11)!.data).toEqual({ field: 'segments.magazijn.maxPerWeek', type: 'number', actual: 'text', value: 'twee' });
    expect(at(F, text, 'twee')).toBe(`${F}:11:17`);
  });

  it('an id that is not lower-case kebab-case', () => {
    expect(diagnostics.map(whereId)).toContain(`${at(F, text, 'Kantoor_Staf')} kebab-case`);
    const d = diagnostics.find((x) => x.messageId === 'kebab-case')!;
    // The writer's own words in id form, never a made-up English example.
    expect(d.data).toEqual({ field: 'segments.id', value: 'Kantoor_Staf', suggestion: 'kantoor-staf' });
    expect(d.expected).toEqual(['kantoor-staf']);
    expect(d.message).toBe('Write "kantoor-staf" instead of "Kantoor_Staf": an id has lower-case letters, digits and hyphens, no spaces.');
    expect(compose('nl', 'common', 'kebab-case', d.data)).toBe(
      'Schrijf "kantoor-staf" in plaats van "Kantoor_Staf": een id heeft kleine letters, cijfers en streepjes, geen spaties.',
    );
  });

  it('an unknown key in a segment, with a suggestion, at the key', () => {
    const d = diagnostics.find((x) => x.messageId === 'unknown-key');
    expect(d && whereId(d)).toBe(`${at(F, text, 'chanels:')} unknown-key`);
    expect(d).toMatchObject({ data: { key: 'chanels', field: 'segments.chauffeurs' }, expected: ['channels'] });
    expect(d?.message).toBe('Unknown key "chanels" in "segments.chauffeurs"; did you mean "channels"?');
    // The required key it was meant to be is reported too, at the segment.
    expect(diagnostics.map(whereId)).toContain(`${at(F, text, 'id: chauffeurs')} required`);
    expect(diagnostics.find((x) => x.messageId === 'required')!.data).toEqual({ field: 'segments.chauffeurs.channels' });
  });

  it('a reading level that does not exist', () => {
    const d = diagnostics.find((x) => x.data?.field === 'segments.directie.readingLevel');
    expect(d && whereId(d)).toBe(`${at(F, text, 'A2')} invalid-value`);
    expect(d).toMatchObject({ data: { actual: 'text', value: 'A2', options: ['B1', 'B2', 'C1'] }, expected: ['B2'] });
  });

  it('an impossible date in a goal', () => {
    expect(diagnostics.map(whereId)).toContain(`${at(F, text, '2026-02-30')} real-date`);
  });

  it('reports nothing else, and every finding is a plan-schema error', () => {
    expect(diagnostics).toHaveLength(7);
    for (const d of diagnostics) expect(d).toMatchObject({ ruleId: PLAN_RULE_ID, severity: 'error', file: F });
    // plan-schema is no rule of the catalogue: it has no page to link to.
    for (const d of diagnostics) expect(d).not.toHaveProperty('url');
  });

  it('drops the invalid items, keeps the valid ones, and remembers the dropped ids', () => {
    expect(plan.segments.map((s) => s.id)).toEqual([]);
    expect([...plan.invalidIds.segments].sort()).toEqual(['Kantoor_Staf', 'chauffeurs', 'directie', 'magazijn']);
    expect([...plan.invalidIds.goals]).toEqual(['roosterapp']);
    expect(plan.channels.map((c) => c.id)).toEqual(['app', 'intranet']);
    // An invalid time zone falls back to the default rather than breaking every date.
    expect(plan.site.timezone).toBe('Europe/Amsterdam');
  });

  it('points at values in block, flow and quoted YAML alike', () => {
    const flow = `${SITE}${CHANNELS}segments:\n  - {id: kantoor, name: Kantoor, channels: [intranet], maxPerWeek: "drie"}\n`;
    expect(problems(flow)).toEqual([`${at('plans/plan.yaml', flow, '"drie"')} invalid-type`]);
  });

  it('reports a wrong type as a sentence a writer understands', () => {
    const text2 = `${SITE}${CHANNELS}segments:\n  - id: kantoor\n    name: Kantoor\n    channels: intranet\n    size: -5\n`;
    const { diagnostics: found } = planOf(text2);
    expect(found).toHaveLength(2);
    expect(found.map(where)).toEqual(
      expect.arrayContaining([
        `${at('plans/plan.yaml', text2, 'intranet', 1)} "segments.kantoor.channels" should be a list, not "intranet".`,
        `${at('plans/plan.yaml', text2, '-5')} "segments.kantoor.size" must be at least 0.`,
      ]),
    );
    expect(found.find((d) => d.messageId === 'too-small')!.data).toEqual({ field: 'segments.kantoor.size', minimum: 0 });
  });
});

describe('plan: ids and cross-references', () => {
  it('reports a duplicate id at the second one, naming the line of the first', () => {
    const text = `${SITE}${CHANNELS}segments:\n  - {id: kantoor, name: Kantoor, channels: [intranet]}\n  - {id: kantoor, name: Kantoor 2, channels: [app]}\n`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'kantoor', 1)} duplicate-id`]);
    expect(diagnostics[0]!.data).toEqual({ id: 'kantoor', section: 'segments', firstLine: 7 });
    expect(plan.segments).toHaveLength(1);
    expect(plan.segmentById.get('kantoor')?.name).toBe('Kantoor');
  });

  it('reports a duplicate id even when the first item with it is invalid', () => {
    const text = `${SITE}${CHANNELS}goals:\n  - {id: rooster, title: Rooster, from: 2026-13-01}\n  - {id: rooster, title: Rooster}\n`;
    const ids = planOf(text).diagnostics.map((d) => d.messageId);
    expect(ids).toEqual(['real-date', 'duplicate-id']);
  });

  it('reports a segment that names an unknown channel, with a suggestion', () => {
    const text = `${SITE}${CHANNELS}segments:\n  - {id: kantoor, name: Kantoor, channels: [intranett, app]}\n`;
    const [d, ...rest] = planOf(text).diagnostics;
    expect(rest).toEqual([]);
    expect(whereId(d!)).toBe(`${at('plans/plan.yaml', text, 'intranett')} unknown-channel`);
    expect(d).toMatchObject({ data: { id: 'intranett', known: ['app', 'intranet'] }, expected: ['intranet'] });
  });

  it('reports a campaign with an unknown goal, listing the goals when none is close', () => {
    const text = `${SITE}goals:\n  - {id: roosterapp, title: Rooster}\ncampaigns:\n  - id: invoering\n    title: Invoering\n    goal: veiligheid\n    from: 2026-02-01\n    until: 2026-03-01\n`;
    const { diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'veiligheid')} unknown-goal`]);
    expect(diagnostics[0]!.message).toBe('Unknown goal "veiligheid"; the plan\'s goals are: roosterapp.');
    // No goals at all: the sentence says so.
    const none = planOf(`${SITE}campaigns:\n  - {id: x, title: X, goal: veiligheid, from: 2026-02-01, until: 2026-03-01}\n`).diagnostics;
    expect(none.map((d) => [d.messageId, d.data, d.message])).toEqual([
      ['unknown-goal', { id: 'veiligheid', known: [] }, 'Unknown goal "veiligheid"; the plan\'s goals are: none.'],
    ]);
  });

  it('reports goals and campaigns that end before they start, at the until value', () => {
    const text = `${SITE}goals:\n  - id: roosterapp\n    title: Rooster\n    from: 2026-06-01\n    until: 2026-05-31\ncampaigns:\n  - {id: invoering, title: Invoering, goal: roosterapp, from: 2026-03-02, until: 2026-03-01}\n`;
    const { diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([
      `${at('plans/plan.yaml', text, '2026-05-31')} ends-before-start`,
      `${at('plans/plan.yaml', text, '2026-03-01')} ends-before-start`,
    ]);
    expect(diagnostics.map((d) => d.data)).toEqual([
      { id: 'roosterapp', from: '2026-06-01', until: '2026-05-31' },
      { id: 'invoering', from: '2026-03-02', until: '2026-03-01' },
    ]);
  });

  it('accepts a period of one day (from equals until)', () => {
    expect(problems(`${SITE}goals:\n  - {id: open-dag, title: Open dag, from: 2026-06-01, until: 2026-06-01}\n`)).toEqual([]);
  });

  it('reports a quiet period that ends before it starts', () => {
    const text = `${SITE}calendar:\n  quiet:\n    - {from: 2026-05-01, until: 2026-04-27, reason: Inventarisatie}\n`;
    expect(problems(text)).toEqual([`${at('plans/plan.yaml', text, '2026-04-27')} quiet-ends-before-start`]);
    expect(planOf(text).diagnostics[0]!.message).toBe('The quiet period "Inventarisatie" ends (2026-04-27) before it starts (2026-05-01).');
  });

  it('does not report references to an item that is in the plan but invalid', () => {
    // The channel has a bad kind and the goal a bad date: both are reported once, and
    // the segment and campaign that name them are not also "unknown".
    const text = `${SITE}channels:\n  - {id: app, name: App, kind: pushy}\nsegments:\n  - {id: kantoor, name: Kantoor, channels: [app]}\ngoals:\n  - {id: rooster, title: Rooster, until: 2026-02-30}\ncampaigns:\n  - {id: invoering, title: Invoering, goal: rooster, from: 2026-02-01, until: 2026-03-01}\n`;
    expect(planOf(text).diagnostics.map((d) => `${d.messageId} ${d.data?.field}`)).toEqual([
      'real-date goals.rooster.until',
      'invalid-value channels.app.kind',
    ]);
  });
});

describe('plan: sections that are mappings keep what is valid', () => {
  it('keeps the rest of the calendar when one value is wrong', () => {
    const text = `${SITE}calendar:\n  quiet:\n    - {from: 2026-04-27, until: 2026-05-01, reason: Inventarisatie}\n  weekends: sometimes\n  leadTimeDays: 21\n`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'sometimes')} invalid-value`]);
    expect(diagnostics[0]!.data).toEqual({ field: 'calendar.weekends', actual: 'text', value: 'sometimes', options: ['allow', 'avoid'] });
    expect(diagnostics[0]!.expected).toBeUndefined();
    expect(plan.calendar).toEqual({
      quiet: [{ from: '2026-04-27', until: '2026-05-01', reason: 'Inventarisatie' }],
      weekends: 'allow',
      leadTimeDays: 21,
      neglectAfterDays: 21,
    });
  });

  it('leaves out only the quiet period that is wrong', () => {
    const text = `${SITE}calendar:\n  quiet:\n    - {from: 2026-04-27, until: 2026-05-01, reason: Inventarisatie}\n    - {from: 2026-12-24, until: 2027-01-01}\n    - {from: 2026-07-20, until: 2026-08-14, reason: Zomer}\n`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, '{from: 2026-12-24')} required`]);
    expect(diagnostics[0]!.data).toEqual({ field: 'calendar.quiet.reason' });
    expect(plan.calendar.quiet.map((q) => q.reason)).toEqual(['Inventarisatie', 'Zomer']);
  });

  it('points at the right quiet period after one before it was left out', () => {
    const text = `${SITE}calendar:\n  quiet:\n    - {from: 2026-12-24, until: 2027-01-01}\n    - {from: 2026-08-14, until: 2026-07-20, reason: Zomer}\n`;
    expect(problems(text)).toEqual([
      `${at('plans/plan.yaml', text, '{from: 2026-12-24')} required`,
      `${at('plans/plan.yaml', text, '2026-07-20')} quiet-ends-before-start`,
    ]);
  });

  it('keeps the time zone and language when the site title is missing', () => {
    const text = 'site:\n  language: en\n  timezone: America/New_York\n';
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map((d) => [d.messageId, d.data])).toEqual([['required', { field: 'site.title' }]]);
    expect(plan.site).toMatchObject({ language: 'en', timezone: 'America/New_York' });
  });

  it('suggests the mix keys', () => {
    const text = `${SITE}mix: {sucess: 0.2, dialogue: 0.1}\n`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'sucess')} unknown-key`]);
    expect(diagnostics[0]).toMatchObject({ data: { key: 'sucess', field: 'mix' }, expected: ['success'] });
    expect(plan.mix).toEqual({ dialogue: 0.1 });
  });

  it('keeps the other rule settings when one is wrong', () => {
    const text = `${SITE}rules:\n  hype: off\n  readability: loud\n  mix: [warn, {}]\n`;
    const { plan, diagnostics } = planOf(text);
    expect(diagnostics.map(whereId)).toEqual([`${at('plans/plan.yaml', text, 'loud')} invalid-value`]);
    expect(diagnostics[0]!.data).toMatchObject({ field: 'rules.readability', value: 'loud', options: ['off', 'warn', 'error'] });
    expect(plan.rules).toEqual({ hype: 'off', mix: ['warn', {}] });
  });
});

describe('plan errors through the whole check', () => {
  it('an invalid segment is reported once; messages naming it are not also flagged as unknown', async () => {
    const plan = PLAN.replace('    maxPerWeek: 2\n', '    maxPerWeek: twee\n');
    const diagnostics = await check({ 'content/2026/app.md': message({ audience: '[magazijn]' }) }, plan);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      `plans/plan.yaml:${positionOf(plan, 'twee').line}:${positionOf(plan, 'twee').column} plan-schema`,
    ]);
  });

  it('a message naming a segment that was never in the plan is still flagged', async () => {
    const diagnostics = await check({ 'content/2026/app.md': message({ audience: '[magazjin]' }) });
    expect(only(diagnostics, 'unknown-reference')).toHaveLength(1);
  });
});

describe('plan: the language of its problems', () => {
  const typo = PLAN.replace('goal: roosterapp\n', 'goal: rosterapp\n');

  it('chooses the language where the plan is read: the plan’s site.language, unless --lang or HERALD_LANG say otherwise', () => {
    const dutch = planOf(typo, {});
    expect(dutch.lang).toBe('nl');
    expect(dutch.diagnostics.map((d) => d.message)).toEqual(['Bedoel je "roosterapp"? Het doel "rosterapp" staat niet in het plan.']);
    const english = planOf(typo, { env: 'en' });
    expect(english.lang).toBe('en');
    expect(english.diagnostics.map((d) => d.message)).toEqual(['Unknown goal "rosterapp"; did you mean "roosterapp"?']);
    expect(english.diagnostics.map(whereId)).toEqual(dutch.diagnostics.map(whereId));
    expect(planOf(typo.replace('language: nl', 'language: en'), {}).lang).toBe('en');
    expect(planOf(typo.replace('language: nl', 'language: en'), { flag: 'nl' }).lang).toBe('nl');
  });

  it('writes English when no site section can be read, Dutch when the site leaves the language out', () => {
    expect(planOf('segments: []\n', {}).diagnostics.map((d) => [d.messageId, d.message])).toEqual([
      ['no-site', 'The plan has no "site" section; add one with at least a title, e.g. "site: {title: Nieuws}".'],
    ]);
    expect(planOf('site: {title: Nieuws}\nsection: 1\n', {})).toMatchObject({
      lang: 'nl',
      diagnostics: [{ messageId: 'unknown-section', message: expect.stringMatching(/^herald kent het onderdeel "section"/) }],
    });
  });
});
