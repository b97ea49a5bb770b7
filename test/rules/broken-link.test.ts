import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';

const FILE = 'content/2026/roosterapp.md';
const KICK_OFF = 'content/2026/kick-off.md';
const OTHER = { [KICK_OFF]: message({ date: '2026-01-12T09:00', audience: '[kantoor]' }), 'content/2026/rooster.png': 'png' };
// message() without kind or extra: the body starts on line 11.
const withBody = (...lines: string[]) => ({ ...OTHER, [FILE]: message({ body: lines.join('\n') }) });

describe('broken-link', () => {
  it('reports a link to a message that does not exist, at the link, with the nearest file', async () => {
    const diagnostics = await check(withBody('Vanaf maart staat je rooster in de app.', '', 'Lees ook het [eerdere bericht](./kickoff.md).'));
    expect(diagnostics).toMatchObject([{ ruleId: 'broken-link', severity: 'error', file: FILE, line: 13, column: 14, suggestion: 'kick-off.md' }]);
    expect(diagnostics[0]!.message).toBe('The link "./kickoff.md" points to content/2026/kickoff.md, which does not exist; did you mean "kick-off.md"?');
  });

  it('does not suggest the message itself', async () => {
    const diagnostics = await check({ 'content/2026/a.md': message({ body: 'Zie [het vervolg](./b.md).' }) });
    expect(only(diagnostics, 'broken-link')).toMatchObject([
      { line: 11, column: 5, message: 'The link "./b.md" points to content/2026/b.md, which does not exist.' },
    ]);
    expect(diagnostics[0]!.suggestion).toBeUndefined();
  });

  it('reports an image that does not exist', async () => {
    const diagnostics = await check(withBody('![Het nieuwe rooster](./roster.png)'));
    expect(diagnostics).toMatchObject([
      { ruleId: 'broken-link', line: 11, column: 1, message: expect.stringMatching(/^The image "\.\/roster\.png" points to content\/2026\/roster\.png, which does not exist/) },
    ]);
  });

  it('accepts links and images that exist, with an anchor, a query or percent-encoding', async () => {
    const files = {
      ...withBody(
        'Lees ook het [eerdere bericht](./kick-off.md#planning) en [de folder](../folders/roosterapp%20uitleg.pdf?v=2).',
        '',
        '![Het nieuwe rooster](rooster.png)',
        '',
        'Zie ook [het jaaroverzicht][jaar].',
        '',
        '[jaar]: ../2025/jaaroverzicht.md',
      ),
      'content/folders/roosterapp uitleg.pdf': 'pdf',
      'content/2025/jaaroverzicht.md': message({ date: '2025-12-15T09:00', audience: 'all', goal: 'veilig-werken' }),
    };
    expect(only(await check(files), 'broken-link')).toEqual([]);
  });

  it('reports a broken reference-style link once, where the reader sees the link', async () => {
    const diagnostics = await check(withBody('Zie [het jaaroverzicht][jaar].', '', '[jaar]: ../2025/jaaroverzicht.md'));
    expect(only(diagnostics, 'broken-link')).toMatchObject([{ line: 11, column: 5, message: expect.stringContaining('"../2025/jaaroverzicht.md"') }]);
  });

  it('reports links that leave content/', async () => {
    const diagnostics = await check(withBody('Zie [het plan](../../plans/plan.yaml).'));
    expect(only(diagnostics, 'broken-link')).toMatchObject([
      { line: 11, column: 5, message: 'The link "../../plans/plan.yaml" points outside content/, so the site cannot include it.' },
    ]);
  });

  it('leaves web, mail, in-page and site-root links alone', async () => {
    const diagnostics = await check(
      withBody('Zie [het intranet](https://intranet.example/x.md), [mail ons](mailto:comms@example.nl), [boven](#boven) en [het archief](/archive/).'),
    );
    expect(only(diagnostics, 'broken-link')).toEqual([]);
  });

  it('checks raw HTML images and links too', async () => {
    const diagnostics = await check(withBody('Zo: <img src="./weg.png" alt="Een rooster"> en <a href="./kick-off.md">het begin</a>.'));
    expect(only(diagnostics, 'broken-link')).toMatchObject([{ line: 11, column: 5, message: expect.stringContaining('"./weg.png"') }]);
  });

  it('checks the front-matter image, cta link and feedback link', async () => {
    const text = message({
      kind: 'dialogue',
      cta: 'cta:\n  text: Lees de uitleg over de app\n  url: ./uitleg.md',
      extra: 'feedback: ../vragen/roosterapp.md\nimage: {src: ./foto.jpg, alt: Een chauffeur met de app}',
    });
    const diagnostics = await check({ ...OTHER, [FILE]: text });
    expect(only(diagnostics, 'broken-link').map((d) => [d.line, d.column])).toEqual([
      [10, 8], // cta.url
      [11, 11], // feedback
      [12, 14], // image src
    ]);
  });

  it('reports a file the site could not publish because the site writes its own file there', async () => {
    const files = {
      ...withBody(
        'Zie [de feed](../feed.xml) en [de stijl](../STYLE.CSS).',
        '',
        '![Een kaart](../segments/kaart.png)',
        '',
        'Of [de oude pagina](./kick-off/index.html).',
      ),
      'content/feed.xml': '<feed/>',
      'content/STYLE.CSS': 'body {}',
      'content/segments/kaart.png': 'png',
      'content/2026/kick-off/index.html': '<p>oud</p>',
    };
    expect(only(await check(files), 'broken-link')).toMatchObject([
      {
        severity: 'error',
        line: 11,
        column: 5,
        message: 'The link "../feed.xml" points to content/feed.xml, which would be published at /feed.xml, where the site writes its own feed.xml; move or rename the file.',
      },
      { line: 11, column: 31, message: expect.stringContaining('at /STYLE.CSS, where the site writes its own style.css;') },
      { line: 13, column: 1, message: expect.stringContaining('"../segments/kaart.png" points to content/segments/kaart.png, which would be published at /segments/kaart.png, inside /segments/, where the site writes its own pages;') },
      { line: 15, column: 4, message: expect.stringContaining('at /2026/kick-off/index.html, where the page of the message /2026/kick-off/ goes;') },
    ]);
  });

  it('reports a page or script a browser would run, which the site never publishes', async () => {
    const files = {
      ...withBody('Zie [de bijlage](./bijlage.HTML) en de kaart:', '', '![De plattegrond](./plattegrond.svg)', '', '<a href="./kaart.xhtml">kaart</a>'),
      'content/2026/bijlage.HTML': '<script>alert(1)</script>',
      'content/2026/plattegrond.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'content/2026/kaart.xhtml': '<html/>',
    };
    const found = only(await check(files), 'broken-link');
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [11, 5],
      [13, 1],
      [15, 1],
    ]);
    expect(found[0]!.message).toBe(
      'The link "./bijlage.HTML" points to content/2026/bijlage.HTML, which would be published at /2026/bijlage.HTML, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .html files, which a browser or web server might run as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    );
    expect(found[1]!.message).toBe(
      'The image "./plattegrond.svg" points to content/2026/plattegrond.svg, which would be published at /2026/plattegrond.svg, but herald cannot publish that SVG: it has an event handler attribute (onload=), and a browser opening it on the site\'s address could run it as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    );
  });

  it('reports a file of a type the site does not publish, with a type a server would run anywhere in its name, or without a type', async () => {
    const files = {
      ...withBody('Zie [de foto](./foto.php.jpg), [het script](./tool.js), [de notitie](./LEESMIJ) en [de taal](./bijlage.html.nl).'),
      'content/2026/foto.php.jpg': 'jpg',
      'content/2026/tool.js': 'alert(1)',
      'content/2026/LEESMIJ': 'tekst',
      'content/2026/bijlage.html.nl': '<script>alert(1)</script>',
    };
    expect(only(await check(files), 'broken-link').map((d) => d.message.replace(/^.*?, but /, 'but ').replace(/; link to it.*$/, ''))).toEqual([
      'but herald does not publish a file with .php in its name: a web server could run it or serve it as a page of the site',
      'but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .js files, which a browser or web server might run as part of the site',
      'but herald publishes only files with a type it knows (such as .png, .pdf, .docx, .mp4), and this one has none',
      'but herald does not publish a file with .html in its name: a web server could run it or serve it as a page of the site',
    ]);
  });

  it('accepts images (SVG drawings too), PDFs and office files beside a message, even in its page folder', async () => {
    const files = {
      ...withBody('Zie [de folder](./kick-off/uitleg.pdf), [het rooster](../rooster.xlsx), [het logo](../logo.png) en ![de kaart](../kaart.svg).'),
      'content/kaart.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Kaart</title><rect width="10" height="10"/></svg>',
      'content/2026/kick-off/uitleg.pdf': 'pdf',
      'content/rooster.xlsx': 'xlsx',
      'content/logo.png': 'png',
    };
    expect(only(await check(files), 'broken-link')).toEqual([]);
  });

  it('follows the plan and the message settings', async () => {
    const broken = withBody('Lees het [eerdere bericht](./kickoff.md).');
    expect(only(await check(broken, `${PLAN}rules:\n  broken-link: warn\n`), 'broken-link')).toMatchObject([{ severity: 'warning' }]);
    expect(only(await check(broken, `${PLAN}rules:\n  broken-link: off\n`), 'broken-link')).toEqual([]);
    expect(only(await check(withBody('<!-- herald-disable-next-line broken-link -->', 'Lees het [eerdere bericht](./kickoff.md).')), 'broken-link')).toEqual([]);
  });
});
