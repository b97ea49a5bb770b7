import { describe, expect, it } from 'vitest';
import { dayNumber, parseMoment, weekdayOfDay, ymdOfDay } from '../../src/validate/moment.js';
import { dateSchema, dateTimeSchema, isRealDate } from '../../src/model/primitives.js';
import { messageOf, sentence, whereId } from '../helpers/stages.js';

const AMS = 'Europe/Amsterdam';
const utc = (text: string) => new Date(parseMoment(text, AMS).epochMs).toISOString();

describe('parseMoment in Europe/Amsterdam', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(utc('2026-01-15T09:00')).toBe('2026-01-15T08:00:00.000Z');
    expect(utc('2026-07-15T09:00')).toBe('2026-07-15T07:00:00.000Z');
    expect(utc('2026-02-02T09:00:15')).toBe('2026-02-02T08:00:15.000Z');
    expect(utc('2026-02-02 09:00')).toBe('2026-02-02T08:00:00.000Z');
  });

  it('reads a date without a time as the start of that local day', () => {
    expect(utc('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(utc('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(parseMoment('2026-07-15', AMS)).toMatchObject({ text: '2026-07-15', ymd: '2026-07-15', day: dayNumber('2026-07-15'), weekday: 3 });
  });

  it('handles the spring DST change (last Sunday of March)', () => {
    expect(utc('2026-03-29')).toBe('2026-03-28T23:00:00.000Z'); // midnight is still winter time
    expect(utc('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(utc('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(utc('2026-03-29T12:00')).toBe('2026-03-29T10:00:00.000Z');
    // 02:30 does not exist that night; it is read as 03:30 summer time, on the same day.
    expect(utc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(parseMoment('2026-03-29T02:30', AMS)).toMatchObject({ ymd: '2026-03-29', weekday: 0 });
  });

  it('handles the autumn DST change (last Sunday of October)', () => {
    expect(utc('2026-10-25')).toBe('2026-10-24T22:00:00.000Z'); // midnight is still summer time
    expect(utc('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(utc('2026-10-25T03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(utc('2026-10-25T12:00')).toBe('2026-10-25T11:00:00.000Z');
    // 02:30 happens twice that night; it is the first one, still summer time.
    expect(utc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('keeps the order of moments across a DST change', () => {
    const times = ['2026-10-24T23:00', '2026-10-25T00:30', '2026-10-25T01:59', '2026-10-25T02:00', '2026-10-25T03:00', '2026-10-25T04:00'];
    const instants = times.map((t) => parseMoment(t, AMS).epochMs);
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
    expect(new Set(instants).size).toBe(times.length);
  });

  it('takes an explicit offset or Z as given, and reports the local day in the site zone', () => {
    expect(utc('2026-02-02T23:30Z')).toBe('2026-02-02T23:30:00.000Z');
    expect(parseMoment('2026-02-02T23:30Z', AMS)).toMatchObject({ ymd: '2026-02-03', weekday: 2 });
    expect(utc('2026-02-02T09:00+01:00')).toBe('2026-02-02T08:00:00.000Z');
    expect(utc('2026-02-02T09:00+0100')).toBe('2026-02-02T08:00:00.000Z');
    expect(utc('2026-02-02T09:00-05:00')).toBe('2026-02-02T14:00:00.000Z');
    expect(utc('2026-02-02T09:00:00+05:30')).toBe('2026-02-02T03:30:00.000Z');
    // Half past midnight in Athens is still the evening before in Amsterdam.
    expect(parseMoment('2026-02-02T00:30+02:00', AMS)).toMatchObject({ ymd: '2026-02-01', weekday: 0 });
  });

  it('reads the same text differently in another site time zone', () => {
    expect(new Date(parseMoment('2026-06-01T09:00', 'America/New_York').epochMs).toISOString()).toBe('2026-06-01T13:00:00.000Z');
    expect(parseMoment('2026-06-01T23:30+00:00', 'Asia/Tokyo')).toMatchObject({ ymd: '2026-06-02' });
    expect(parseMoment('2026-06-01T09:00', 'UTC').epochMs).toBe(Date.UTC(2026, 5, 1, 9));
  });

  it('gives the same answer on every call (no state between calls)', () => {
    const first = parseMoment('2026-10-25T02:30', AMS);
    parseMoment('2026-03-29T02:30', AMS);
    parseMoment('2026-10-25T02:30', 'America/New_York');
    expect(parseMoment('2026-10-25T02:30', AMS)).toEqual(first);
  });

  it('refuses text that is not a date', () => {
    expect(() => parseMoment('morgen', AMS)).toThrow(/not a date/);
  });
});

describe('day numbers and weekdays', () => {
  it('counts days since 1970-01-01 without time zones', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1); // a 23-hour day is still one day
  });

  it('turns day numbers back into dates', () => {
    for (const ymd of ['1970-01-01', '2026-02-28', '2028-02-29', '2026-12-31', '1969-12-31']) expect(ymdOfDay(dayNumber(ymd))).toBe(ymd);
  });

  it('names weekdays from 0 (Sunday) to 6 (Saturday)', () => {
    expect(weekdayOfDay(dayNumber('1970-01-01'))).toBe(4); // a Thursday
    expect(weekdayOfDay(dayNumber('1969-12-31'))).toBe(3);
    expect(weekdayOfDay(dayNumber('2026-02-01'))).toBe(0);
    expect(weekdayOfDay(dayNumber('2026-02-02'))).toBe(1);
    expect(weekdayOfDay(dayNumber('2026-02-07'))).toBe(6);
    expect(parseMoment('2026-02-07T23:59', AMS).weekday).toBe(6);
    expect(parseMoment('2026-02-08T00:00', AMS).weekday).toBe(0);
  });
});

describe('which dates are real', () => {
  it('knows leap years', () => {
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(dateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(dateSchema.safeParse('2028-02-29').success).toBe(true);
  });

  it('refuses impossible months, days and times', () => {
    for (const bad of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) expect(dateSchema.safeParse(bad).success, bad).toBe(false);
    for (const bad of ['2026-02-02T25:00', '2026-02-02T24:00', '2026-02-02T23:60', '2026-02-02T09:00:60', '2026-02-30T09:00']) {
      expect(dateTimeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('refuses other ways of writing a date', () => {
    for (const bad of ['2026-2-2', '02-02-2026', '2026/02/02', '2026-02-02T9:00', '2026-02-02T09:00+01', 'morgen']) {
      expect(dateTimeSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(dateSchema.safeParse('2026-02-02T09:00').success).toBe(false);
  });

  it('accepts every form the design allows', () => {
    for (const good of [
      '2026-02-02',
      '2026-02-02T09:00',
      '2026-02-02 09:00',
      '2026-02-02T09:00:30',
      '2026-02-02T09:00Z',
      '2026-02-02T09:00+01:00',
      '2026-02-02T09:00-0330',
      '2028-02-29T23:59:59',
    ]) {
      expect(dateTimeSchema.safeParse(good).success, good).toBe(true);
    }
  });
});

describe('dates in a message', () => {
  const front = (date: string) => `---\ntitle: Test\ndate: ${date}\naudience: all\ngoal: roosterapp\n---\nBody\n`;

  it('2026-02-29 is reported at the value, and the message has no date', () => {
    const m = messageOf(front('2026-02-29'));
    expect(m.fields.date).toBeUndefined();
    expect(m.url).toBeUndefined();
    expect(m.problems.map(whereId)).toEqual(['3:7 real-date-time']);
    expect(m.problems[0]!.data).toEqual({ field: 'date' });
  });

  it('2028-02-29 is a date', () => {
    const m = messageOf(front('2028-02-29T10:00'));
    expect(m.problems).toEqual([]);
    expect(m.fields.date).toMatchObject({ ymd: '2028-02-29', weekday: 2 });
    expect(m.url).toBe('/2028/bericht/');
  });

  it('25:00 is reported', () => {
    const m = messageOf(front('2026-02-02T25:00'));
    expect(m.fields.date).toBeUndefined();
    expect(m.problems.map(sentence)).toEqual(['"date" is not a real date and time.']);
  });

  it('a quoted date is read like an unquoted one', () => {
    expect(messageOf(front('"2026-02-02T09:00"')).fields.date).toEqual(messageOf(front('2026-02-02T09:00')).fields.date);
  });

  it('is read in the site time zone of the plan', () => {
    const m = messageOf(front('2026-02-02T09:00'));
    expect(m.fields.date?.epochMs).toBe(Date.UTC(2026, 1, 2, 8));
  });

  it('the URL year is the local year, also for an explicit offset across New Year', () => {
    const m = messageOf(front('2026-12-31T23:30Z'));
    expect(m.fields.date?.ymd).toBe('2027-01-01');
    expect(m.url).toBe('/2027/bericht/');
  });
});
