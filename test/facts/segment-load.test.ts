import { describe, expect, it } from 'vitest';
import { computeSegmentLoad, WINDOW_DAYS } from '../../src/facts/segment-load.js';
import type { Message } from '../../src/model/message.js';
import { check, only } from '../helpers/project.js';
import { message } from '../helpers/project.js';
import { factsOf, messageOf, planOf } from '../helpers/stages.js';

// PLAN: magazijn may get 2 a week, chauffeurs 3, kantoor 4, directie has no budget.
const { plan } = planOf();

function msg(file: string, date: string, audience = '[magazijn]', extra = ''): Message {
  return messageOf(`---\ntitle: Test\ndate: ${date}\naudience: ${audience}\ngoal: roosterapp\n${extra}---\nBody\n`, file, plan);
}

function load(messages: Message[]) {
  return factsOf(plan, messages).load;
}

/** For each busy stretch: `file segment count/budget [others]`, at the message that goes over. */
function over(messages: Message[]): string[] {
  const out: string[] = [];
  for (const [file, entries] of load(messages).overBudget) {
    for (const e of entries) out.push(`${file} ${e.segment} ${e.count}/${e.budget} [${e.others.map((o) => o.file).join(' ')}]`);
  }
  return out.sort();
}

describe('segment load: timelines', () => {
  it('lists each segment’s published messages, oldest first, with all counted for everyone', () => {
    const messages = [
      msg('3.md', '2026-02-10', '[kantoor]'),
      msg('1.md', '2026-02-02', 'all'),
      msg('2.md', '2026-02-05', '[magazijn, chauffeurs]'),
      msg('draft.md', '2026-02-03', 'all', 'draft: true\n'),
    ];
    const { timeline } = load(messages);
    const files = (id: string) => timeline.get(id)!.map((m) => m.file);
    expect([...timeline.keys()]).toEqual(['magazijn', 'chauffeurs', 'kantoor', 'directie']);
    expect(files('magazijn')).toEqual(['1.md', '2.md']);
    expect(files('chauffeurs')).toEqual(['1.md', '2.md']);
    expect(files('kantoor')).toEqual(['1.md', '3.md']);
    expect(files('directie')).toEqual(['1.md']);
  });

  it('ignores audience ids that are not segments of the plan', () => {
    const { timeline } = load([msg('a.md', '2026-02-02', '[magazjin, kantoor]')]);
    expect(timeline.has('magazjin')).toBe(false);
    expect(timeline.get('kantoor')!.map((m) => m.file)).toEqual(['a.md']);
  });
});

describe('segment load: the sliding 7-day window', () => {
  it('the first maxPerWeek messages pass; the one after them opens a busy stretch that names every other message once', () => {
    const messages = ['02', '03', '04', '05'].map((d) => msg(`${d}.md`, `2026-02-${d}T09:00`));
    expect(over(messages)).toEqual(['04.md magazijn 4/2 [02.md 03.md 05.md]']);
    const [stretch] = load(messages).overBudget.get('04.md')!;
    expect([stretch!.from, stretch!.until].map((d) => d - stretch!.from)).toEqual([0, 3]);
  });

  it('two busy windows apart are two stretches; a stretch takes in over-budget messages up to 6 days after its first', () => {
    const messages = [
      ...['02', '03', '04'].map((d) => msg(`a${d}.md`, `2026-02-${d}T09:00`)),
      ...['16', '17', '18', '19'].map((d) => msg(`b${d}.md`, `2026-02-${d}T09:00`)),
    ];
    expect(over(messages)).toEqual(['a04.md magazijn 3/2 [a02.md a03.md]', 'b18.md magazijn 4/2 [b16.md b17.md b19.md]']);
    // Every day for two weeks: one stretch for the first seven over-budget days, one for the rest.
    const daily = Array.from({ length: 14 }, (_, i) => msg(`d${String(i + 1).padStart(2, '0')}.md`, `2026-02-${String(i + 2).padStart(2, '0')}T09:00`));
    expect(over(daily).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(['d03.md magazijn 9/2', 'd10.md magazijn 11/2']);
  });

  it('counts 7 calendar days: day 1 and day 7 share a window, day 1 and day 8 do not', () => {
    expect(WINDOW_DAYS).toBe(7);
    // Mon 2, Sun 8: six days apart, same window as Sat 7.
    expect(over([msg('a.md', '2026-02-02T09:00'), msg('b.md', '2026-02-07T09:00'), msg('c.md', '2026-02-08T23:00')])).toEqual([
      'c.md magazijn 3/2 [a.md b.md]',
    ]);
    // Exactly 7 days apart: the window of the 9th starts on the 3rd.
    expect(over([msg('a.md', '2026-02-02T09:00'), msg('b.md', '2026-02-07T09:00'), msg('c.md', '2026-02-09T08:00')])).toEqual([]);
  });

  it('windows exactly 7 days apart do not overlap: two a week, every week, is within budget', () => {
    const messages: Message[] = [];
    for (let week = 0; week < 6; week++) {
      const day = (n: number) => String(2 + week * 7 + n).padStart(2, '0');
      const month = (d: string) => (Number(d) > 28 ? `2026-03-${String(Number(d) - 28).padStart(2, '0')}` : `2026-02-${d}`);
      messages.push(msg(`w${week}a.md`, `${month(day(0))}T09:00`), msg(`w${week}b.md`, `${month(day(1))}T09:00`));
    }
    expect(over(messages)).toEqual([]);
    // One more message on Tuesday the 10th is over budget, and so is the next one within 7 days of it: one stretch.
    expect(over([...messages, msg('extra.md', '2026-02-10T12:00')])).toEqual(['extra.md magazijn 4/2 [w1a.md w1b.md w2a.md]']);
  });

  it('counts days, not hours: the 7th day ends at midnight local time', () => {
    // 23:59 on day 1 and 00:01 on day 8 are just over six days apart but in different windows.
    expect(over([msg('a.md', '2026-02-01T23:59'), msg('b.md', '2026-02-05T12:00'), msg('c.md', '2026-02-08T00:01')])).toEqual([]);
    // 00:01 on day 1 and 23:59 on day 7 are almost seven days apart but in one window.
    expect(over([msg('a.md', '2026-02-01T00:01'), msg('b.md', '2026-02-05T12:00'), msg('c.md', '2026-02-07T23:59')])).toEqual([
      'c.md magazijn 3/2 [a.md b.md]',
    ]);
  });

  it('ties on the same day: the order is by time, then by file name', () => {
    const sameDay = [msg('c.md', '2026-02-02T09:00'), msg('b.md', '2026-02-02T09:00'), msg('a.md', '2026-02-02T17:00')];
    expect(over(sameDay)).toEqual(['a.md magazijn 3/2 [b.md c.md]']);
    const sameMoment = [msg('c.md', '2026-02-02T09:00'), msg('b.md', '2026-02-02T09:00'), msg('a.md', '2026-02-02T09:00')];
    expect(over(sameMoment)).toEqual(['c.md magazijn 3/2 [a.md b.md]']);
  });

  it('a busy window that slides on: each message is compared with the 6 days before it', () => {
    // 2 on the 2nd, 1 on the 6th (over), 1 on the 9th (the 2nd has left the window: 6th + 9th = 2, fine).
    const messages = [msg('a.md', '2026-02-02T09:00'), msg('b.md', '2026-02-02T10:00'), msg('c.md', '2026-02-06T09:00'), msg('d.md', '2026-02-09T09:00')];
    expect(over(messages)).toEqual(['c.md magazijn 3/2 [a.md b.md]']);
  });

  it('checks every segment of a message with its own budget, counting all for each', () => {
    // magazijn (2) and chauffeurs (3) both get all three; kantoor (4) gets two.
    const messages = [
      msg('1.md', '2026-02-02', 'all'),
      msg('2.md', '2026-02-03', '[magazijn, chauffeurs]'),
      msg('3.md', '2026-02-04', '[magazijn, chauffeurs, kantoor]'),
    ];
    expect(over(messages)).toEqual(['3.md magazijn 3/2 [1.md 2.md]']);
    const more = [...messages, msg('4.md', '2026-02-05', 'all')];
    expect(over(more)).toEqual(['3.md magazijn 4/2 [1.md 2.md 4.md]', '4.md chauffeurs 4/3 [1.md 2.md 3.md]']);
  });

  it('a segment without maxPerWeek has no budget', () => {
    const messages = ['02', '03', '04', '05', '06'].map((d) => msg(`${d}.md`, `2026-02-${d}`, '[directie]'));
    expect(over(messages)).toEqual([]);
  });

  it('drafts and undated messages do not count', () => {
    const messages = [
      msg('a.md', '2026-02-02'),
      msg('b.md', '2026-02-03'),
      msg('draft.md', '2026-02-03', '[magazijn]', 'draft: true\n'),
      msg('bad.md', '2026-02-30'),
    ];
    expect(over(messages)).toEqual([]);
  });

  it('computeSegmentLoad works on any ordered list and audience function', () => {
    const a = msg('a.md', '2026-02-02');
    const b = msg('b.md', '2026-02-03');
    const result = computeSegmentLoad(plan, [a, b], () => ['directie', 'magazijn']);
    expect(result.timeline.get('directie')).toEqual([a, b]);
    expect(result.overBudget.size).toBe(0);
    const tight = computeSegmentLoad(
      planOf('site: {title: X}\nchannels: []\nsegments:\n  - {id: een, name: Een, channels: [], maxPerWeek: 1}\n').plan,
      [a, b],
      () => ['een'],
    );
    expect([...tight.overBudget.entries()].map(([file, e]) => [file, e.map((x) => x.count)])).toEqual([['b.md', [2]]]);
  });
});

describe('segment load through the whole check (frequency-cap reads it)', () => {
  it('reports the message that goes over the budget, once per busy stretch and segment', async () => {
    const ds = await check({
      'content/2026/a.md': message({ date: '2026-02-02T09:00' }),
      'content/2026/b.md': message({ date: '2026-02-03T09:00' }),
      'content/2026/c.md': message({ date: '2026-02-04T09:00' }),
      'content/2026/d.md': message({ date: '2026-02-11T09:00' }), // 7 days after c: a new window
    });
    expect(only(ds, 'frequency-cap').map((d) => d.file)).toEqual(['content/2026/c.md']);
  });
});
