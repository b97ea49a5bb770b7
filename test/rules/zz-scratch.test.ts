import { it } from 'vitest';
import { check, message, PLAN } from '../helpers/project.js';
const show = (ds: { file: string; line: number; column: number; severity: string; ruleId: string; message: string }[]) =>
  console.log(ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`).join('\n') || '(none)');
it('scratch', async () => {
  show(await check({ 'content/2026/a.md': message({ title: '"Unlocked: unlock je rooster"', why: 'Het is exclusief, echt exclusief en nog eens exclusief voor jou.' }) }));
  show(await check({ 'content/2026/a.md': message({ why: '>-\n  Je ruilt straks zelf diensten met collega\'s. Nu of\n  nooit!! Exclusief.' }) }));
  show(await check({ 'content/2026/a.md': message({ body: 'Dit is EXCLUSIEF. De UNICEF-actie en COVID-19 en de BOVAG-garantie. SUPER-GRATIS.' }) }));
  show(await check({ 'content/2026/a.md': message({ audience: '[all, magazjin]' }) }));
  show(await check({ 'content/2026/a.md': message({ extra: 'campaign: invoering' }) }));
  show(await check({ 'content/2026/a.md': message({ cta: 'cta:\n  text: Lees het plan\n  url: javascript:alert(1)' }) }));
  show(await check({ 'content/2026/a.md': message({ why: '42' }) }));
  show(await check({ 'content/2026/a.md': message({ title: 'Roosterapp: [nieuw' }) }));
  show(await check({ 'content/2026/a.md': '---js\nmodule.exports = {}\n---\nTekst.\n' }));
  show(await check({ 'content/2026/a.md': 'Geen front-matter.\n' }));
  show(await check({ 'content/2026/a.md': message({ body: 'Tekst <img src="./weg.png" alt="Weg"> en <a href="../2025/oud.md">oud</a>.\n\n<p>\n  <img src="./ook-weg.png" alt="x">\n</p>' }), 'content/2025/oud.md': message({date: '2025-12-01T09:00'}) }));
});
