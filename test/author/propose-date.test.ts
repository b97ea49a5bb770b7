import { describe, expect, it } from 'vitest';
import { describeProposal } from '../../src/author/ask.js';
import { dateConcerns, HORIZON_DAYS, proposeDate } from '../../src/author/propose-date.js';
import type { Message } from '../../src/model/message.js';
import { parseMoment } from '../../src/validate/moment.js';
import { PLAN } from '../helpers/project.js';
import { factsOf, messageOf, planOf } from '../helpers/stages.js';

// PLAN: magazijn may get 2 messages a week, chauffeurs 3, kantoor 4, directie has no budget;
// a quiet period "Inventarisatieweek" from Monday 2026-04-27 until Friday 2026-05-01; Europe/Amsterdam.
const { plan } = planOf();

function msg(date: string, audience: string, extra = '', file = `content/2026/${date.replace(/\W/g, '')}-${audience.replace(/\W/g, '')}.md`): Message {
  return messageOf(`---\ntitle: Test\ndate: ${date}\naudience: ${audience}\ngoal: roosterapp\n${extra}---\nBody\n`, file, plan);
}

const none = factsOf(plan, []);
const at = (iso: string) => Date.parse(iso);

describe('proposeDate: the next working day at 09:00', () => {
  it('skips the weekend: from Saturday, and from just after midnight on Sunday, it proposes Monday', () => {
    expect(proposeDate(plan, none, ['magazijn'], at('2026-03-07T10:00:00Z'))).toEqual({ date: '2026-03-09T09:00', skipped: [], noFit: false });
    // 00:30 on Sunday in Amsterdam: the old default (the next whole hour) was 01:00 on a Sunday.
    expect(proposeDate(plan, none, ['magazijn'], at('2026-03-07T23:30:00Z')).date).toBe('2026-03-09T09:00');
  });

  it('proposes today at 09:00 before 09:00, and the next working day after it: Friday after 09:00 is Monday', () => {
    expect(proposeDate(plan, none, ['all'], at('2026-03-06T07:30:00Z')).date).toBe('2026-03-06T09:00'); // Friday 08:30
    expect(proposeDate(plan, none, ['all'], at('2026-03-06T08:00:00Z')).date).toBe('2026-03-09T09:00'); // Friday 09:00 exactly
    expect(proposeDate(plan, none, ['all'], at('2026-03-06T08:30:00Z')).date).toBe('2026-03-09T09:00'); // Friday 09:30
  });

  it('passes over a quiet period that spans days, and says so', () => {
    const proposal = proposeDate(plan, none, ['kantoor'], at('2026-04-24T10:00:00Z')); // Friday before the quiet week
    expect(proposal).toEqual({
      date: '2026-05-04T09:00',
      skipped: [{ kind: 'quiet', reason: 'Inventarisatieweek', from: '2026-04-27', until: '2026-05-01' }],
      noFit: false,
    });
    expect(describeProposal(proposal, plan, 'nl', 'date-proposed')).toBe('Voorstel: maandag 4 mei 2026, 09:00 (na de stille periode "Inventarisatieweek").');
    expect(describeProposal(proposal, plan, 'en', 'date-chosen')).toBe(
      'Publish date: Monday, 4 May 2026, 09:00 (after the quiet period "Inventarisatieweek"). Another date? Pass --date.',
    );
  });

  it('passes over the days on which a segment would get more than maxPerWeek messages in 7 days', () => {
    // magazijn (2 a week) already gets messages on Monday 9 and Tuesday 10 March.
    const facts = factsOf(plan, [msg('2026-03-09T09:00', '[magazijn]'), msg('2026-03-10T14:00', '[magazijn, kantoor]')]);
    const proposal = proposeDate(plan, facts, ['magazijn'], at('2026-03-08T12:00:00Z'));
    // Any day up to Sunday 15 March shares a 7-day window with both; Monday 16 March is the first that does not.
    expect(proposal).toEqual({ date: '2026-03-16T09:00', skipped: [{ kind: 'full', segment: 'magazijn', week: '2026-W11', budget: 2 }], noFit: false });
    expect(describeProposal(proposal, plan, 'nl', 'date-proposed')).toBe('Voorstel: maandag 16 maart 2026, 09:00 (week 11 zit vol voor Magazijn).');
    // kantoor (4 a week) has room, and directie has no budget at all.
    expect(proposeDate(plan, facts, ['kantoor'], at('2026-03-08T12:00:00Z')).date).toBe('2026-03-09T09:00');
    expect(proposeDate(plan, facts, ['directie'], at('2026-03-08T12:00:00Z')).date).toBe('2026-03-09T09:00');
    // One full segment is enough to pass a day over.
    expect(proposeDate(plan, facts, ['kantoor', 'magazijn'], at('2026-03-08T12:00:00Z')).date).toBe('2026-03-16T09:00');
  });

  it('names every full week of a segment once, in one clause', () => {
    // Thursday 12 and Friday 13 March fill the 7-day windows of week 11 and of Monday to Wednesday of week 12.
    const facts = factsOf(plan, [msg('2026-03-12T09:00', '[magazijn]'), msg('2026-03-13T09:00', '[magazijn]')]);
    const proposal = proposeDate(plan, facts, ['magazijn'], at('2026-03-08T12:00:00Z'));
    expect(proposal.date).toBe('2026-03-19T09:00');
    expect(describeProposal(proposal, plan, 'nl', 'date-proposed')).toBe('Voorstel: donderdag 19 maart 2026, 09:00 (weken 11, 12 zitten vol voor Magazijn).');
    expect(describeProposal(proposal, plan, 'en', 'date-proposed')).toBe('Suggested: Thursday, 19 March 2026, 09:00 (weeks 11, 12 are full for Magazijn).');
  });

  it('counts messages for all against every segment, and a message for all against every budget; drafts do not count', () => {
    const forAll = factsOf(plan, [msg('2026-03-09T09:00', 'all'), msg('2026-03-10T09:00', 'all')]);
    expect(proposeDate(plan, forAll, ['magazijn'], at('2026-03-08T12:00:00Z')).date).toBe('2026-03-16T09:00');
    const magazijnFull = factsOf(plan, [msg('2026-03-09T09:00', '[magazijn]'), msg('2026-03-10T09:00', '[magazijn]')]);
    const proposal = proposeDate(plan, magazijnFull, ['all'], at('2026-03-08T12:00:00Z'));
    expect(proposal.date).toBe('2026-03-16T09:00');
    expect(proposal.skipped).toEqual([{ kind: 'full', segment: 'magazijn', week: '2026-W11', budget: 2 }]);
    const drafts = factsOf(plan, [msg('2026-03-09T09:00', 'all', 'draft: true\n'), msg('2026-03-10T09:00', 'all', 'draft: true\n')]);
    expect(proposeDate(plan, drafts, ['magazijn'], at('2026-03-08T12:00:00Z')).date).toBe('2026-03-09T09:00');
  });

  it('reads 09:00 on the site clock across a change to summer time', () => {
    // Summer time starts on Sunday 29 March 2026 in Amsterdam: at 07:30 UTC on Monday it is 09:30 there (in winter time 08:30).
    expect(proposeDate(plan, none, ['all'], at('2026-03-30T07:30:00Z')).date).toBe('2026-03-31T09:00');
    expect(proposeDate(plan, none, ['all'], at('2026-03-30T06:30:00Z')).date).toBe('2026-03-30T09:00');
    expect(parseMoment('2026-03-30T09:00', 'Europe/Amsterdam').epochMs).toBe(at('2026-03-30T07:00:00Z'));
    // A full week across the change: two messages before it (winter time) still fill the days after it, up to 7 days on.
    const facts = factsOf(plan, [msg('2026-03-26T09:00', '[magazijn]'), msg('2026-03-27T09:00', '[magazijn]')]);
    expect(proposeDate(plan, facts, ['magazijn'], at('2026-03-29T10:00:00Z')).date).toBe('2026-04-02T09:00');
  });

  it('uses the site time zone: New York is still before 09:00 when Amsterdam is past it', () => {
    const newYork = planOf(PLAN.replace('timezone: Europe/Amsterdam', 'timezone: America/New_York')).plan;
    const now = at('2026-03-06T13:30:00Z'); // Friday: 08:30 in New York, 14:30 in Amsterdam
    expect(proposeDate(newYork, factsOf(newYork, []), ['all'], now).date).toBe('2026-03-06T09:00');
    expect(proposeDate(plan, none, ['all'], now).date).toBe('2026-03-09T09:00');
    // Friday 20:00 in New York is Saturday in Amsterdam: the day is the site's.
    expect(proposeDate(newYork, factsOf(newYork, []), ['all'], at('2026-03-07T01:00:00Z')).date).toBe('2026-03-09T09:00');
  });

  it('falls back to the next working day, and says so, when nothing fits within the horizon', () => {
    const closed = planOf(
      PLAN.replace(
        '    - {from: 2026-04-27, until: 2026-05-01, reason: Inventarisatieweek}',
        '    - {from: 2026-01-01, until: 2028-12-31, reason: Verbouwing}',
      ),
    ).plan;
    const proposal = proposeDate(closed, factsOf(closed, []), ['kantoor'], at('2026-03-07T10:00:00Z'));
    expect(HORIZON_DAYS).toBeGreaterThanOrEqual(365);
    expect(proposal).toEqual({ date: '2026-03-09T09:00', skipped: [], noFit: true });
    expect(describeProposal(proposal, closed, 'nl', 'date-proposed')).toBe(
      'Geen werkdag in het komende jaar valt buiten de stille periodes en past in het weekbudget. Voorstel: de eerstvolgende werkdag, maandag 9 maart 2026, 09:00. herald check zegt later wat niet past.',
    );
  });
});

describe('dateConcerns: what the check will say of a date the writer typed', () => {
  it('names the quiet period and the full segments, and nothing for a free day', () => {
    const facts = factsOf(plan, [msg('2026-04-22T09:00', '[magazijn]'), msg('2026-04-23T09:00', '[magazijn]')]);
    expect(dateConcerns(plan, facts, ['magazijn'], '2026-04-24T09:00')).toEqual([{ kind: 'full', segment: 'magazijn', week: '2026-W17', budget: 2 }]);
    expect(dateConcerns(plan, facts, ['magazijn'], '2026-04-27')).toEqual([
      { kind: 'quiet', reason: 'Inventarisatieweek', from: '2026-04-27', until: '2026-05-01' },
      { kind: 'full', segment: 'magazijn', week: '2026-W18', budget: 2 },
    ]);
    expect(dateConcerns(plan, facts, ['chauffeurs'], '2026-04-24T09:00')).toEqual([]);
    expect(dateConcerns(plan, facts, ['magazijn'], '2026-04-30T09:00')).toEqual([
      { kind: 'quiet', reason: 'Inventarisatieweek', from: '2026-04-27', until: '2026-05-01' },
    ]);
  });
});
