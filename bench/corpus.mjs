// Deterministic corpus generator for the benchmarks: a plan with 10 segments
// and N messages of realistic size (front-matter, ~120–250 words of Dutch or
// English body, lists, links, a :::for block), spread over the years so that
// the cross-message rules have real work to do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Small, seedable PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = ['magazijn', 'chauffeurs', 'klantenservice', 'kantoor', 'teamleiders', 'monteurs', 'schoonmaak', 'ict', 'hr', 'directie'];
const KINDS = ['news', 'news', 'change', 'success', 'dialogue', 'event'];
const NL = [
  'We starten volgende week met een nieuwe werkwijze in het magazijn.',
  'Je ziet je rooster voortaan in de app op je eigen telefoon.',
  'Het team van de late dienst heeft vorige maand geen enkele fout gemaakt.',
  'Heb je vragen, stel ze dan in het teamoverleg of bij je teamleider.',
  'De nieuwe scanners zijn lichter en de batterij gaat een hele dienst mee.',
  'We willen weten wat jij ervan vindt, dus vul de korte vragenlijst in.',
  'Op maandag staat er koffie en taart klaar in de kantine.',
  'Veilig werken begint bij elkaar aanspreken, ook als het druk is.',
  'De planning voor de feestdagen is nu bekend en staat op de schermen.',
  'Dank aan iedereen die meedacht over de nieuwe indeling van de hal.',
];
const EN = [
  'From next week your schedule is in the app on your own phone.',
  'The late shift made no picking errors at all last month.',
  'Ask your questions in the team meeting or send them to your team lead.',
  'We want to hear what you think, so fill in the short survey.',
  'The new scanners are lighter and the battery lasts a whole shift.',
];

export function writeCorpus(dir, count, seed = 42) {
  const rand = prng(seed + count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'plans'), { recursive: true });
  const plan = [
    'site: {title: Benchmark, language: nl, timezone: Europe/Amsterdam, baseUrl: "https://intranet.example/nieuws/"}',
    'channels:',
    '  - {id: app, name: App, kind: push}',
    '  - {id: intranet, name: Intranet, kind: pull}',
    '  - {id: teamoverleg, name: Teamoverleg, kind: dialogue}',
    'segments:',
    ...SEGMENTS.map(
      (id, i) => `  - {id: ${id}, name: ${id}, channels: [app, teamoverleg${i > 2 ? ', intranet' : ''}], maxPerWeek: 12, readingLevel: ${i < 3 ? 'B1' : 'B2'}}`,
    ),
    'goals:',
    ...Array.from({ length: 12 }, (_, i) => `  - {id: doel-${i}, title: Doel ${i}, measure: Begrip in de peiling}`),
    'campaigns:',
    ...Array.from({ length: 6 }, (_, i) => `  - {id: campagne-${i}, title: Campagne ${i}, goal: doel-${i}, from: 2020-01-01, until: 2030-12-31}`),
    'calendar: {quiet: [{from: 2024-12-23, until: 2025-01-01, reason: Kerst}], weekends: avoid, leadTimeDays: 14, neglectAfterDays: 21}',
    'mix: {success: 0.1, dialogue: 0.05}',
  ].join('\n');
  writeFileSync(path.join(dir, 'plans', 'plan.yaml'), `${plan}\n`);

  const start = Date.UTC(2022, 0, 3);
  for (let i = 0; i < count; i++) {
    // Working days only (the plan avoids weekends): ~5 messages per working day.
    const workday = Math.floor(i / 5 + rand() * 2);
    const day = Math.floor(workday / 5) * 7 + (workday % 5);
    const date = new Date(start + day * 86_400_000);
    const ymd = date.toISOString().slice(0, 10);
    const year = ymd.slice(0, 4);
    const en = rand() < 0.15;
    const sentences = en ? EN : NL;
    const audience = rand() < 0.05 ? 'all' : `[${[...new Set([pick(SEGMENTS), pick(SEGMENTS)])].join(', ')}]`;
    const kind = pick(KINDS);
    const paragraphs = [];
    const paragraphCount = 3 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphCount; p++) {
      paragraphs.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(sentences)).join(' '));
    }
    if (rand() < 0.3) paragraphs.push(`- ${pick(sentences)}\n- ${pick(sentences)}\n- ${pick(sentences)}`);
    if (rand() < 0.2) paragraphs.push(`:::for{segment=${pick(SEGMENTS)}}\n${pick(sentences)}\n:::`);
    if (i > 0 && rand() < 0.2) paragraphs.push(`Lees ook [het vorige bericht](../${year}/bericht-${i - 1}.md).`);
    if (rand() < 0.1) paragraphs.push('```\ncode blijft buiten de leesbaarheid\n```');
    const md = [
      '---',
      `title: Bericht ${i} over ${en ? 'the new app' : 'de nieuwe werkwijze'}`,
      `date: ${ymd}T09:${String(i % 60).padStart(2, '0')}`,
      `audience: ${audience}`,
      `goal: doel-${i % 12}`,
      `kind: ${kind}`,
      ...(en ? ['lang: en'] : []),
      `why: ${en ? 'You will plan your own shifts without calling the planner.' : 'Je regelt straks zelf je diensten, zonder de planner te bellen.'}`,
      'cta:',
      `  text: ${en ? 'Install the app and log in once' : 'Installeer de app en log één keer in'}`,
      '  url: https://intranet.example/app',
      ...(kind === 'change' ? [`effective: ${new Date(date.getTime() + 30 * 86_400_000).toISOString().slice(0, 10)}`] : []),
      ...(kind === 'change' || kind === 'dialogue' ? ['feedback: https://intranet.example/vragen'] : []),
      ...(rand() < 0.3 ? [`campaign: campagne-${i % 6}`] : []),
      `tags: [${pick(['app', 'veiligheid', 'rooster', 'team'])}]`,
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    const folder = path.join(dir, 'content', year);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `bericht-${i}.md`), md);
  }
}
