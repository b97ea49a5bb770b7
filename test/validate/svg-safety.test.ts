import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgHazard } from '../../src/validate/svg-safety.js';

const drawing = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${inner}</svg>`;

describe('svgHazard', () => {
  it('passes the drawings of the bundled example and what editors export', () => {
    for (const file of ['content/2026/nieuwe-scanners.svg', 'content/2026/klanttafel-plattegrond.svg']) {
      expect(svgHazard(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')), file).toBeUndefined();
    }
    expect(
      svgHazard(
        `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Created with Inkscape -->\n` +
          drawing('<style>.a{fill:#1f5f4a}</style><a href="https://intranet.example/">x</a><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><text>Q&amp;A &lt;3</text><use href="#t"/>'),
      ),
    ).toBeUndefined();
  });

  it('finds what could run, load a page or hide a link', () => {
    const cases: [string, string][] = [
      [drawing('<script>alert(1)</script>'), 'has a <script> element'],
      [drawing('<svg:script>alert(1)</svg:script>'), 'has a <script> element'],
      [drawing('<foreignObject><iframe src="https://x"></iframe></foreignObject>'), 'has a <foreignobject> element'],
      [drawing('<a href="#"><set attributeName="href" to="javascript:alert(1)"/>x</a>'), 'has a <set> element'],
      [drawing('<animate attributeName="href" values="javascript:alert(1)"/>'), 'has a <animate> element'],
      ['<svg onload="alert(1)"/>', 'has an event handler attribute (on…=)'],
      [drawing('<rect xlink:onclick = "alert(1)"/>'), 'has an event handler attribute (on…=)'],
      [drawing('<a href="java\tscript:alert(1)">x</a>'), 'has a javascript: link'],
      [drawing('<a xlink:href=" JAVASCRIPT:alert(1)">x</a>'), 'has a javascript: link'],
      [drawing('<a href="&#106;avascript:alert(1)">x</a>'), 'has character references (&#…;)'],
      ['<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]>' + drawing('<a href="&x;">x</a>'), 'has a DOCTYPE or entity declaration'],
      ['<?xml-stylesheet href="x.xsl" type="text/xsl"?>' + drawing(''), 'loads a style sheet'],
      [drawing('<image href="data:text/html,&lt;script&gt;"/>'), 'embeds a data: document'],
      [drawing('<use href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'embeds a data: document'],
      [drawing('<style>@import url(https://x/y.css);</style>'), 'has a style sheet that loads or runs something'],
    ];
    for (const [svg, hazard] of cases) expect(svgHazard(svg), svg).toBe(hazard);
  });
});
