import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build.js';
import { buildOptions } from '../helpers/build.js';
import { get, startDev } from '../helpers/dev.js';
import { herald, makeProject, message, PLAN } from '../helpers/project.js';

/** PLAN with `site.brand` (YAML lines, indented under `brand:`). */
function planWithBrand(...lines: string[]): string {
  return PLAN.replace('  timezone: Europe/Amsterdam\n', `  timezone: Europe/Amsterdam\n  brand:\n${lines.map((l) => `    ${l}\n`).join('')}`);
}

/** The line of the plan (1-based) that holds `text`. */
function lineOf(plan: string, text: string): number {
  return plan.split('\n').findIndex((l) => l.includes(text)) + 1;
}

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0a4f96"/></svg>\n';
const HOSTILE_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="4" height="4"/></svg>\n';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; messageId: string; message: string; line: number; column: number; data: Record<string, unknown> }[];
}

/** `herald check --format json` on a project: the plan's findings, and the exit code. */
function checkPlan(root: string, lang: 'nl' | 'en') {
  const result = herald(['check', '--root', root, '--format', 'json', '--lang', lang]);
  const files = JSON.parse(result.stdout) as JsonResult[];
  const plan = files.find((f) => f.filePath.endsWith(path.join('plans', 'plan.yaml')));
  return { code: result.code, findings: plan?.messages ?? [] };
}

describe('site.brand: plan errors (herald check)', () => {
  it('refuses a colour that does not reach 4.5:1, at the colour, with the ratio and a darker shade that does, in nl and en', () => {
    const plan = planWithBrand("color: '#ff6600'");
    const root = makeProject({ 'content/2026/a.md': message() }, plan);
    const en = checkPlan(root, 'en');
    expect(en.code).toBe(1);
    expect(en.findings).toHaveLength(1);
    const [finding] = en.findings;
    expect(finding).toMatchObject({ ruleId: 'plan-schema', messageId: 'color-contrast', line: lineOf(plan, "color: '#ff6600'"), column: 12 });
    expect(finding!.data).toMatchObject({ color: '#ff6600', ratio: '2.57', minimum: '4.5', against: 'variant' });
    const suggestion = finding!.data.darker as string;
    expect(suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(finding!.message).toBe(
      `The brand colour #ff6600 reaches only 2.57:1 on the light blue of segment blocks (#e9f1fb), and links and buttons need at least 4.5:1 to be read. Choose a darker colour, for example ${suggestion} (the same hue, just dark enough).`,
    );
    const nl = checkPlan(root, 'nl');
    expect(nl.findings[0]!.message).toBe(
      `Kies een donkerder kleur, bijvoorbeeld ${suggestion} (dezelfde kleur, net donker genoeg). De merkkleur #ff6600 haalt maar 2.57:1 op het lichtblauw van de blokken per doelgroep (#e9f1fb). Links en knoppen hebben minstens 4.5:1 nodig om leesbaar te zijn.`,
    );
    // The suggestion itself passes.
    const fixed = makeProject({ 'content/2026/a.md': message() }, planWithBrand(`color: '${suggestion}'`));
    expect(checkPlan(fixed, 'en')).toEqual({ code: 0, findings: [] });
  });

  it('says to quote a colour that YAML read as a comment, and names a colour that is no hex', () => {
    const unquoted = planWithBrand('color: #0a4f96');
    const root = makeProject({ 'content/2026/a.md': message() }, unquoted);
    const { findings } = checkPlan(root, 'en');
    expect(findings.map((f) => [f.messageId, f.line])).toEqual([['color-quotes', lineOf(unquoted, 'color: #0a4f96')]]);
    expect(findings[0]!.message).toContain('Put the colour in quotes, like color: "#0a4f96"');
    const named = planWithBrand('color: rebeccapurple');
    const other = checkPlan(makeProject({ 'content/2026/a.md': message() }, named), 'nl');
    expect(other.findings.map((f) => [f.messageId, f.line, f.message])).toEqual([
      ['hex-color', lineOf(named, 'rebeccapurple'), 'Schrijf "site.brand.color" als kleur met #rrggbb of #rgb, zoals "#0a4f96".'],
    ]);
  });

  it('refuses a logo that does not exist, at its line, in nl and en', () => {
    const plan = planWithBrand("color: '#0a4f96'", 'logo: assets/logo.svg');
    const root = makeProject({ 'content/2026/a.md': message() }, plan);
    const en = checkPlan(root, 'en');
    expect(en.code).toBe(1);
    expect(en.findings.map((f) => [f.messageId, f.line, f.column])).toEqual([['logo-missing', lineOf(plan, 'logo:'), 11]]);
    expect(en.findings[0]!.message).toBe(
      'The logo "assets/logo.svg" does not exist. Check the name, or put the file there; the path starts at the project folder, like "assets/logo.svg".',
    );
    expect(checkPlan(root, 'nl').findings[0]!.message).toBe(
      'Controleer de naam van het logo, of zet het bestand op die plek: "assets/logo.svg" bestaat niet. Het pad begint bij de projectmap, zoals "assets/logo.svg".',
    );
  });

  it('refuses an SVG logo with a script as it refuses such an SVG in the content, and never publishes it, even with --no-check', async () => {
    const plan = planWithBrand('logo: assets/logo.svg');
    const root = makeProject({ 'content/2026/a.md': message(), 'assets/logo.svg': HOSTILE_SVG }, plan);
    const en = checkPlan(root, 'en');
    expect(en.findings.map((f) => [f.messageId, f.line, f.data.hazard, f.data.element])).toEqual([
      ['logo-unsafe-svg', lineOf(plan, 'logo:'), 'svg-element', 'script'],
    ]);
    expect(en.findings[0]!.message).toBe(
      'herald cannot publish the logo "assets/logo.svg": it has a <script> element, and a browser could run it as part of the site. Export the logo again as a plain SVG drawing, or as PNG.',
    );
    expect(checkPlan(root, 'nl').findings[0]!.message).toBe(
      'Exporteer het logo opnieuw als gewone SVG-tekening, of als PNG. herald kan "assets/logo.svg" niet publiceren: het heeft een element <script>, en een browser kan het uitvoeren als deel van de site.',
    );
    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    expect(existsSync(path.join(root, 'site/brand'))).toBe(false);
    expect(readFileSync(path.join(root, 'site/index.html'), 'utf8')).not.toContain('site-logo');
  });

  it('refuses a path out of the project (.., absolute, a symlink out), a hidden file and a file that is no image', () => {
    // Another temp project (removed after the test): a file outside this one.
    const outside = path.join(makeProject({ 'secret.png': 'not really a png' }, false), 'secret.png');
    const cases: [string, string][] = [
      ['logo: ../../etc/passwd.png', 'logo-outside'],
      ['logo: assets/../../x.svg', 'logo-outside'],
      [`logo: ${outside}`, 'logo-absolute'],
      ['logo: /etc/passwd', 'logo-absolute'],
      ['logo: assets/link.png', 'logo-outside'],
      ['logo: .env.png', 'logo-type'],
      ['logo: plans/plan.yaml', 'logo-type'],
      ['logo: assets', 'logo-type'],
      ['logo: assets/', 'logo-type'],
      ["logo: '.'", 'logo-type'],
      ['logo: assets/dir.png', 'logo-not-a-file'],
    ];
    for (const [line, messageId] of cases) {
      const plan = planWithBrand(line);
      const root = makeProject({ 'content/2026/a.md': message(), '.env.png': 'SECRET=1', 'assets/dir.png/x': '' }, plan);
      symlinkSync(outside, path.join(root, 'assets/link.png'));
      const { code, findings } = checkPlan(root, 'en');
      expect(code, line).toBe(1);
      expect(
        findings.map((f) => [f.messageId, f.line]),
        line,
      ).toEqual([[messageId, lineOf(plan, 'logo:')]]);
    }
    const nl = checkPlan(makeProject({ 'content/2026/a.md': message() }, planWithBrand('logo: ../../etc/passwd.png')), 'nl');
    expect(nl.findings[0]!.message).toBe(
      'Kopieer het logo naar het project en schrijf het pad vanaf de projectmap, zoals "assets/logo.svg". Het logo "../../etc/passwd.png" staat buiten de projectmap, en herald publiceert alleen bestanden uit het project.',
    );
  });
});

describe('site.brand: the built site', () => {
  it('shows the logo in the header, copies it into the site, and sets the accent as custom properties, light and dark', async () => {
    const plan = planWithBrand("color: '#1D7436'", 'logo: assets/logo.svg', 'alt: Vervoer Oost');
    const root = makeProject({ 'content/2026/a.md': message(), 'assets/logo.svg': LOGO_SVG }, plan);
    expect(checkPlan(root, 'en')).toEqual({ code: 0, findings: [] });
    const result = await buildSite(buildOptions(root));
    expect(result.built).toBe(true);
    expect(readFileSync(path.join(root, 'site/brand/logo.svg'), 'utf8')).toBe(LOGO_SVG);
    const home = readFileSync(path.join(root, 'site/index.html'), 'utf8');
    // has-logo: the logo is the mark before the title, in place of the favicon's.
    expect(home).toContain('<a class="site-title has-logo" href="./"><img class="site-logo" src="./brand/logo.svg" alt="Vervoer Oost"> Testnieuws</a>');
    const page = readFileSync(path.join(root, 'site/2026/a/index.html'), 'utf8');
    expect(page).toContain('<img class="site-logo" src="../../brand/logo.svg" alt="Vervoer Oost">');
    const css = readFileSync(path.join(root, 'site/style.css'), 'utf8');
    const brand = css.slice(css.indexOf('site.brand (written by herald'));
    expect(brand).toMatch(/:root \{\n {2}--link: #1d7436;\n {2}--accent: #1d7436;\n {2}--on-accent: #ffffff;/);
    expect(brand).toMatch(/@media \(prefers-color-scheme: dark\) \{\n {2}:root \{\n {4}--link: #[0-9a-f]{6};/);
    // The header band and the chips follow the brand; so does the favicon.
    expect(brand).toMatch(/:root \{[^}]*--header-bg: #1d7436;\n {2}--header-text: #ffffff;\n {2}--chip-text: #1d7436;/);
    expect(readFileSync(path.join(root, 'site/favicon.svg'), 'utf8')).toContain('fill="#1d7436"');
    // Only `#rrggbb` values: nothing of the plan's text.
    for (const value of brand.matchAll(/--[a-z-]+: ([^;]*);/g)) expect(value[1]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives a logo without alt an empty alt (the site title beside it names the link), and writes no brand CSS without a colour', async () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'assets/logo.png': 'png bytes' }, planWithBrand('logo: assets/logo.png'));
    await buildSite(buildOptions(root));
    expect(readFileSync(path.join(root, 'site/index.html'), 'utf8')).toContain('<img class="site-logo" src="./brand/logo.png" alt=""> Testnieuws</a>');
    expect(readFileSync(path.join(root, 'site/brand/logo.png'), 'utf8')).toBe('png bytes');
    expect(readFileSync(path.join(root, 'site/style.css'), 'utf8')).not.toContain('site.brand (written by herald');
  });

  it('escapes the alt text like every value from the plan', async () => {
    const root = makeProject(
      { 'content/2026/a.md': message(), 'assets/logo.png': 'png' },
      planWithBrand('logo: assets/logo.png', `alt: '"><script>alert(1)</script>'`),
    );
    await buildSite(buildOptions(root));
    const home = readFileSync(path.join(root, 'site/index.html'), 'utf8');
    expect(home).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"> Testnieuws');
    expect(home).not.toContain('<script>alert(1)');
  });

  it('builds with the default accent when --no-check lets a failing colour through', async () => {
    const root = makeProject({ 'content/2026/a.md': message() }, planWithBrand("color: '#ffff00'"));
    expect((await buildSite(buildOptions(root))).built).toBe(false);
    const result = await buildSite(buildOptions(root, { check: false }));
    expect(result.built).toBe(true);
    expect(readFileSync(path.join(root, 'site/style.css'), 'utf8')).not.toContain('site.brand (written by herald');
  });

  it('keeps content files out of the folder the logo is published in', () => {
    const root = makeProject({
      'content/2026/a.md': message({ body: 'Bekijk ![het logo](../brand/logo.png) van vandaag. Je ziet hoe het eruitziet.' }),
      'content/brand/logo.png': 'png',
    });
    const en = JSON.parse(herald(['check', '--root', root, '--format', 'json', '--lang', 'en']).stdout) as JsonResult[];
    const findings = en.flatMap((f) => f.messages).filter((m) => m.ruleId === 'broken-link');
    expect(findings.map((f) => f.messageId)).toEqual(['image-site-own-pages']);
  });
});

describe('site.brand in herald dev', () => {
  it('serves the logo at the path a build writes it to, and never a hostile one', async () => {
    const root = makeProject({ 'content/2026/a.md': message(), 'assets/logo.svg': LOGO_SVG }, planWithBrand('logo: assets/logo.svg'));
    const dev = await startDev(root, ['--no-search']);
    const logo = await get(dev.url, '/brand/logo.svg');
    expect(logo).toMatchObject({ status: 200, type: 'image/svg+xml', body: LOGO_SVG });
    expect((await get(dev.url, '/')).body).toContain('<img class="site-logo" src="./brand/logo.svg" alt="">');
    // Made hostile after the plan was read (assets/ is not watched): no longer served.
    writeFileSync(path.join(root, 'assets/logo.svg'), HOSTILE_SVG);
    expect((await get(dev.url, '/brand/logo.svg')).status).toBe(404);
    dev.child.kill('SIGINT');
    await dev.exited;

    const hostile = makeProject({ 'content/2026/a.md': message(), 'assets/logo.svg': HOSTILE_SVG }, planWithBrand('logo: assets/logo.svg'));
    const bad = await startDev(hostile, ['--no-search']);
    expect((await get(bad.url, '/brand/logo.svg')).status).toBe(404);
    expect((await get(bad.url, '/')).body).not.toContain('site-logo');
    bad.child.kill('SIGINT');
    await bad.exited;
  }, 120_000);
});
