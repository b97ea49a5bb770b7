import { describe, expect, it } from 'vitest';
import { check, message, only, PLAN } from '../helpers/project.js';
import { positionOf } from '../helpers/stages.js';

const FILE = 'content/2026/roosterapp.md';
const KICK_OFF = 'content/2026/kick-off.md';
const OTHER = { [KICK_OFF]: message({ date: '2026-01-12T09:00', audience: '[kantoor]' }), 'content/2026/rooster.png': 'png' };
// message() without kind or extra: the body starts on line 11.
const withBody = (...lines: string[]) => ({ ...OTHER, [FILE]: message({ body: lines.join('\n') }) });
const at = (files: Record<string, string>, needle: string, file = FILE) => positionOf(files[file]!, needle);

describe('broken-link', () => {
  it('reports a link to a message that does not exist, at the link, with the nearest file', async () => {
    const files = withBody('Vanaf maart staat je rooster in de app.', '', 'Lees ook het [eerdere bericht](./kickoff.md).');
    expect(await check(files)).toMatchObject([
      {
        ruleId: 'broken-link',
        messageId: 'link-target-missing',
        data: { url: './kickoff.md', target: 'content/2026/kickoff.md' },
        expected: ['kick-off.md'],
        severity: 'error',
        file: FILE,
        ...at(files, '[eerdere bericht]'),
      },
    ]);
  });

  it('does not suggest the message itself', async () => {
    const text = message({ body: 'Zie [het vervolg](./b.md).' });
    const diagnostics = await check({ 'content/2026/a.md': text });
    expect(only(diagnostics, 'broken-link')).toMatchObject([
      { messageId: 'link-target-missing', data: { url: './b.md', target: 'content/2026/b.md' }, ...positionOf(text, '[het vervolg]') },
    ]);
    expect(diagnostics[0]!.expected).toBeUndefined();
  });

  it('reports an image that does not exist', async () => {
    const files = withBody('![Het nieuwe rooster](./roster.png)');
    expect(await check(files)).toMatchObject([
      { ruleId: 'broken-link', messageId: 'image-target-missing', data: { url: './roster.png', target: 'content/2026/roster.png' }, ...at(files, '![Het') },
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
    const files = withBody('Zie [het jaaroverzicht][jaar].', '', '[jaar]: ../2025/jaaroverzicht.md');
    expect(only(await check(files), 'broken-link')).toMatchObject([
      { messageId: 'link-target-missing', data: { url: '../2025/jaaroverzicht.md' }, ...at(files, '[het jaaroverzicht]') },
    ]);
  });

  it('reports links that leave content/', async () => {
    const files = withBody('Zie [het plan](../../plans/plan.yaml).');
    expect(only(await check(files), 'broken-link')).toMatchObject([
      { messageId: 'link-outside-content', data: { url: '../../plans/plan.yaml' }, ...at(files, '[het plan]') },
    ]);
  });

  it('leaves web, mail, in-page and site-root links alone', async () => {
    const diagnostics = await check(
      withBody('Zie [het intranet](https://intranet.example/x.md), [mail ons](mailto:comms@example.nl), [boven](#boven) en [het archief](/archive/).'),
    );
    expect(only(diagnostics, 'broken-link')).toEqual([]);
  });

  it('leaves a link alone whose scheme is written in capitals (HTTPS:, Mailto:): the site keeps it', async () => {
    const diagnostics = await check(withBody('[De site](HTTPS://example.com/rooster) of [mail ons](Mailto:hr@example.com).'));
    expect(only(diagnostics, 'broken-link')).toEqual([]);
  });

  it('leaves phone and text-message links alone (the site keeps them)', async () => {
    const diagnostics = await check(withBody('[Bel de helpdesk](tel:+31201234567) of [stuur een sms](sms:+31612345678).'));
    expect(only(diagnostics, 'broken-link')).toEqual([]);
  });

  it('reports a body link whose protocol the site drops: javascript:, vbscript:, data:, an unknown one, in Markdown, references and raw HTML', async () => {
    const files = withBody(
      '[Klik](javascript:alert(1)) en [oud](vbscript:msgbox) en [plaatje](data:text/html;base64,PHA+) en [app](myapp:open).',
      '',
      'Zie [dit][x] en <a href="javascript:void(0)">dat</a>.',
      '',
      '[x]: javascript:go()',
    );
    const found = only(await check(files), 'broken-link').sort((a, b) => a.line - b.line || a.column - b.column);
    // The parser leaves javascript:, vbscript: and data: links (and their definitions) as text: the reader sees the Markdown.
    expect(found).toMatchObject([
      { messageId: 'unsafe-protocol', data: { url: 'javascript:alert(1)', protocol: 'javascript' }, ...at(files, '[Klik]') },
      { messageId: 'unsafe-protocol', data: { url: 'vbscript:msgbox', protocol: 'vbscript' }, ...at(files, '[oud]') },
      { messageId: 'unsafe-protocol', data: { url: 'data:text/html;base64,PHA+', protocol: 'data' }, ...at(files, '[plaatje]') },
      { messageId: 'unsafe-protocol', data: { url: 'myapp:open', protocol: 'myapp' }, ...at(files, '[app]') },
      { messageId: 'unsafe-protocol', data: { url: 'javascript:void(0)', protocol: 'javascript' }, ...at(files, '<a href') },
      { messageId: 'unsafe-protocol', data: { url: 'javascript:go()', protocol: 'javascript' }, ...at(files, '[x]:') },
    ]);
  });

  it('checks raw HTML images and links too', async () => {
    const files = withBody('Zo: <img src="./weg.png" alt="Een rooster"> en <a href="./kick-off.md">het begin</a>.');
    expect(only(await check(files), 'broken-link')).toMatchObject([{ messageId: 'image-target-missing', data: { url: './weg.png' }, ...at(files, '<img') }]);
  });

  it('checks the front-matter image, cta link and feedback link', async () => {
    const text = message({
      kind: 'dialogue',
      cta: 'cta:\n  text: Lees de uitleg over de app\n  url: ./uitleg.md',
      extra: 'feedback: ../vragen/roosterapp.md\nimage: {src: ./foto.jpg, alt: Een chauffeur met de app}',
    });
    const diagnostics = await check({ ...OTHER, [FILE]: text });
    expect(only(diagnostics, 'broken-link')).toMatchObject([
      { messageId: 'link-target-missing', data: { url: './uitleg.md' }, ...positionOf(text, './uitleg.md') },
      { messageId: 'link-target-missing', data: { url: '../vragen/roosterapp.md' }, ...positionOf(text, '../vragen') },
      { messageId: 'image-target-missing', data: { url: './foto.jpg' }, ...positionOf(text, './foto.jpg') },
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
        messageId: 'link-site-own-file',
        data: { url: '../feed.xml', target: 'content/feed.xml', sitePath: 'feed.xml', file: 'feed.xml' },
        ...at(files, '[de feed]'),
      },
      { messageId: 'link-site-own-file', data: { sitePath: 'STYLE.CSS', file: 'style.css' }, ...at(files, '[de stijl]') },
      {
        messageId: 'image-site-own-pages',
        data: { url: '../segments/kaart.png', target: 'content/segments/kaart.png', sitePath: 'segments/kaart.png', folder: 'segments' },
        ...at(files, '![Een kaart]'),
      },
      { messageId: 'link-message-page', data: { sitePath: '2026/kick-off/index.html', page: '/2026/kick-off/' }, ...at(files, '[de oude pagina]') },
    ]);
  });

  it('reports a page or script a browser would run, which the site never publishes', async () => {
    const files = {
      ...withBody('Zie [de bijlage](./bijlage.HTML) en de kaart:', '', '![De plattegrond](./plattegrond.svg)', '', '<a href="./kaart.xhtml">kaart</a>'),
      'content/2026/bijlage.HTML': '<script>alert(1)</script>',
      'content/2026/plattegrond.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'content/2026/kaart.xhtml': '<html/>',
    };
    expect(only(await check(files), 'broken-link')).toMatchObject([
      { messageId: 'link-unpublished-type', data: { url: './bijlage.HTML', sitePath: '2026/bijlage.HTML', extension: 'html' }, ...at(files, '[de bijlage]') },
      // The hazard is validate/svg-safety.ts's phrase.
      { messageId: 'image-unsafe-svg', data: { url: './plattegrond.svg', hazard: 'event-handler', attribute: 'onload' }, ...at(files, '![De plattegrond]') },
      { messageId: 'link-unpublished-type', data: { url: './kaart.xhtml', extension: 'xhtml' }, ...at(files, '<a href') },
    ]);
  });

  it('reports a file of a type the site does not publish, with a type a server would run anywhere in its name, or without a type', async () => {
    const files = {
      ...withBody('Zie [de foto](./foto.php.jpg), [het script](./tool.js), [de notitie](./LEESMIJ) en [de taal](./bijlage.html.nl).'),
      'content/2026/foto.php.jpg': 'jpg',
      'content/2026/tool.js': 'alert(1)',
      'content/2026/LEESMIJ': 'tekst',
      'content/2026/bijlage.html.nl': '<script>alert(1)</script>',
    };
    expect(only(await check(files), 'broken-link').map((d) => [d.messageId, d.data])).toEqual([
      ['link-active-inner-extension', { url: './foto.php.jpg', target: 'content/2026/foto.php.jpg', sitePath: '2026/foto.php.jpg', extension: 'php' }],
      ['link-unpublished-type', { url: './tool.js', target: 'content/2026/tool.js', sitePath: '2026/tool.js', extension: 'js' }],
      ['link-no-type', { url: './LEESMIJ', target: 'content/2026/LEESMIJ', sitePath: '2026/LEESMIJ' }],
      [
        'link-active-inner-extension',
        { url: './bijlage.html.nl', target: 'content/2026/bijlage.html.nl', sitePath: '2026/bijlage.html.nl', extension: 'html' },
      ],
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
    expect(only(await check(withBody('<!-- herald-disable-next-line broken-link -->', 'Lees het [eerdere bericht](./kickoff.md).')), 'broken-link')).toEqual(
      [],
    );
  });
});
