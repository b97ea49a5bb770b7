import { it } from 'vitest';
import { check, message, PLAN } from '../helpers/project.js';
const show = (ds: { file: string; line: number; column: number; severity: string; ruleId: string; message: string }[]) =>
  console.log(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`).join('\n') || '(none)');
it('scratch', async () => {
  show(await check({ 'content/2026/a.md': '---\ntitle: Nieuwe roosterapp\ndate: 2026-02-02T09:00\naudience: [magazijn, chauffeurs\ngoal: roosterapp\n---\nTekst.\n' }));
  show(await check({ 'content/2026/a.md': '---\ntitle: "Nieuwe roosterapp\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\n---\nTekst.\n' }));
  show(await check({ 'content/2026/a.md': '---\ntitle: Nieuwe roosterapp\ndate: 2026-02-02T09:00\n  audience: [magazijn]\ngoal: roosterapp\n---\nTekst.\n' }));
  show(await check({ 'content/2026/a.md': '---\ntitle: Nieuwe roosterapp\ndate: 2026-02-02T09:00\naudience: [magazijn]\ngoal: roosterapp\nwhy:\ncta:\n---\nTekst.\n' }));
  show(await check({ 'content/2026/a.md': message({ extra: 'cta2: x' }).replace('cta:\n  text', 'cta:\n  txt') }));
  const dense = 'De implementatie van het geïntegreerde personeelsplanningssysteem wordt gefaseerd gerealiseerd. De organisatorische consequenties worden geëvalueerd door de betreffende afdelingsmanagers. Medewerkers ontvangen tijdig aanvullende communicatieve ondersteuning.';
  show(await check({ 'content/2026/a.md': message({ body: 'Vanaf maart staat je rooster in de app.\n\n' + dense }) }));
  show(await check({ 'content/2026/a.md': message({ body: 'Vanaf maart staat je rooster in de app.\n\n' + dense.split('. ').join('.\n') }) }));
  show(await check({ 'content/2026/a.md': message({ audience: '[kantoor]', body: 'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en wanneer je een dienst kunt ruilen.' }) }));
  show(await check({ 'content/2026/a.md': message({ audience: '[magazijn, kantoor]', body: 'In de app zie je welke diensten je hebt en met welke collega je samen werkt en wanneer je vrij bent en wanneer je een dienst kunt ruilen.' }) }));
});
