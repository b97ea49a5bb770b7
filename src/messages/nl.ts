import type { Catalogue } from './catalogue.js';

/**
 * Dutch sentences, by rule id (or `common`) and message id: the same ids and
 * placeholders as en.ts (test/messages/catalogue.test.ts holds them to it).
 * Write them as herald asks writers to write: short sentences, B1 words, the
 * reader as "je", and what to do first. Rule ids, message ids, field names
 * (`why`, `cta.text`, `audience`) and example YAML stay as the writer types
 * them; so does the quoted text at fault.
 */
export const nl: Catalogue = {
  common: {
    // Wat een SVG tegenhoudt: "het bestand <zin>" (unsafe-svg van broken-link).
    'svg-hazard-unreadable': 'is niet te lezen ({{error}})',
    'svg-hazard-not-utf8': 'is geen gewone UTF-8-tekst',
    'svg-hazard-encoding': 'noemt de codering {{encoding}}, niet UTF-8',
    'svg-hazard-not-well-formed': 'is geen geldige XML ({{reason}})',
    'svg-hazard-doctype-declarations': 'heeft een DOCTYPE met eigen declaraties',
    'svg-hazard-style-sheet-instruction': 'laadt een stylesheet',
    'svg-hazard-html-element': 'heeft een HTML- of MathML-element <{{element}}>',
    'svg-hazard-svg-element': 'heeft een element <{{element}}>',
    'svg-hazard-event-handler': 'heeft een attribuut dat code start ({{attribute}}=)',
    'svg-hazard-unsafe-link': 'heeft een link die geen http(s), mailto of afbeelding is ({{attribute}}="{{value}}")',
    'svg-hazard-active-style': 'heeft een stijl die iets laadt of start',
    'svg-hazard-active-style-sheet': 'heeft een stylesheet die iets laadt of start',
    'internal-error': 'Meld dit als fout in herald: deze regel liep vast op dit bestand ({{reason}}).',
    'replace-with': 'Vervang door "{{expected}}".',
    // Een veld van de front-matter, het plan of de opties van een regel dat
    // niet klopt: `field` is het pad zoals het er staat (`segments[2].maxPerWeek`).
    'unknown-key':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de sleutel "{{key}}"{{#field}} in "{{field}}"{{/field}} niet.{{^expected}}{{#allowed}} Je kunt kiezen uit: {{allowed}}.{{/allowed}}{{/expected}}',
    required: 'Vul "{{field}}" in: dit veld is verplicht.',
    'invalid-type': 'Maak van "{{field}}" {{type:type}}. Nu staat er {{actual:value}}.',
    'invalid-value': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Kies voor "{{field}}" uit: {{options}}. Nu staat er {{actual:value}}.',
    'too-small-array': 'Zet minstens {{minimum}} {{minimum|item|items}} in "{{field}}".',
    empty: 'Vul "{{field}}" in: het mag niet leeg zijn.',
    'too-small': 'Maak "{{field}}" minstens {{minimum}}.',
    'too-big': 'Maak "{{field}}" hoogstens {{maximum}}.',
    'unexpected-form': 'Kijk "{{field}}" na: herald verwacht daar iets anders. Nu staat er {{actual:value}}.',
    'kebab-case': 'Schrijf "{{field}}" in kleine letters met streepjes, zoals "office-staff".',
    'slug-kebab-case': 'Schrijf "{{field}}" in kleine letters met streepjes, zoals "nieuwe-roosterapp".',
    'date-format': 'Schrijf "{{field}}" als datum: JJJJ-MM-DD.',
    'real-date': 'Kies voor "{{field}}" een datum die echt bestaat.',
    'date-time-format': 'Schrijf "{{field}}" als datum of als datum en tijd: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM.',
    'real-date-time': 'Kies voor "{{field}}" een datum en tijd die echt bestaan.',
    url: 'Maak van "{{field}}" een http(s)- of mailto-adres, of een pad binnen het project.',
    'image-url': 'Maak van "{{field}}" een http(s)-adres of een pad binnen het project.',
    'time-zone': 'Kies voor "{{field}}" een IANA-tijdzone, zoals "Europe/Amsterdam".',
    'invalid-url': 'Schrijf een geldig adres in "{{field}}".',
    // TRANSITIONAL: `reason` is de eigen (Engelse) reden van zod.
    invalid: '"{{field}}" klopt niet: {{reason}}',
    // Wat een veld moet zijn (`{{type:type}}`) …
    'type-text': 'tekst',
    'type-number': 'een getal',
    'type-int': 'een heel getal',
    'type-boolean': 'true of false',
    'type-list': 'een lijst',
    'type-mapping': 'een lijst van sleutels met waarden',
    // … en wat het is (`{{actual:value}}`).
    'value-empty': 'niets',
    'value-missing': 'niets',
    'value-list': 'een lijst',
    'value-mapping': 'een lijst van sleutels met waarden',
    'value-text': '"{{value}}"',
    'value-number': 'het getal {{value}}',
    'value-other': '{{value}}',
  },
  'front-matter': {
    'unknown-rule-in-disable':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de regel "{{id}}" in lint.disable niet.{{^expected}} "herald rules" geeft alle regels.{{/expected}}',
    'not-yaml': 'Begin de front-matter met een regel met alleen "---". Nu staat er "{{language}}", maar het moet YAML zijn.',
    unclosed: 'Sluit de front-matter af: zet een regel met alleen "---" na het laatste veld.',
    'too-deep': 'Maak de front-matter minder diep: houd het bij een paar niveaus van velden en lijsten.',
    // TRANSITIONAL: `reason` is de eigen (Engelse) reden van de YAML-lezer.
    'yaml-error': 'De front-matter is geen geldige YAML: {{reason}}',
    unreadable: 'herald kan dit bestand niet lezen ({{reason}}).',
    'unreadable-too-deep': 'herald kan dit bestand niet lezen: het is te diep genest.',
    'not-a-mapping': 'Schrijf de front-matter als velden: "sleutel: waarde", één per regel.',
    'no-front-matter': 'Begin het bestand met een blok tussen twee regels "---", met title, date, audience en goal.',
    'unknown-field': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent het veld "{{key}}" niet.',
    'required-field': 'Voeg "{{key}}" toe aan de front-matter: dit veld is verplicht.',
  },
  'unknown-reference': {
    'unknown-segment': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het segment "{{id}}" staat niet in het plan.',
    'unknown-goal': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het doel "{{id}}" staat niet in het plan.',
    'unknown-campaign': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De campagne "{{id}}" staat niet in het plan.',
    'unknown-channel': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het kanaal "{{id}}" staat niet in het plan.',
    'for-without-segment': 'Zet een segment in dit :::for-blok: :::for{segment=<id van het segment>}.',
    'unknown-for-segment': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het segment "{{id}}" in een :::for-blok staat niet in het plan.',
  },
  'goal-inactive': {
    'before-goal': 'Kies een latere datum: op {{date}} is het doel "{{id}}" nog niet begonnen (dat is op {{from}}).',
    'after-goal': 'Kies een eerdere datum: op {{date}} is het doel "{{id}}" al voorbij (het liep tot {{until}}).',
    'before-campaign': 'Kies een latere datum: op {{date}} is de campagne "{{id}}" nog niet begonnen (dat is op {{from}}).',
    'after-campaign': 'Kies een eerdere datum: op {{date}} is de campagne "{{id}}" al voorbij (die liep tot {{until}}).',
  },
  'why-missing': {
    'no-why': 'Voeg "why:" toe met een zin over wat dit voor de lezer betekent.',
    'why-repeats-title': 'Schrijf in "why" wat dit voor de lezer betekent. Nu herhaalt het de titel.',
    'why-too-short': 'Leg in "why" meer uit: gebruik minstens {{minWords}} woorden. Nu {{count|staat|staan}} er {{count}} {{count|woord|woorden}}.',
  },
  'cta-missing': {
    'no-cta': 'Voeg "cta: {text: …}" toe: wat moet de lezer nu doen?',
  },
  'cta-vague': {
    'vague-cta': 'Zeg wat de lezer moet doen, bijvoorbeeld "Meld je aan voor de training". "{{text}}" is te vaag.',
    'vague-cta-en': 'Zeg wat de lezer moet doen, bijvoorbeeld "Sign up for the training". "{{text}}" is te vaag.',
    'no-leading-verb': 'Begin de oproep met iets wat de lezer kan doen, bijvoorbeeld "Meld je aan voor …". "{{text}}" begint niet met een werkwoord.',
    'no-leading-verb-en': 'Begin de oproep met iets wat de lezer kan doen, bijvoorbeeld "Sign up for …". "{{text}}" begint niet met een werkwoord.',
    'no-where-or-when': 'Zeg waar of wanneer: voeg een link (cta.url), een plek of een uiterste datum (cta.due) toe.',
  },
  'channel-reach': {
    'misses-segment': 'Kies een kanaal dat het plan voor segment "{{segment}}" noemt. Kanaal "{{channel}}" bereikt dat segment niet.',
    'misses-segments': 'Kies kanalen die het plan voor de segmenten {{#segments}}"{{.}}"{{/segments}} noemt. Kanaal "{{channel}}" bereikt ze niet.',
  },
  'frequency-cap': {
    'over-budget':
      'Spreid de berichten beter: segment "{{segment}}" krijgt {{count}} berichten van {{from}} tot en met {{until}}. Dat is meer dan de {{budget}} per {{days}} dagen die het plan toestaat, en met dit bericht ({{date}}) kom je erboven. De andere berichten zijn {{#others}}{{.}} ({{.otherDates}}){{/others}}.',
    'other-message': 'Nog een bericht voor hetzelfde segment in dezelfde drukke week.',
  },
  'quiet-period': {
    'in-quiet-period': 'Kies een andere datum: {{date}} valt in de rustige periode "{{reason}}" ({{from}} – {{until}}).',
    'on-saturday': 'Kies een werkdag: {{date}} is een zaterdag, en de kalender slaat weekends over.',
    'on-sunday': 'Kies een werkdag: {{date}} is een zondag, en de kalender slaat weekends over.',
  },
  'lead-time': {
    'after-effective':
      'Kondig een verandering minstens {{leadTimeDays}} dagen vooraf aan. Dit bericht komt op {{date}}, {{days}} {{days|dag|dagen}} nadat de verandering begon ({{effective}}).',
    'too-close-to-effective':
      'Kondig een verandering minstens {{leadTimeDays}} dagen vooraf aan. Dit bericht komt maar {{days}} {{days|dag|dagen}} voor de verandering ({{effective}}).',
  },
  'feedback-missing': {
    'change-without-feedback': 'Voeg "feedback:" toe met een link of mailto:-adres, zodat lezers op deze verandering kunnen reageren.',
    'dialogue-without-feedback': 'Voeg "feedback:" toe met een link of mailto:-adres, zodat lezers op dit gesprek kunnen reageren.',
  },
  hype: {
    'sales-hype': 'Zeg gewoon wat er gebeurt en wat het voor de lezer betekent. "{{text}}" klinkt als reclame.',
    'shouting-exclamations': 'Gebruik hoogstens één uitroepteken, of geen. "{{text}}" schreeuwt.',
    'shouting-capitals': 'Schrijf "{{text}}" in gewone hoofdletters, alleen aan het begin van een zin en bij namen: alles in hoofdletters leest als schreeuwen.',
  },
  readability: {
    'sentence-too-long': 'Splits deze zin: die heeft {{words}} woorden, te veel voor taalniveau {{level}} (hoogstens {{maxWords}}).',
    'hard-to-read-nl':
      'Maak de tekst makkelijker voor taalniveau {{level}}: splits de langste {{sentenceCount|zin|zinnen}}, op {{#sentenceLines}}regel {{.}} ({{.sentenceWords}} woorden){{/sentenceLines}}{{#swapCount}}; schrijf {{#swaps}}"{{.swapTo}}" in plaats van "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; zoek kortere woorden voor {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. De tekst scoort {{score}} (Flesch-Douma), onder {{minScore}}: {{wordsPerSentence}} woorden per zin, {{syllablesPerWord}} lettergrepen per woord. De moeilijkste zin begint hier.',
    'hard-to-read-en':
      'Maak de tekst makkelijker voor taalniveau {{level}}: splits de langste {{sentenceCount|zin|zinnen}}, op {{#sentenceLines}}regel {{.}} ({{.sentenceWords}} woorden){{/sentenceLines}}{{#swapCount}}; schrijf {{#swaps}}"{{.swapTo}}" in plaats van "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; zoek kortere woorden voor {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. De tekst scoort {{score}} (Flesch reading ease), onder {{minScore}}: {{wordsPerSentence}} woorden per zin, {{syllablesPerWord}} lettergrepen per woord. De moeilijkste zin begint hier.',
    'plain-word': 'Schrijf "{{plain}}" in plaats van "{{text}}": een gewoon woord leest sneller.',
  },
  'image-alt': {
    'front-matter-image-without-alt': 'Voeg "alt:" toe aan de afbeelding "{{src}}": zeg wat erop staat.',
    'image-without-alt': 'Zeg tussen de haken wat er op de afbeelding "{{src}}" staat: ![wat erop staat](…).',
    'img-without-alt': 'Voeg alt="…" toe aan deze <img>: zeg wat erop staat.',
  },
  'broken-link': {
    'link-outside-content': 'Zet het bestand in content/: de link "{{url}}" wijst daarbuiten, en dat kan niet op de site.',
    'link-target-missing': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De link "{{url}}" wijst naar {{target}}, maar dat bestaat niet.',
    'link-site-own-file':
      'Verplaats het bestand of geef het een andere naam. De link "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, maar daar zet de site zijn eigen {{file}}.',
    'link-site-own-pages':
      'Verplaats het bestand of geef het een andere naam. De link "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, in /{{folder}}/, waar de site zijn eigen pagina’s zet.',
    'link-site-search-index':
      'Verplaats het bestand of geef het een andere naam. De link "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, in /{{folder}}/, waar de site de zoekindex zet.',
    'link-message-page':
      'Verplaats het bestand of geef het een andere naam. De link "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, waar de pagina van het bericht {{page}} staat.',
    'link-active-inner-extension':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De link "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert geen bestand met .{{extension}} in de naam: een webserver kan het starten of tonen als pagina van de site.',
    'link-unpublished-type':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De link "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert alleen afbeeldingen, documenten, audio en video (zoals .png, .pdf, .docx, .mp4). Een .{{extension}}-bestand kan een browser of webserver als deel van de site starten.',
    'link-no-type':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De link "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert alleen bestanden met een bekend type (zoals .png, .pdf, .docx, .mp4), en dit bestand heeft geen type.',
    'link-unsafe-svg':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De link "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald kan die SVG niet publiceren: het bestand {{hazard:svg-hazard}}. Een browser die het op het adres van de site opent, kan het als deel van de site starten.',
    'image-outside-content': 'Zet de afbeelding in content/: "{{url}}" wijst daarbuiten, en dat kan niet op de site.',
    'image-target-missing': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De afbeelding "{{url}}" wijst naar {{target}}, maar dat bestaat niet.',
    'image-site-own-file':
      'Verplaats het bestand of geef het een andere naam. De afbeelding "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, maar daar zet de site zijn eigen {{file}}.',
    'image-site-own-pages':
      'Verplaats het bestand of geef het een andere naam. De afbeelding "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, in /{{folder}}/, waar de site zijn eigen pagina’s zet.',
    'image-site-search-index':
      'Verplaats het bestand of geef het een andere naam. De afbeelding "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, in /{{folder}}/, waar de site de zoekindex zet.',
    'image-message-page':
      'Verplaats het bestand of geef het een andere naam. De afbeelding "{{url}}" wijst naar {{target}}. Dat komt op /{{sitePath}}, waar de pagina van het bericht {{page}} staat.',
    'image-active-inner-extension':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De afbeelding "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert geen bestand met .{{extension}} in de naam: een webserver kan het starten of tonen als pagina van de site.',
    'image-unpublished-type':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De afbeelding "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert alleen afbeeldingen, documenten, audio en video (zoals .png, .pdf, .docx, .mp4). Een .{{extension}}-bestand kan een browser of webserver als deel van de site starten.',
    'image-no-type':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De afbeelding "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald publiceert alleen bestanden met een bekend type (zoals .png, .pdf, .docx, .mp4), en dit bestand heeft geen type.',
    'image-unsafe-svg':
      'Link naar de plek waar het bestand al online staat, of kies een ander formaat (een afbeelding als PNG of JPEG, een document als PDF). De afbeelding "{{url}}" wijst naar {{target}}, dat op /{{sitePath}} zou komen. herald kan die SVG niet publiceren: het bestand {{hazard:svg-hazard}}. Een browser die het op het adres van de site opent, kan het als deel van de site starten.',
  },
  'duplicate-slug': {
    'same-url': 'Geef een van deze berichten een andere "slug". Dit bericht komt op {{url}}, net als {{others}}.',
    'other-message': 'Nog een bericht op hetzelfde adres.',
  },
  'segment-neglected': {
    'no-message-at-all':
      'Schrijf een bericht voor segment "{{segment}}": het krijgt niets tussen {{first}} en {{last}} ({{days}} dagen; neglectAfterDays is {{limit}}).',
    'no-message-for-days':
      'Schrijf een bericht voor segment "{{segment}}": het krijgt {{days}} dagen niets, van {{from}} tot {{until}} (neglectAfterDays is {{limit}}).',
  },
  'goal-uncovered': {
    'no-message-in-period': 'Schrijf een bericht voor doel "{{goal}}", of laat het doel eerder stoppen. Tussen {{from}} en {{until}} heeft het geen bericht.',
  },
  'campaign-no-dialogue': {
    'no-dialogue-message':
      'Voeg een gesprek toe aan campagne "{{campaign}}" (kind: dialogue), waar mensen vragen kunnen stellen. Of zet requireFeedback: false.',
  },
  mix: {
    'too-few-news':
      'Schrijf meer nieuwsberichten: in {{month}} {{count|is|zijn}} {{count}} van de {{total}} berichten ({{percent}}%) nieuws. Het plan vraagt minstens {{minimum}}%.',
    'too-few-change':
      'Schrijf meer berichten over veranderingen: in {{month}} {{count|gaat|gaan}} {{count}} van de {{total}} berichten ({{percent}}%) over een verandering. Het plan vraagt minstens {{minimum}}%.',
    'too-few-success':
      'Schrijf meer berichten over successen: in {{month}} {{count|gaat|gaan}} {{count}} van de {{total}} berichten ({{percent}}%) over een succes. Het plan vraagt minstens {{minimum}}%.',
    'too-few-dialogue':
      'Schrijf meer berichten die een gesprek openen: in {{month}} {{count|is|zijn}} {{count}} van de {{total}} berichten ({{percent}}%) een gesprek. Het plan vraagt minstens {{minimum}}%.',
    'too-few-event':
      'Schrijf meer berichten over evenementen: in {{month}} {{count|gaat|gaan}} {{count}} van de {{total}} berichten ({{percent}}%) over een evenement. Het plan vraagt minstens {{minimum}}%.',
  },
  'plan-schema': {
    // TRANSITIONAL: `reason` is de eigen (Engelse) reden van de YAML-lezer.
    'yaml-error': 'Dit planbestand is geen geldige YAML: {{reason}}',
    'not-a-mapping': 'Schrijf een planbestand als onderdelen, zoals "segments:" en "goals:".',
    'duplicate-section': 'Houd het onderdeel "{{section}}" in één bestand. Het staat in {{firstFile}}:{{firstLine}} en in {{file}}:{{line}}.',
    'unknown-section':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent het onderdeel "{{section}}" van het plan niet.{{^expected}} De onderdelen zijn: {{sections}}.{{/expected}}',
    'not-a-list': 'Maak van "{{section}}" een lijst: elk item begint met "- ".',
    'duplicate-id': 'Geef elk item in {{section}} een eigen id. "{{id}}" staat er twee keer in (ook op regel {{firstLine}}).',
    'no-site': 'Voeg een onderdeel "site" toe aan het plan, met minstens een titel, bijvoorbeeld "site: {title: Nieuws}".',
    'unknown-segment':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het segment "{{id}}" staat niet in het plan.{{^expected}} De segmenten zijn: {{known}}{{^known}}geen{{/known}}.{{/expected}}',
    'unknown-goal':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het doel "{{id}}" staat niet in het plan.{{^expected}} De doelen zijn: {{known}}{{^known}}geen{{/known}}.{{/expected}}',
    'unknown-channel':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het kanaal "{{id}}" staat niet in het plan.{{^expected}} De kanalen zijn: {{known}}{{^known}}geen{{/known}}.{{/expected}}',
    'ends-before-start': 'Zet het einde van "{{id}}" na het begin: het stopt op {{until}}, voor het begint op {{from}}.',
    'quiet-ends-before-start': 'Zet het einde van de rustige periode "{{reason}}" na het begin: die stopt op {{until}}, voor die begint op {{from}}.',
    'unknown-rule':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de regel "{{id}}" in rules niet.{{^expected}} "herald rules" geeft alle regels.{{/expected}}',
  },
  report: {
    // The summary under herald check's report (stylish); the tool adds ✖ or ✔.
    'summary-problems': '{{count}} {{count|probleem|problemen}} ({{errors}} {{errors|fout|fouten}}, {{warnings}} {{warnings|waarschuwing|waarschuwingen}})',
    'summary-clean': '{{files}} {{files|bestand|bestanden}} gecontroleerd, geen problemen',
  },
  rebuild: {
    // TRANSITIONAL: `reason` is de eigen tekst van de fout.
    failed: '{{reason}}',
  },
  template: {
    // TRANSITIONAL: `reason` is de eigen tekst van de template-engine.
    failed: '{{reason}}',
    'page-failed': 'herald kan deze pagina niet maken: {{reason}}',
  },
  // the link-text rule
  'link-text': {
    'vague-link-text': 'Zeg in de linktekst waar de link heen gaat, bijvoorbeeld "het nieuwe rooster op intranet" in plaats van "klik hier". "{{text}}" zegt los gelezen niets, en een schermlezer leest de link soms los voor.',
  },
  // the body-structure rule
  'body-structure': {
  },
  // what herald's commands print (build, plan, init, new, dev, --help, usage errors)
  'terminal': {
  },
  // herald new's questions, key help and validation
  'prompts': {
  },
};
