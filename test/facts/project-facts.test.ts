import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/model/message.js';
import { dayNumber } from '../../src/validate/moment.js';
import { PLAN } from '../helpers/project.js';
import { factsOf, messageOf, planOf } from '../helpers/stages.js';

const { plan } = planOf();

function msg(file: string, date: string | null, audience = '[magazijn]', extra = ''): Message {
  const lines = ['---', 'title: Test'];
  if (date !== null) lines.push(`date: ${date}`);
  lines.push(`audience: ${audience}`, 'goal: roosterapp');
  if (extra) lines.push(extra);
  lines.push('---', 'Body');
  return messageOf(`${lines.join('\n')}\n`, file, plan);
}

describe('computeFacts: audience', () => {
  it('resolves all to every segment of the plan, in plan order', () => {
    const m = msg('a.md', '2026-02-02', 'all');
    expect(factsOf(plan, [m]).audienceOf(m)).toEqual(['magazijn', 'chauffeurs', 'kantoor', 'directie']);
  });

  it('resolves all also when it is one item of a list', () => {
    const m = msg('a.md', '2026-02-02', '[kantoor, all]');
    expect(m.fields.audience).toBe('all');
    expect(factsOf(plan, [m]).audienceOf(m)).toHaveLength(4);
  });

  it('takes a single id, drops repeats and keeps the writer’s order', () => {
    const one = msg('a.md', '2026-02-02', 'kantoor');
    const list = msg('b.md', '2026-02-02', '[kantoor, magazijn, kantoor]');
    const facts = factsOf(plan, [one, list]);
    expect(facts.audienceOf(one)).toEqual(['kantoor']);
    expect(facts.audienceOf(list)).toEqual(['kantoor', 'magazijn']);
  });

  it('is empty when the audience is missing or invalid', () => {
    const missing = messageOf('---\ntitle: Test\ndate: 2026-02-02\ngoal: roosterapp\n---\n', 'a.md', plan);
    const invalid = msg('b.md', '2026-02-02', '[Magazijn]');
    const facts = factsOf(plan, [missing, invalid]);
    expect(facts.audienceOf(missing)).toEqual([]);
    expect(facts.audienceOf(invalid)).toEqual([]);
  });

  it('all means the segments that are valid: an invalid segment is not reached', () => {
    const broken = planOf(PLAN.replace('maxPerWeek: 3', 'maxPerWeek: drie')).plan;
    const m = messageOf('---\ntitle: Test\ndate: 2026-02-02\naudience: all\ngoal: roosterapp\n---\n', 'a.md', broken);
    expect(factsOf(broken, [m]).audienceOf(m)).toEqual(['magazijn', 'kantoor', 'directie']);
  });
});

describe('computeFacts: published messages and their period', () => {
  it('leaves out drafts and messages without a valid date, and orders the rest by moment', () => {
    const messages = [
      msg('c.md', '2026-03-01T09:00'),
      msg('draft.md', '2026-01-01', '[magazijn]', 'draft: true'),
      msg('bad-date.md', '2026-02-30'),
      msg('no-date.md', null),
      msg('a.md', '2026-02-01T17:00'),
      msg('b.md', '2026-02-01T08:00'),
      msg('not-draft.md', '2026-02-15', '[magazijn]', 'draft: false'),
    ];
    const facts = factsOf(plan, messages);
    expect(facts.published.map((m) => m.file)).toEqual(['b.md', 'a.md', 'not-draft.md', 'c.md']);
    expect(facts.messages).toBe(messages);
    expect(facts.period).toEqual({ first: dayNumber('2026-02-01'), last: dayNumber('2026-03-01') });
  });

  it('orders messages at the same moment by file name', () => {
    const facts = factsOf(plan, [msg('z.md', '2026-02-02T09:00'), msg('a.md', '2026-02-02T09:00'), msg('m.md', '2026-02-02T09:00')]);
    expect(facts.published.map((m) => m.file)).toEqual(['a.md', 'm.md', 'z.md']);
  });

  it('orders by the real instant, also with explicit offsets', () => {
    // 09:00 in Amsterdam is 08:00Z; 08:30Z is later, though it reads earlier.
    const facts = factsOf(plan, [msg('offset.md', '2026-02-02T08:30Z'), msg('local.md', '2026-02-02T09:00')]);
    expect(facts.published.map((m) => m.file)).toEqual(['local.md', 'offset.md']);
  });

  it('has no period when nothing is published', () => {
    const facts = factsOf(plan, [msg('draft.md', '2026-01-01', '[magazijn]', 'draft: true')]);
    expect(facts.published).toEqual([]);
    expect(facts.period).toBeUndefined();
    expect('period' in facts).toBe(false);
  });

  it('a single message is a period of one day', () => {
    expect(factsOf(plan, [msg('a.md', '2026-02-02T23:59')]).period).toEqual({ first: dayNumber('2026-02-02'), last: dayNumber('2026-02-02') });
  });

  it('the period is in local days: late evening UTC is the next day in Amsterdam', () => {
    const facts = factsOf(plan, [msg('a.md', '2026-02-02T23:30Z'), msg('b.md', '2026-02-01T10:00')]);
    expect(facts.period).toEqual({ first: dayNumber('2026-02-01'), last: dayNumber('2026-02-03') });
  });
});

describe('computeFacts: pages and files', () => {
  it('groups messages by URL, drafts included, so duplicates can be found', () => {
    const a = msg('content/2026/app.md', '2026-02-02');
    const b = msg('content/2026-archief/app.md', '2026-05-02');
    const c = msg('content/2025/app.md', '2025-05-02', '[magazijn]', 'draft: true');
    const undated = msg('content/2026/zonder.md', null);
    const facts = factsOf(plan, [a, b, c, undated]);
    expect([...facts.byUrl.keys()]).toEqual(['/2026/app/', '/2025/app/']);
    expect(facts.byUrl.get('/2026/app/')).toEqual([a, b]);
    expect(facts.byFile.get('content/2026/zonder.md')).toBe(undated);
    expect(facts.byFile.size).toBe(4);
  });

  it('keeps every content file, assets included', () => {
    const a = msg('content/2026/app.md', '2026-02-02');
    const facts = factsOf(plan, [a], ['content/2026/app.md', 'content/2026/foto.jpg']);
    expect([...facts.contentFiles]).toEqual(['content/2026/app.md', 'content/2026/foto.jpg']);
  });
});
