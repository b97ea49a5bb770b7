import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compose } from '../../src/messages/index.js';
import { svgHazard } from '../../src/validate/svg-safety.js';

const drawing = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${inner}</svg>`;

describe('svgHazard', () => {
  it('passes the drawings of the bundled example', () => {
    for (const file of ['content/2026/nieuwe-scanners.svg', 'content/2026/klanttafel-plattegrond.svg']) {
      expect(svgHazard(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')), file).toBeUndefined();
    }
  });

  it('passes what editors export: a DOCTYPE, editor namespaces, numeric references, embedded images, styles, links', () => {
    // The shapes of Illustrator, Graphviz and draw.io files, and of Inkscape's extra namespaces.
    const illustrator =
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0 -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      drawing(
        '<style type="text/css">.st0{fill:#1F5F4A;}</style><path class="st0" d="M0 0h10v10z"/><text x="1" y="5">Caf&#xE9; &#45; Bron/data: CBS&#10;</text>',
      );
    const inkscape =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" ' +
      'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" inkscape:version="1.3" sodipodi:docname="kaart.svg"><sodipodi:namedview inkscape:zoom="1"/>' +
      '<metadata><rdf:RDF/></metadata><g inkscape:label="Laag 1" inkscape:groupmode="layer"><rect width="1" height="1" style="fill:#fff;stroke:url(#grad)"/></g></svg>';
    const rich = drawing(
      '<defs><linearGradient id="g"><stop offset="0"/></linearGradient><filter id="f"><feGaussianBlur stdDeviation="1"/></filter></defs>' +
        '<a href="https://intranet.example/">x</a><a xlink:href="mailto:comms@example.nl">mail</a><use href="#t"/><use xlink:href="onderdelen.svg#hal"/>' +
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><text>Q&amp;A &lt;3 &quot;online&quot;</text>',
    );
    for (const svg of [illustrator, inkscape, rich]) expect(svgHazard(svg), svg).toBeUndefined();
  });

  it('finds what could run, load a page or hide a link, however it is written', () => {
    const cases: [string, RegExp][] = [
      [drawing('<script>alert(1)</script>'), /<script> element/],
      [drawing('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'), /<script> element/],
      // XML prefixes may use any letter.
      [drawing('<é:script xmlns:é="http://www.w3.org/2000/svg">alert(1)</é:script>'), /<script> element/],
      [drawing('<a·b:script xmlns:a·b="http://www.w3.org/1999/xhtml">alert(1)</a·b:script>'), /HTML or MathML <script> element/],
      [drawing('<h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/>'), /HTML or MathML <img> element/],
      [drawing('<foreignObject><div/></foreignObject>'), /<foreignObject> element/],
      [drawing('<a href="#"><set attributeName="href" to="javascript:alert(1)"/>x</a>'), /<set> element/],
      [drawing('<animate attributeName="href" values="javascript:alert(1)"/>'), /<animate> element/],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', /event handler attribute \(onload=\)/],
      [drawing('<rect xlink:ONCLICK="alert(1)"/>'), /event handler attribute/],
      [drawing('<a href="java\tscript:alert(1)">x</a>'), /link that is not http/],
      [drawing('<a xlink:href=" JAVASCRIPT:alert(1)">x</a>'), /link that is not http/],
      [drawing('<a href="&#106;avascript:alert(1)">x</a>'), /link that is not http/],
      ['<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]>' + drawing('<a href="&x;">x</a>'), /DOCTYPE with declarations/],
      [drawing('<a href="&x;">x</a>'), /not well-formed XML/],
      ['<?xml-stylesheet href="x.xsl" type="text/xsl"?>' + drawing(''), /loads a style sheet/],
      [drawing('<image href="data:text/html,x"/>'), /link that is not http/],
      [drawing('<use href="data:image/svg+xml;base64,PHN2Zz4="/>'), /link that is not http/],
      [drawing('<style>@import url(https://x/y.css);</style>'), /style sheet that loads or runs/],
      [drawing('<rect style="background:url(&quot;javascript:alert(1)&quot;)"/>'), /style that loads or runs/],
      // Bytes a browser would read in another encoding.
      ['\ufffd\ufffd<\u0000s\u0000v\u0000g\u0000', /not plain UTF-8/],
      ['<?xml version="1.0" encoding="ISO-2022-JP"?>' + drawing('<scr\u001b(Bipt/>'), /not plain UTF-8/],
      ['<?xml version="1.0" encoding="windows-1252"?>' + drawing(''), /declares the encoding windows-1252/],
    ];
    for (const [svg, hazard] of cases) {
      const found = svgHazard(svg);
      expect(found, svg).toBeDefined();
      // The data is what the sentence names; the sentence is the catalogue's.
      expect(compose('en', 'common', `svg-hazard-${found!.code}`, found!.data), svg).toMatch(hazard);
    }
  });
});
