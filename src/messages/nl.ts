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
    // niet klopt: `field` is het pad zoals het er staat (`segments.kantoor.maxPerWeek`).
    'unknown-key':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de sleutel "{{key}}"{{#field}} in "{{field}}"{{/field}} niet.{{^expected}}{{#allowed}} Je kunt kiezen uit: {{allowed}}.{{/allowed}}{{/expected}}',
    required: 'Vul "{{field}}" in: dit veld is verplicht.',
    'invalid-type': 'Maak van "{{field}}" {{type:type}}. Nu staat er {{actual:value}}.',
    'invalid-value': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Kies voor "{{field}}" uit: {{options}}. Nu staat er {{actual:value}}.',
    'too-small-array': 'Zet minstens {{minimum}} {{minimum|item|items}} in "{{field}}".',
    empty: 'Vul "{{field}}" in: het mag niet leeg zijn.',
    'too-small': 'Maak "{{field}}" minstens {{minimum}}.',
    'too-big': 'Maak "{{field}}" hoogstens {{maximum}}.',
    'too-big-array': 'Zet hoogstens {{maximum}} {{maximum|item|items}} in "{{field}}". Kies de belangrijkste.',
    'tag-markup': 'Schrijf "{{field}}" in gewone woorden, zonder <, > of ". Een tag wordt een paginatitel en een link.',
    'unexpected-form': 'Kijk "{{field}}" na: herald verwacht daar iets anders. Nu staat er {{actual:value}}.',
    'kebab-case':
      '{{#suggestion}}Schrijf "{{suggestion}}" in plaats van "{{value}}": een id heeft kleine letters, cijfers en streepjes, geen spaties.{{/suggestion}}{{^suggestion}}Schrijf "{{field}}" in kleine letters, cijfers en streepjes, zonder spaties.{{/suggestion}}',
    'slug-kebab-case':
      '{{#suggestion}}Schrijf "{{suggestion}}" in plaats van "{{value}}": een slug heeft kleine letters, cijfers en streepjes, geen spaties.{{/suggestion}}{{^suggestion}}Schrijf "{{field}}" in kleine letters, cijfers en streepjes, zonder spaties.{{/suggestion}}',
    'date-format': 'Schrijf "{{field}}" als datum: JJJJ-MM-DD.',
    'real-date': 'Kies voor "{{field}}" een datum die echt bestaat.',
    'date-time-format': 'Schrijf "{{field}}" als datum of als datum en tijd: JJJJ-MM-DD of JJJJ-MM-DDTUU:MM.',
    'real-date-time': 'Kies voor "{{field}}" een datum en tijd die echt bestaan.',
    url: 'Maak van "{{field}}" een http(s)- of mailto-adres, of een pad binnen het project.',
    'image-url': 'Maak van "{{field}}" een http(s)-adres of een pad binnen het project.',
    'time-zone': 'Kies voor "{{field}}" een IANA-tijdzone, zoals "Europe/Amsterdam".',
    glob: 'Schrijf "{{field}}" als patroon vanaf de projectmap, zoals "content/**/README.md". Sluit elke [, { en ( ook weer af.',
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
    'value-number': 'het getal {{value:raw}}',
    'value-other': '{{value}}',
  },
  'front-matter': {
    'unknown-rule-in-disable':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de regel "{{id}}" in lint.disable niet.{{^expected}} "herald rules" geeft alle regels.{{/expected}}',
    'not-yaml': 'Begin de front-matter met een regel met alleen "---". Nu staat er "{{language}}", maar het moet YAML zijn.',
    unclosed: 'Sluit de front-matter af: zet een regel met alleen "---" na het laatste veld.',
    'too-deep': 'Maak de front-matter minder diep: houd het bij een paar niveaus van velden en lijsten.',
    // Fouten in de YAML zelf, elk met de oplossing: `key`, `value` en `quoted` zijn de tekst van de schrijver.
    'colon-in-value':
      'Zet de tekst na "{{key}}:" tussen aanhalingstekens: {{key}}: {{quoted}}. Zonder aanhalingstekens breekt de dubbele punt de front-matter.',
    'quote-value':
      'Zet de tekst na "{{key}}:" tussen aanhalingstekens: {{key}}: {{quoted}}. Zonder aanhalingstekens leest YAML een tekst die zo begint als iets anders.',
    'bad-indent': 'Laat "{{key}}" precies onder "{{sibling}}" beginnen: zet er evenveel spaties voor.',
    'tab-indent': 'Spring in met spaties, niet met een tab{{#key}} (voor "{{key}}"){{/key}}.',
    'duplicate-key': 'Haal een van de twee regels met "{{key}}" weg: elk veld mag er maar één keer in.',
    'unclosed-quote': 'Sluit de aanhalingstekens{{#key}} van "{{key}}"{{/key}}: zet hetzelfde teken ook aan het eind van de tekst, op dezelfde regel.',
    'unclosed-list': 'Sluit de lijst{{#key}} van "{{key}}"{{/key}} af met "]", op dezelfde regel.',
    'unclosed-mapping': 'Sluit het blok{{#key}} van "{{key}}"{{/key}} af met "}", op dezelfde regel.',
    'bad-escape':
      'Zet de tekst{{#key}} van "{{key}}"{{/key}} tussen enkele aanhalingstekens (\'…\'), of haal de \\ weg: tussen dubbele aanhalingstekens betekent die iets anders.',
    'missing-colon': 'Schrijf deze regel als "veld: waarde". Hoort hij bij het veld erboven? Zet er dan twee spaties voor: "{{text}}".',
    'extra-document': 'Haal deze regel weg: de front-matter is één blok tussen twee regels "---".',
    'check-line': 'Kijk deze regel na: zet elk veld als "veld: waarde" op een eigen regel. Zet tekst met : # [ ] { } & * of ! tussen aanhalingstekens.',
    'comma-list': 'Schrijf "{{key}}" als lijst, tussen blokhaken: {{key}}: [{{items}}].',
    'alt-outside-image': 'Zet "alt" onder "image": image: {src: {{#src}}{{src}}{{/src}}{{^src}}…{{/src}}, alt: {{alt}}}.',
    'id-form':
      '{{#expected}}Schrijf "{{expected}}" in plaats van "{{value}}": een id heeft kleine letters en streepjes, geen spaties.{{/expected}}{{^expected}}Schrijf "{{value}}" als id: kleine letters en streepjes, geen spaties{{#ids}}. Het plan kent: {{ids}}{{/ids}}.{{/expected}}',
    unreadable: 'herald kan dit bestand niet lezen ({{reason}}).',
    'unreadable-too-deep': 'herald kan dit bestand niet lezen: het is te diep genest.',
    'not-a-mapping': 'Schrijf de front-matter als velden: "sleutel: waarde", één per regel.',
    'no-front-matter': 'Begin het bestand met een blok tussen twee regels "---", met title, date, audience en goal.',
    'unknown-field': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent het veld "{{key}}" niet.',
    'required-field': 'Voeg "{{key}}" toe aan de front-matter: dit veld is verplicht.',
  },
  'unknown-reference': {
    'unknown-segment':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het segment "{{id}}" staat niet in het plan.{{^expected}}{{#ids}} Het plan kent: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-goal':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het doel "{{id}}" staat niet in het plan.{{^expected}}{{#ids}} Het plan kent: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-campaign':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De campagne "{{id}}" staat niet in het plan.{{^expected}}{{#ids}} Het plan kent: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-channel':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het kanaal "{{id}}" staat niet in het plan.{{^expected}}{{#ids}} Het plan kent: {{ids}}.{{/ids}}{{/expected}}',
    'for-without-segment': 'Zet een segment in dit :::for-blok: :::for{segment=<id van het segment>}.',
    'unknown-for-segment':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het segment "{{id}}" in een :::for-blok staat niet in het plan.{{^expected}}{{#ids}} Het plan kent: {{ids}}.{{/ids}}{{/expected}}',
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
      'Spreid de berichten beter: segment "{{segment}}" krijgt {{count}} berichten van {{from}} tot en met {{until}}. Dat is meer dan de {{budget}} per {{days}} dagen die het plan toestaat, en met dit bericht ({{date}}) kom je erboven. {{others|Het andere bericht is|De andere berichten zijn}} {{#others}}{{.}} ({{.otherDates}}){{/others}}.',
    'other-message': 'Nog een bericht voor hetzelfde segment in dezelfde drukke week.',
  },
  'quiet-period': {
    'in-quiet-period': 'Kies een andere datum: {{date}} valt in de stille periode "{{reason}}" ({{from}} – {{until}}).',
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
    'shouting-capitals':
      'Schrijf "{{text}}" in gewone hoofdletters, alleen aan het begin van een zin en bij namen: alles in hoofdletters leest als schreeuwen.',
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
    'front-matter-image-without-alt': 'Zeg bij de afbeelding wat erop staat: image: {src: {{src}}, alt: …}.',
    'image-without-alt': 'Zeg tussen de haken wat er op de afbeelding "{{src}}" staat: ![wat erop staat](…).',
    'img-without-alt': 'Voeg alt="…" toe aan deze <img>: zeg wat erop staat.',
  },
  'broken-link': {
    'unsafe-protocol':
      'Gebruik een gewone link (https://…), een mailadres (mailto:) of een telefoonnummer (tel:). De site laat de link "{{url}}" weg: een link die begint met "{{protocol}}:" is niet veilig, of browsers kennen hem niet.',
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
    // Fouten in de YAML zelf, elk met de oplossing (dezelfde hulp als bij front-matter): `key`, `value` en `quoted` zijn de tekst van de schrijver.
    'colon-in-value':
      'Zet de tekst na "{{key}}:" tussen aanhalingstekens: {{key}}: {{quoted}}. Zonder aanhalingstekens breekt de dubbele punt het planbestand.',
    'quote-value':
      'Zet de tekst na "{{key}}:" tussen aanhalingstekens: {{key}}: {{quoted}}. Zonder aanhalingstekens leest YAML een tekst die zo begint als iets anders.',
    'bad-indent': 'Laat "{{key}}" precies onder "{{sibling}}" beginnen: zet er evenveel spaties voor.',
    'tab-indent': 'Spring in met spaties, niet met een tab{{#key}} (voor "{{key}}"){{/key}}.',
    'duplicate-key': 'Haal een van de twee regels met "{{key}}" weg: op dezelfde plek mag elke sleutel maar één keer staan.',
    'unclosed-quote': 'Sluit de aanhalingstekens{{#key}} van "{{key}}"{{/key}}: zet hetzelfde teken ook aan het eind van de tekst, op dezelfde regel.',
    'unclosed-list': 'Sluit de lijst{{#key}} van "{{key}}"{{/key}} af met "]".',
    'unclosed-mapping': 'Sluit het blok{{#key}} van "{{key}}"{{/key}} af met "}".',
    'bad-escape':
      'Zet de tekst{{#key}} van "{{key}}"{{/key}} tussen enkele aanhalingstekens (\'…\'), of haal de \\ weg: tussen dubbele aanhalingstekens betekent die iets anders.',
    'missing-colon': 'Schrijf deze regel als "sleutel: waarde". Hoort hij bij de sleutel erboven? Laat hem dan verder inspringen: "{{text}}".',
    'extra-document': 'Haal deze regel weg: een planbestand is één blok YAML, zonder regels "---" of "..." ertussen.',
    'check-line': 'Kijk deze regel na: zet elke sleutel als "sleutel: waarde" op een eigen regel. Zet tekst met : # [ ] { } & * of ! tussen aanhalingstekens.',
    'not-a-mapping': 'Schrijf een planbestand als onderdelen, zoals "segments:" en "goals:".',
    'duplicate-section':
      'Houd het onderdeel "{{section}}" in één bestand. herald gebruikt dat in {{firstFile}}:{{firstLine:raw}} en slaat dit in {{file}}:{{line:raw}} over.',
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
    'quiet-ends-before-start': 'Zet het einde van de stille periode "{{reason}}" na het begin: die stopt op {{until}}, voor die begint op {{from}}.',
    'unknown-rule':
      '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de regel "{{id}}" in rules niet.{{^expected}} "herald rules" geeft alle regels.{{/expected}}',
  },
  report: {
    // The summary under herald check's report (stylish); the tool adds ✖ or ✔.
    'summary-problems': '{{count}} {{count|probleem|problemen}} ({{errors}} {{errors|fout|fouten}}, {{warnings}} {{warnings|waarschuwing|waarschuwingen}})',
    'summary-clean': '{{files}} {{files|bestand|bestanden}} gecontroleerd, geen problemen',
    'too-many-warnings': 'Los waarschuwingen op tot er hoogstens {{max}} over zijn: er {{count|is|zijn}} er nu {{count}} (--max-warnings {{max}}).',
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
    'vague-link-text':
      'Zeg in de linktekst waar de link heen gaat, bijvoorbeeld "het nieuwe rooster op intranet" in plaats van "klik hier". "{{text}}" zegt los gelezen niets, en een schermlezer leest de link soms los voor.',
  },
  // the body-structure rule
  'body-structure': {
    'nested-too-deeply':
      'Haal de extra nesting weg, bijvoorbeeld HTML die uit een ander programma is geplakt. Vanaf hier zit de tekst {{depth}} lagen diep (lijsten, citaten en HTML-elementen in elkaar); de site kan er hoogstens {{limit}} aan.',
    'markdown-too-deep':
      'Gebruik hier minder citaattekens (>) of minder inspringen. Vanaf deze regel zitten citaten en lijsten meer dan {{limit}} lagen diep. De site laat die tekst dan weg.',
  },
  // what herald's commands print (build, plan, init, new, dev, --help, usage errors)
  terminal: {
    // Gebruiksfouten: wat een opdracht tegenhoudt, dan (`-hint`) wat je doet.
    'usage-no-root': 'De projectmap {{dir}} bestaat niet.',
    'usage-no-root-hint': 'Geef met --root MAP de map met plans/ en content/.',
    'usage-no-plan': 'Geen plan gevonden: {{dir}} heeft geen *.yaml-bestanden.',
    'usage-no-plan-hint': 'Start herald in de hoofdmap van je project, geef --root MAP, of maak een project met "herald init".',
    'usage-herald-lang': 'HERALD_LANG is "{{value}}": die taal spreekt herald niet.',
    'usage-herald-lang-hint': 'Zet het op nl of en, of laat het leeg.',
    'usage-build-out-contains-project': 'De uitvoermap {{dir}} bevat het project zelf.',
    'usage-build-out-contains-project-hint': 'Kies een map in het project, zoals "site".',
    'usage-build-out-inside-own': 'De uitvoermap {{dir}} ligt in {{own}}/, en daar staan je eigen bestanden.',
    'usage-build-out-inside-own-hint': 'Gebruik --out site.',
    'usage-build-out-is-file': 'De uitvoermap {{dir}} is een bestand, geen map.',
    'usage-build-out-is-file-hint': 'Kies een andere map met --out, of haal dat bestand eerst weg.',
    'usage-build-out-not-herald': 'In {{dir}} staan bestanden die herald niet schreef. Een build vervangt de hele map.',
    'usage-build-out-not-herald-hint': 'Kies een lege of nieuwe map met --out, of haal die map eerst weg.',
    'usage-build-base-url-relative': 'De basis-URL "{{url}}" is geen volledige URL.',
    'usage-build-base-url-relative-hint': 'Schrijf hem als https://intranet.example/nieuws/.',
    'usage-build-base-url-protocol': 'Laat de basis-URL "{{url}}" beginnen met https:// of http://.',
    'usage-init-not-folder': '{{dir}} bestaat al en is geen map.',
    'usage-init-not-folder-hint': 'Geef een map voor het nieuwe project.',
    'usage-init-exists': 'In {{dir}} staat al {{files}}{{#more}}, en nog {{more}}{{/more}}. herald init overschrijft geen bestanden.',
    'usage-init-exists-hint': 'Kies een lege map, of geef --force om ze te vervangen.',
    'usage-plan-from': '--from "{{from}}" is geen datum.',
    'usage-plan-from-hint': 'Schrijf hem als jjjj-mm-dd, bijvoorbeeld --from 2026-03-02.',
    'usage-plan-weeks': '--weeks moet een heel getal van 1 tot {{max}} zijn.',
    'usage-plan-weeks-hint': 'Bijvoorbeeld --weeks 13 voor een kwartaal.',
    'usage-schema-unknown': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent het schema "{{name}}" niet.',
    'usage-schema-unknown-hint': "De schema's zijn: {{known}}.",
    'usage-check-format': 'herald kent het formaat "{{format}}" niet.',
    'usage-check-format-hint': 'Kies uit: {{formats}}.',
    'usage-check-no-such-path': 'Dit bestand of deze map bestaat niet: {{path}}.',
    'usage-rules-unknown': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de regel "{{id}}" niet.',
    'usage-rules-unknown-hint': '"herald rules" geeft alle regels.',
    'usage-write-outside-root': 'herald schrijft {{file}} niet: het ligt niet in {{root}}.',
    'usage-write-links-outside': 'herald schrijft {{file}} niet: de map verwijst naar een plek buiten {{root}}.',
    'usage-new-empty-title': 'De titel is leeg.',
    'usage-new-empty-title-hint': 'Typ: herald new "Titel van het bericht"',
    'usage-new-empty-plan': 'Het plan heeft nog geen doelgroepen of geen doelen. Een bericht bereikt dan niemand.',
    'usage-new-empty-plan-hint': 'Zet ze eerst in plans/ ("herald init" geeft een voorbeeld).',
    'usage-new-missing-audience': '--audience ontbreekt (er is geen terminal om het te vragen).',
    'usage-new-missing-audience-hint': 'Geef --audience <doelgroepen>, bijvoorbeeld herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-missing-goal': '--goal ontbreekt (er is geen terminal om het te vragen).',
    'usage-new-missing-goal-hint': 'Geef --goal <doel>, bijvoorbeeld herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-missing-both': '--audience en --goal ontbreken (er is geen terminal om het te vragen).',
    'usage-new-missing-both-hint': 'Geef --audience <doelgroepen> --goal <doel>, bijvoorbeeld herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-exists': '{{file}} bestaat al. herald new overschrijft nooit een bericht.',
    'usage-new-exists-hint': 'Kies een andere titel, of werk dat bestand bij.',
    'usage-new-audience-empty': '--audience is leeg.',
    'usage-new-audience-empty-hint': 'Noem een of meer doelgroepen: {{segments}}{{^segments}}nog geen{{/segments}}, of all.',
    'usage-new-unknown-segment': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De doelgroep "{{id}}" bij --audience staat niet in het plan.',
    'usage-new-unknown-segment-hint': 'De doelgroepen in het plan: {{segments}}{{^segments}}nog geen{{/segments}} (of all).',
    'usage-new-unknown-campaign': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}De campagne "{{id}}" bij --campaign staat niet in het plan.',
    'usage-new-unknown-campaign-hint': 'De campagnes in het plan: {{campaigns}}{{^campaigns}}nog geen{{/campaigns}}.',
    'usage-new-campaign-goal': 'De campagne "{{campaign}}" hoort bij het doel "{{goal}}", niet bij "{{given}}".',
    'usage-new-campaign-goal-hint': 'Laat --goal weg, of geef --goal {{goal}}.',
    'usage-new-unknown-goal': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}Het doel "{{id}}" bij --goal staat niet in het plan.',
    'usage-new-unknown-goal-hint': 'De doelen in het plan: {{goals}}{{^goals}}nog geen{{/goals}}.',
    'usage-new-unknown-kind': '{{#expected}}Bedoel je "{{expected}}"? {{/expected}}herald kent de soort "{{id}}" bij --kind niet.',
    'usage-new-unknown-kind-hint': 'De soorten: {{kinds}}.',
    'usage-new-flag-date': '{{flag}} "{{date}}" is geen datum.',
    'usage-new-flag-date-hint': 'Schrijf hem als JJJJ-MM-DD of JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-12-01T09:00.',
    'usage-new-url': '--cta-url "{{url}}" is geen link die herald kan publiceren.',
    'usage-new-url-hint': 'Gebruik een link die begint met https://, http:// of mailto:, of een pad vanaf het bericht.',
    'usage-new-date': '--date "{{date}}" is geen datum.',
    'usage-new-date-hint': 'Schrijf hem als JJJJ-MM-DD of JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-12-01T09:00.',
    'usage-new-no-slug': 'De titel "{{title}}" heeft geen letters of cijfers voor een bestandsnaam.',
    'usage-new-no-slug-hint': 'Geef het bericht een titel in woorden.',
    // herald build
    'build-done':
      "{{pages}} {{pages|pagina|pagina's}} gemaakt van {{messages}} {{messages|bericht|berichten}} in {{seconds}} s → {{out}} (bekijk de site met herald dev of een webserver; van schijf werken de links alleen met JavaScript)",
    'build-stopped':
      'de controle vond {{count}} {{count|fout|fouten}}. Er is niets gebouwd (de vorige site is niet veranderd). Los ze op, of bouw toch met --no-check.',
    'build-skipped': '{{file}} is weggelaten. Geef de front-matter een title, date en audience, dan komt het bericht op de site.',
    'build-skipped-error':
      '{{file}} is weggelaten. Herstel de front-matter op regel {{line:raw}}, dan komt het bericht op de site. De melding hierboven (of herald check) zegt hoe.',
    'build-no-base-url': 'zet site.baseUrl in het plan (of geef --base-url) voor feeds en een sitemap. Die zijn nu niet gemaakt.',
    'build-scheduled':
      '{{count}} {{count|gepland bericht|geplande berichten}} niet gepubliceerd; {{count|het verschijnt|het volgende verschijnt}} {{day}} om {{time}}',
    // herald plan (de tabel; CSV en JSON houden hun sleutels)
    'plan-heading': 'Plan voor {{from}} – {{until}}',
    'plan-heading-period': '({{weeks}} {{weeks|week|weken}}, {{first}} – {{last}}). Concepten tellen niet mee.',
    'plan-heading-week': 'Berichten per doelgroep per week',
    'plan-heading-week-cells': '(aantal/budget)',
    'plan-legend-over-budget': '! boven budget: frequency-cap meldt een bericht in die week',
    'plan-legend-quiet': '~ stil: {{weeks}}',
    'plan-heading-goals': 'Doelen',
    'plan-no-goals': 'Het plan heeft geen doelen.',
    'plan-goal-inactive': 'niet actief',
    'plan-goal-no-messages': 'geen berichten',
    'plan-goal-measure': 'meten: {{measure}}',
    'plan-messages': '{{count}} {{count|bericht|berichten}}',
    'plan-heading-campaigns': 'Campagnes',
    'plan-heading-campaigns-note': '(al hun berichten; grijs: buiten deze periode)',
    'plan-no-campaigns': 'In deze periode loopt geen campagne.',
    'plan-campaign': '{{from}} – {{until}} · doel {{goal}} · {{count}} {{count|bericht|berichten}}',
    'plan-campaign-dialogue': '{{count}} {{count|gesprek|gesprekken}}',
    'plan-campaign-no-dialogue': 'nog geen gesprek',
    'plan-campaign-dialogue-not-required': 'geen gesprek (niet verplicht)',
    'plan-heading-mix': 'Mix van berichten per maand',
    'plan-mix-minimums': '(minimum in het plan: {{minimums}})',
    'plan-no-mix': 'Geen berichten in deze maanden.',
    'plan-mix-under': '{{share}} onder {{minimum}}',
    'plan-heading-neglected': 'Doelgroepen zonder nieuws',
    'plan-no-neglected': 'Geen: elke doelgroep hoort minstens elke neglectAfterDays dagen iets.',
    'plan-neglected-none': 'niets in deze periode (sinds {{from}}), {{days}} dagen; neglectAfterDays is {{limit}}',
    'plan-neglected-gap': 'niets van {{from}} tot {{until}}, {{days}} dagen; neglectAfterDays is {{limit}}',
    'plan-csv-campaign-note': 'doel {{goal}}; {{dialogue}} {{dialogue|gesprek|gesprekken}}',
    'plan-problems': 'het plan heeft {{count}} {{count|probleem|problemen}}. Onderdelen met fouten staan niet in dit overzicht. "herald check" laat ze zien.',
    // herald init
    'init-created': 'Een herald-project gemaakt in {{dir}} ({{count}} bestanden).',
    'init-ci-added': '{{file}} toegevoegd aan {{dir}}. Het draait "npm ci": zet herald in de devDependencies van package.json en commit package-lock.json.',
    // herald new
    'new-wrote': '{{file}} geschreven',
    'new-next': 'Vul nu "why" en "cta" in (de opmerkingen zeggen wat je schrijft) en de tekst. Typ daarna: herald check {{file}}',
    'new-cancelled': 'gestopt; er is niets geschreven.',
    // herald schema
    'schema-wrote': '{{files}} geschreven',
    // herald dev
    'dev-serving': 'de site staat op {{url}} (met concepten en geplande berichten; Ctrl-C stopt)',
    'dev-built': 'gebouwd in {{ms}} ms ·',
    'dev-rebuilt': 'opnieuw gebouwd in {{ms}} ms ·',
    'dev-tally': '{{errors}} {{errors|fout|fouten}}, {{warnings}} {{warnings|waarschuwing|waarschuwingen}}',
    'dev-added-error': '+ fout',
    'dev-added-warning': '+ waarschuwing',
    'dev-fixed': '✓ opgelost',
    'dev-rebuild-failed': 'opnieuw bouwen mislukt:',
    'dev-indexed': "zoekindex: {{pages}} pagina's in {{seconds}} s",
    // De kop van het foutenvak dat herald dev over een pagina toont, en de knop die het sluit.
    'dev-overlay-heading': 'herald: {{count}} {{count|fout|fouten}}',
    'dev-overlay-close': 'Sluiten',
    // --help: het kader van commander, dan de beschrijvingen en voorbeelden per opdracht
    'help-title-usage': 'Gebruik:',
    'help-title-options': 'Opties:',
    'help-title-global-options': 'Algemene opties:',
    'help-title-commands': 'Opdrachten:',
    'help-title-arguments': 'Argumenten:',
    'help-extra-choices': 'keuzes',
    'help-extra-default': 'standaard',
    'help-extra-preset': 'vooraf',
    'help-extra-env': 'omgevingsvariabele',
    'help-examples': 'Voorbeelden:',
    'help-option-version': 'toon het versienummer',
    'help-option-help': 'toon de hulp bij een opdracht',
    'help-command-help': 'toon de hulp bij een opdracht',
    'help-invalid-port': 'geef een poortnummer van 0 tot 65535.',
    'help-invalid-number': 'geef een heel getal.',
    'help-herald': 'Controleer berichten voor interne communicatie tegen je communicatieplan.',
    'help-option-root': 'projectmap met plans/ en content/',
    'help-option-lang':
      'taal van de meldingen, de uitvoer en --help (standaard: $HERALD_LANG, anders site.language uit het plan, anders en); bij init: van het nieuwe project',
    'help-option-format': 'formaat van de uitvoer',
    'help-check': 'controleer elk bericht en het plan; stopt met code 1 bij fouten',
    'help-check-paths': 'meld alleen wat in deze bestanden of mappen staat (herald leest wel alle berichten)',
    'help-check-max-warnings': 'stop met code 1 bij meer waarschuwingen dan dit',
    'help-check-output': 'schrijf het rapport naar een bestand in plaats van de terminal',
    'help-check-examples':
      '  herald check\n  herald check content/2026/roosterapp.md\n  herald check --format sarif -o herald.sarif\n  herald check --root ../comms --max-warnings 0',
    'help-build': 'controleer, en maak dan de site in site/ (fouten houden de build tegen)',
    'help-build-out': 'map voor de site',
    'help-build-drafts': 'neem concepten mee',
    'help-build-future': 'neem berichten met een datum na nu mee',
    'help-build-base-url': 'volledige URL waarop de site staat (voor feeds en de sitemap)',
    'help-build-no-search': 'laat de zoekindex weg',
    'help-build-plan-page': "bouw ook het overzicht /plan/ voor het communicatieteam (zonder link vanaf de lezerspagina's; standaard: site.planPage)",
    'help-build-no-plan-page': 'laat het overzicht /plan/ weg, ook met site.planPage: true',
    'help-build-no-check': 'sla de controle over (problemen in de front-matter meldt herald wel) en bouw toch',
    'help-build-examples': '  herald build\n  herald build --out public --base-url https://intranet.example/nieuws/\n  herald build --drafts --future',
    'help-plan': 'berichten per doelgroep per week, doelen, campagnes, mix en doelgroepen zonder nieuws',
    'help-plan-from': 'eerste dag van de periode, jjjj-mm-dd (standaard: vandaag; het overzicht begint op maandag)',
    'help-plan-weeks': 'aantal ISO-weken',
    'help-plan-examples': '  herald plan\n  herald plan --from 2026-09-01 --weeks 13\n  herald plan --format csv > plan.csv',
    'help-init': 'maak een project: een plan, drie voorbeeldberichten, instellingen voor je editor; --ci voegt een CI-workflow toe',
    'help-init-dir': 'map voor het project (standaard: --root, of de huidige map)',
    'help-init-lang': 'taal van het plan en de voorbeelden (standaard: nl)',
    'help-init-ci': 'schrijf ook een CI-workflow; in een bestaand project alleen die',
    'help-init-force': 'vervang bestanden die al bestaan',
    'help-init-examples':
      '  herald init comms\n  herald init --lang en --ci github\n  herald init --ci gitlab        # in een bestaand project: alleen .gitlab-ci.yml',
    'help-new': 'schrijf content/<jjjj>/<slug>.md met front-matter uit het plan; vraagt wat ontbreekt in een terminal',
    'help-new-title': 'de titel van het bericht',
    'help-new-audience': 'doelgroepen (ids), met komma\'s of herhaald, of "all"',
    'help-new-goal': 'het doel uit het plan waar het bericht bij hoort',
    'help-new-kind': 'news, change, success, dialogue of event (standaard news)',
    'help-new-campaign': 'een campagne uit het plan (met haar doel)',
    'help-new-date':
      'publicatiemoment, JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (standaard: de eerstvolgende werkdag om 09:00 buiten stille periodes en binnen het weekbudget)',
    'help-new-why': 'waarom het bericht voor de lezer telt (minstens 6 woorden)',
    'help-new-cta': 'wat de lezer nu doet, beginnend met een werkwoord',
    'help-new-cta-url': 'waar de lezer dat doet: een link',
    'help-new-cta-due': 'voor wanneer: JJJJ-MM-DD',
    'help-new-where': 'bij een evenement: waar het is',
    'help-new-when': 'bij een evenement: wanneer het begint, JJJJ-MM-DDTUU:MM',
    'help-new-examples':
      '  herald new "Nieuwe kantine open"\n  herald new "Nieuwe kantine open" --audience productie,kantoor --goal gezond-werken --date 2026-12-01T09:00',
    'help-schema': 'JSON Schemas (draft 2020-12) voor planbestanden en de front-matter van berichten, voor editors',
    'help-schema-name': 'alleen dit schema: plan of front-matter',
    'help-schema-out': "schrijf de schema's in deze map (in de projectmap) in plaats van ze te tonen",
    'help-schema-examples': '  herald schema --out schemas\n  herald schema plan > plan.schema.json',
    'help-dev': 'bouw de site, let op wijzigingen en toon hem op 127.0.0.1 met live herladen (met concepten en geplande berichten)',
    'help-dev-port': 'poort (0: een willekeurige vrije poort)',
    'help-dev-host': 'netwerkadres; verander dit alleen op een netwerk dat je vertrouwt',
    'help-dev-allowed-host': 'beantwoord ook verzoeken voor deze hostnaam (mag vaker); standaard alleen 127.0.0.1, localhost, [::1] en --host',
    'help-dev-open': 'open de site in je browser',
    'help-dev-base-url': 'volledige URL waarop de site staat (voor feeds)',
    'help-dev-no-search': 'bouw de zoekindex niet op de achtergrond',
    'help-dev-examples': '  herald dev\n  herald dev --port 8080 --open\n  herald dev --root ../comms --port 0',
    'help-lsp': 'taalserver voor je editor: meldingen terwijl je typt, aanvullen, uitleg bij ids, ga naar definitie, snelle herstelacties',
    'help-lsp-stdio': 'praat via standaard invoer en uitvoer (de standaard; editors geven dit mee)',
    'help-lsp-examples': '  herald lsp --stdio',
    'help-rules': 'toon alle regels, of leg één regel uit',
    'help-rules-id': 'een regel-id, bijvoorbeeld cta-vague',
    // herald dev weigert een verzoek (platte tekst, één regel; `host` en `origin` komen uit het verzoek zelf)
    'dev-host-refused':
      '{{#name}}Vertrouw je de naam "{{name}}", start herald dev dan met --allowed-host {{name}}.{{/name}}{{^name}}Open het adres dat herald dev bij het starten liet zien.{{/name}} herald dev beantwoordt geen verzoeken voor de host "{{host}}", als bescherming tegen DNS-rebinding.',
    'dev-host-missing':
      'Open het adres dat herald dev bij het starten liet zien. herald dev beantwoordt geen verzoeken zonder Host-header, als bescherming tegen DNS-rebinding.',
    'dev-origin-refused':
      "{{#name}}Vertrouw je die site, start herald dev dan met --allowed-host {{name}}. {{/name}}herald dev stuurt live reloads alleen naar zijn eigen pagina's, niet naar een pagina van {{origin}}.",
    'dev-too-many-streams': "Sluit een paar tabbladen en laad deze pagina opnieuw. herald dev stuurt al live reloads naar {{max}} open pagina's.",
    // herald build kan de site niet schrijven; `folder` is de uitvoermap, `code` de foutcode van het systeem
    'build-no-space':
      'Maak ruimte vrij op de schijf, of bouw met --out in een map op een andere schijf: de schijf is vol, dus de site kon niet in {{folder}} worden geschreven ({{code}}). De vorige site is niet veranderd.',
    'build-quota':
      'Maak ruimte vrij, of bouw met --out in een map ergens anders: je schijfquotum is op, dus de site kon niet in {{folder}} worden geschreven ({{code}}). De vorige site is niet veranderd.',
    'build-not-writable':
      'Geef jezelf schrijfrechten, of bouw met --out in een andere map: herald mag niet schrijven in {{folder}} of de map waar die in staat ({{code}}). De vorige site is niet veranderd.',
    'build-read-only':
      'Bouw met --out in een map op een schijf waarop je kunt schrijven: {{folder}} staat op een alleen-lezen bestandssysteem ({{code}}). De vorige site is niet veranderd.',
    'build-not-a-folder':
      'Kies met --out een andere map, of verplaats het bestand: een deel van het pad {{folder}} is een bestand, geen map ({{code}}). De site is niet geschreven.',
  },
  // herald new's questions, key help and validation
  prompts: {
    'new-audience': 'Voor wie is het bericht?',
    'new-audience-all': 'Iedereen',
    'new-audience-required': 'Kies minstens één groep (spatie) en druk dan op Enter.',
    'new-goal': 'Bij welk doel hoort het?',
    'new-kind': 'Wat voor bericht is het?',
    'new-campaign': 'Hoort het bij een campagne?',
    'new-campaign-none': 'Geen campagne',
    'kind-news': 'nieuws',
    'kind-change': 'verandering',
    'kind-success': 'succes',
    'kind-dialogue': 'gesprek (vragen, reageren)',
    'kind-event': 'evenement',
    // De toetsenhulp onder een vraag: de woorden van @inquirer.
    'key-navigate': 'bladeren',
    'key-select': 'aan/uit',
    'key-all': 'alles',
    'key-invert': 'omkeren',
    'key-space': 'spatie',
    'key-enter-select': 'kiezen',
    'key-enter-submit': 'klaar',
  },
  // regelpagina's en `herald rules <id>`: per regel de beschrijving en waarom (issue 17)
  'rule-docs': {
    'front-matter-description': 'De front-matter is YAML met title, date, audience en goal, in de juiste vorm, zonder onbekende sleutels.',
    'front-matter-rationale':
      'Alle andere controles en alle pagina’s van de site lezen de front-matter. Een sleutel met een typfout of een datum die niet bestaat, valt anders niemand op. Dan bereikt het bericht niemand, of de verkeerde mensen.',
    'unknown-reference-description': 'audience, goal, campaign, channels en :::for-blokken noemen alleen ids die in het plan staan.',
    'unknown-reference-rationale':
      'Een bericht voor een groep die niet bestaat, bereikt niemand. Een bericht bij een onbekend doel of een onbekende campagne valt uit het planoverzicht. Zo’n typfout maak je snel en zie je slecht.',
    'goal-inactive-description': 'De datum van het bericht valt in de periode (from–until) van zijn doel en campagne.',
    'goal-inactive-rationale':
      'Een bericht voor een doel of campagne buiten de periode heeft meestal een verkeerde datum, of het doel is verouderd. Het planoverzicht telt het dan verkeerd.',
    'why-missing-description': 'Het bericht zegt waarom het de lezer aangaat: `why` staat er, herhaalt de titel niet en heeft minstens {{minWords}} woorden.',
    'why-missing-rationale':
      'Mensen doen iets als ze snappen waarom. Zeg eerst waarom iets verandert en wat het voor de lezer betekent. Dan is je bericht meer dan een mededeling op het prikbord.',
    'cta-missing-description': 'Het bericht heeft een oproep: `cta.text` zegt wat de lezer nu gaat doen.',
    'cta-missing-rationale':
      'Een bericht zonder volgende stap informeert hooguit. Met één duidelijke oproep gaat de lezer iets doen, en kun je meten of het werkt.',
    'cta-vague-description': 'De oproep begint met een werkwoord dat de lezer kan doen, en zegt waar (een link of een plek) of wanneer (een uiterste datum).',
    'cta-vague-rationale':
      'Bij "Meer informatie" of "Klik hier" moet de lezer zelf raden wat je vraagt. Een werkwoord, een plek en een datum maken de stap duidelijk. Collega’s zonder bureau moeten weten waar ze heen moeten.',
    'channel-reach-description': 'Elk kanaal van een bericht bereikt elke groep in het publiek (het staat bij de `channels` van die groep).',
    'channel-reach-rationale':
      'Collega’s op de werkvloer hebben vaak geen bureau en geen mail van het werk. Een bericht voor hen op intranet of per e-mail komt niet aan, hoe goed het ook is.',
    'frequency-cap-description':
      'Geen groep krijgt in 7 dagen meer berichten dan zijn `maxPerWeek` (berichten voor `all` tellen voor elke groep). Eén melding per drukke periode, bij het bericht dat erover gaat, met de andere berichten erbij.',
    'frequency-cap-rationale':
      'Aandacht is beperkt. Krijgen mensen te veel berichten per week, dan lezen ze er geen meer, ook niet het bericht dat telt. Concepten tellen niet mee, berichten voor iedereen wel.',
    'quiet-period-description': 'Het bericht verschijnt niet in een stille periode van de kalender, en met `weekends: avoid` niet in het weekend.',
    'quiet-period-rationale': 'In vakanties en drukke weken kunnen of willen mensen geen werknieuws lezen. Een bericht dan mist zijn doel, of stoort.',
    'lead-time-description': 'Een `change` met een `effective`-datum kondig je minstens `leadTimeDays` (standaard 14) dagen van tevoren aan.',
    'lead-time-rationale':
      'Mensen hebben tijd nodig om een verandering te snappen, vragen te stellen en zich voor te bereiden. Hoor je het pas een paar dagen van tevoren, dan voelt het opgelegd.',
    'feedback-missing-description': 'Een bericht van soort `change` of `dialogue` zegt waar je kunt reageren (`feedback`).',
    'feedback-missing-rationale':
      'Een verandering komt beter aan als mensen vragen kunnen stellen en tegengas kunnen geven. Een gesprek zonder plek om te reageren is geen gesprek.',
    'hype-description':
      'Geen verkooppraat of afgezaagde superlatieven (Nederlandse en Engelse woordenlijsten, met de zinnen waarin een woord gewoon een feit is), geen "!!" en geen schreeuwende hoofdletters (één melding per reeks hoofdletters). Code telt niet mee.',
    'hype-rationale':
      'Interne communicatie is geen reclame. Collega’s herkennen een verkooppraatje en vertrouwen het bericht dan minder. Gewone, eerlijke woorden werken beter.',
    'readability-description':
      'Zinnen en woorden zijn niet te moeilijk voor het taalniveau van het publiek: Flesch-Douma (Nederlands) of Flesch reading ease (Engels) boven het minimum van dat niveau, en geen veel te lange zin. De melding noemt de langste zinnen en de moeilijkste woorden, en geeft gewone woorden voor moeilijke.',
    'readability-rationale':
      'Veel collega’s lezen op taalniveau B1, en op de werkvloer lees je op je telefoon tussen het werk door. Korte zinnen en gewone woorden bereiken iedereen. Goede lezers kost het niets. Voor een stijf woord als "teneinde" is er een gewoon woord ("om"). Code, tabellen en URL’s tellen niet mee.',
    'image-alt-description': 'Elke afbeelding (in de tekst of bij `image` in de front-matter) heeft een alt-tekst.',
    'image-alt-rationale':
      'Collega’s met een schermlezer, of met een trage verbinding, krijgen alleen de alt-tekst. Zonder alt-tekst zegt de afbeelding niets (WCAG 1.1.1).',
    'broken-link-description':
      'Relatieve links en afbeeldingen wijzen naar een bericht of bestand dat onder content/ staat, en dat de site kan publiceren (op een eigen pad, en geen pagina of script die een browser uitvoert).',
    'broken-link-rationale':
      'Je linkt naar een ander bericht met het pad naar zijn .md-bestand. Zo werkt de link ook in een git-voorbeeld; de build maakt er een pagina-URL van. Een typfout, een nieuwe bestandsnaam of een link buiten content/ geeft lezers een dode link. Een bestand verschijnt op zijn pad onder content/. Heeft het de naam van een bestand dat de site zelf maakt (content/feed.xml, alles in content/segments/), dan kan het niet verschijnen: de link zou naar het bestand van de site gaan. HTML-, XML- en scriptbestanden en een SVG met een script kunnen ook niet: een browser zou hun scripts uitvoeren als deel van de site.',
    'duplicate-slug-description': 'Geen twee berichten komen op dezelfde pagina-URL (`/<jjjj>/<slug>/`).',
    'duplicate-slug-rationale':
      'Twee berichten met hetzelfde jaar en dezelfde slug overschrijven elkaar op de site. Een van de twee verdwijnt dan zonder dat je het merkt.',
    'body-structure-description': 'De tekst is niet dieper genest dan de site aankan ({{depth}} lagen lijsten, citaten en HTML-elementen in elkaar).',
    'body-structure-rationale':
      'Een tekst die duizenden lagen diep genest is (meestal HTML die uit een ander programma is geplakt, of gemaakt om de site te breken), laat de opmaak vastlopen. Dan stopt de hele build. De site laat zo’n bericht weg en publiceert de rest. De controle zegt waar het te diep gaat.',
    'link-text-description':
      'Een link in de tekst zegt waar hij heen gaat: niet alleen "klik hier", "lees meer", "click here" of "read more" (Nederlandse en Engelse lijsten). Afbeeldingen en losse URL’s tellen niet mee.',
    'link-text-rationale':
      'Schermlezers geven een lijst van de links op een pagina, en wie op een telefoon snel leest, ziet eerst de links. "Klik hier" zegt los niets. Zeg in de link zelf waar hij heen gaat (WCAG 2.4.4).',
    'segment-neglected-description': 'Geen groep zit langer dan `neglectAfterDays` (standaard 21) dagen zonder bericht, binnen de periode van de berichten.',
    'segment-neglected-rationale':
      'Een groep die wekenlang niets hoort, denkt dat niets over hen gaat, of dat niemand aan hen denkt. Meestal gaat het om collega’s op de werkvloer.',
    'goal-uncovered-description': 'Elk doel dat loopt in de periode van de berichten, heeft minstens één bericht in zijn eigen periode.',
    'goal-uncovered-rationale': 'Een doel waar niemand over schrijft, is alleen een doel op papier. Het plan is verouderd, of de communicatie loopt achter.',
    'campaign-no-dialogue-description': 'Een campagne met `requireFeedback` (de standaard) heeft minstens één bericht van soort `dialogue`.',
    'campaign-no-dialogue-rationale':
      'Campagnes veranderen hoe mensen werken. Zonder moment om vragen te stellen en te reageren, is een campagne eenrichtingsverkeer. Weerstand blijft dan verborgen.',
    'mix-description':
      'In elke maand met minstens {{minMessages}} berichten is het aandeel van elke soort in de `mix` van het plan (bijvoorbeeld success, dialogue) minstens het minimum van het plan.',
    'mix-rationale':
      'Een goede stroom berichten heeft succesverhalen en gesprek, niet alleen mededelingen. Succesverhalen laten zien dat het vooruitgaat; gesprek houdt mensen betrokken.',
    // De pagina en `herald rules`: kopjes en regels rond de tekst van de regel.
    'scope-message': 'Berichtregel',
    'scope-plan': 'Planregel (gemeld bij het planbestand)',
    'severity-error': 'fout',
    'severity-warning': 'waarschuwing',
    'default-severity': 'standaard: {{severity}}',
    'heading-why': 'Waarom',
    'heading-says': 'Wat de regel zegt',
    'heading-options': 'Opties (standaard)',
    'built-in': 'komt bij de ingebouwde lijst ({{count}} {{count|stuk|stuks}}, {{file}})',
    'built-in-print': 'komt bij de ingebouwde lijst ({{count}} {{count|stuk|stuks}}, {{file}}); "herald rules {{id}}" toont ze',
    'set-options': 'Zet ze in het plan: {{example}}',
    'heading-fails': 'Fout',
    'heading-passes': 'Goed',
    'heading-configure': 'Instellen',
    'configure-plan': 'In het plan (plans/*.yaml): {{example}}',
    'configure-message': 'In één bericht: {{comment}} boven de regel, of {{field}} in de front-matter',
    docs: 'Meer uitleg: {{url}}',
    'index-title': 'Regels',
    'heading-example-plan': 'Het plan van de voorbeelden',
    'example-plan':
      'Een test controleert elk voorbeeld op deze pagina’s met herald zelf: het foute voorbeeld moet een melding van zijn regel krijgen, het goede geen. Elk voorbeeld gebruikt dit plan, plus de planbestanden die het voorbeeld zelf laat zien.',
    'heading-message-rules': 'Regels voor berichten',
    'heading-plan-rules': 'Regels voor het plan (gemeld bij het planbestand)',
    'column-rule': 'Regel',
    'column-severity': 'Standaard',
    'column-checks': 'Wat de regel controleert',
    'index-intro':
      'Alle regels die herald controleert, met hoe zwaar ze standaard tellen. Elke pagina zegt waarom de regel er is, wat hij meldt, welke opties je hebt, en geeft een bericht dat fout is en een dat goed is.',
    'list-more': 'Typ "herald rules <id>" voor uitleg over één regel, met een voorbeeld.',
    generated: 'Gemaakt met "npm run docs:rules" uit de regels en de catalogi in src/messages/. Pas dit bestand niet met de hand aan.',
    'other-language': 'English',
  },
  // herald new's assistant: proposed date, advice while asking (issue 17)
  assistant: {
    // Opmerkingen en regels die herald new in een nieuw bestand zet, in de taal van het bericht.
    'file-date': 'publicatiemoment, in {{timezone}}',
    'file-why':
      'Waarom is dit belangrijk voor de lezer? Schrijf in een of twee zinnen wat er\nvoor hem of haar verandert of wat het oplevert (minstens 6 woorden, niet de titel).',
    'file-cta':
      'Wat doet de lezer nu? Begin met een werkwoord en zeg waar en voor wanneer, zoals:\n  text: Meld je aan voor de training\n  url: https://intranet.example/training\n  due: 2026-12-01',
    'file-effective': 'Wanneer gaat de verandering in? Kondig die minstens {{days}} dagen vooraf aan.',
    'file-feedback': 'Waar kan de lezer reageren of een vraag stellen? Een link, of mailto:.',
    'file-body':
      'Schrijf hier het bericht. Korte zinnen en gewone woorden (taalniveau B1).\nBegin met wat er voor de lezer verandert. Tekst voor één doelgroep zet je in een blok:\n\n:::for{segment={{segment}}}\nAlleen voor deze doelgroep.\n:::',
    'file-event-where': '**Waar:** {{where}}',
    'file-event-when': '**Wanneer:** {{when}}',
    // De vragen, en het advies dat je ziet terwijl je antwoordt.
    'date-question': 'Wanneer gaat het bericht uit?',
    'date-proposed': 'Voorstel: {{when}}{{#reasons}} ({{reasons}}){{/reasons}}.',
    'date-after-quiet': 'na de stille periode "{{reason}}"',
    'date-week-full': '{{count|week|weken}} {{weeks}} {{count|zit|zitten}} vol voor {{segment}}',
    'date-no-fit':
      'Geen werkdag in het komende jaar valt buiten de stille periodes en past in het weekbudget. Voorstel: de eerstvolgende werkdag, {{when}}. herald check zegt later wat niet past.',
    'date-chosen': 'Publicatiedatum: {{when}}{{#reasons}} ({{reasons}}){{/reasons}}. Een andere datum? Geef --date mee.',
    'date-format': 'Typ een datum zoals {{example}}, of {{example}} 09:00 met een tijd. "{{text}}" is geen datum.',
    'due-format': 'Typ een datum zoals {{example}}. "{{text}}" is geen datum.',
    'date-not-real': 'Kies een dag die bestaat: {{text}} staat niet in de kalender.',
    'date-past': 'Kies een later moment: {{when}} is al voorbij.',
    'date-full': 'Kies een andere week: {{segment}} krijgt dan meer dan {{budget}} berichten in 7 dagen.',
    'keep-hint': 'Druk nog een keer op Enter om het zo te laten.',
    'why-question': 'Waarom is dit belangrijk voor de lezer? Schrijf wat er voor de lezer verandert of wat het oplevert, in minstens {{minWords}} woorden.',
    'cta-question': 'Wat moet de lezer nu doen? Begin met een werkwoord, zoals "Meld je aan voor de training".',
    'cta-url-question': 'Waar doet de lezer dat? Plak een link (https://…), of laat het leeg.',
    'cta-url-invalid': 'Plak een link die begint met https://, http:// of mailto:, of een pad naar een bestand in het project. "{{text}}" is geen link.',
    'cta-due-question': 'Voor wanneer? Typ een datum zoals {{example}}, of laat het leeg.',
    'event-where-question': 'Waar is het evenement?',
    'event-when-question': 'Wanneer begint het? Typ een datum en tijd zoals {{example}} 12:00.',
    'event-before-publish': 'Kies een moment na {{date}}, als het bericht uitgaat. Anders is het evenement dan al begonnen.',
  },
  // build progress, commander's errors, number formatting (issue 17)
  progress: {
    // --help: de plaatshouders van commander in een gebruiksregel ("herald check [opties]").
    'help-usage-options': 'opties',
    'help-usage-command': 'opdracht',
    // De voortgang van herald build op een terminal, per stap (de tool zet er "…" achter).
    'build-checking': 'controleren',
    'build-rendering': "pagina's maken en wegschrijven",
    'build-search-index': 'zoekindex schrijven',
    'build-finishing': 'afronden',
    // De fouten van commander op de opdrachtregel (`command` is "herald check" of "herald"), elk met een tip.
    'cli-unknown-option': '{{command}} heeft geen optie {{option}}.',
    'cli-unknown-option-hint': '{{#suggestion}}Bedoel je {{suggestion}}? {{/suggestion}}Alle opties staan in "{{command}} --help".',
    'cli-unknown-command': 'herald heeft geen opdracht "{{name}}".',
    'cli-unknown-command-hint': '{{#suggestion}}Bedoel je "herald {{suggestion}}"? {{/suggestion}}Alle opdrachten staan in "herald --help".',
    'cli-missing-argument': 'Geef {{command}} de {{argument}} mee: die ontbreekt.',
    'cli-missing-argument-hint': 'In "{{command}} --help" zie je wat je moet typen.',
    'cli-option-missing-value': 'Zet een waarde achter {{option}}, zoals in "{{flags}}".',
    'cli-option-missing-value-hint': 'In "{{command}} --help" zie je wat je moet typen.',
    'cli-missing-option': 'Voeg {{flags}} toe: {{command}} heeft die nodig.',
    'cli-missing-option-hint': 'In "{{command}} --help" zie je wat je moet typen.',
    'cli-too-many-arguments': 'Geef {{command}} {{expected}} {{expected|argument|argumenten}} mee, niet {{got}}.',
    'cli-too-many-arguments-hint': 'Zet tekst met spaties tussen aanhalingstekens ("…"). In "{{command}} --help" zie je wat je moet typen.',
    'cli-invalid-choice': 'Kies voor {{option}} uit {{choices}}. "{{value}}" kan niet.',
    'cli-invalid-choice-hint': 'In "{{command}} --help" staat wat elke keuze doet.',
    'cli-invalid-value': '"{{value}}" kan niet bij {{option}}: {{reason}}',
    'cli-invalid-value-hint': 'In "{{command}} --help" zie je wat je moet typen.',
    'cli-help-hint': 'In "{{command}} --help" zie je wat je moet typen.',
  },
  // site.brand: colour contrast and logo (issue 18)
  brand: {
    // site.brand.color: `ratio` waar de kleur het slechtst leesbaar is (`against`), en een donkerder tint die wel genoeg haalt.
    'hex-color': 'Schrijf "{{field}}" als kleur met #rrggbb of #rgb, zoals "#0a4f96".',
    'color-quotes':
      'Zet de kleur tussen aanhalingstekens, zoals color: "#0a4f96". Zonder aanhalingstekens leest YAML alles na # als commentaar, en is de kleur leeg.',
    'color-contrast':
      'Kies een donkerder kleur, bijvoorbeeld {{darker}} (dezelfde kleur, net donker genoeg). De merkkleur {{color}} haalt maar {{ratio}}:1 {{against:against}}. Links en knoppen hebben minstens {{minimum}}:1 nodig om leesbaar te zijn.',
    'against-page': 'op de witte pagina',
    'against-surface': 'op het lichtgrijs en lichtgeel van de site (de pagina om de kaarten, code, het blok "waarom")',
    'against-variant': 'op het lichtblauw van de blokken per doelgroep (#e9f1fb)',
    'against-button': 'met de witte tekst van een knop',
    // site.brand.logo
    'logo-absolute': 'Zet het logo in het project en schrijf het pad vanaf de projectmap, zoals "assets/logo.svg". "{{path}}" is een absoluut pad.',
    'logo-outside':
      'Kopieer het logo naar het project en schrijf het pad vanaf de projectmap, zoals "assets/logo.svg". Het logo "{{path}}" staat buiten de projectmap, en herald publiceert alleen bestanden uit het project.',
    'logo-type':
      'Gebruik een afbeelding als logo: PNG, JPEG, GIF, WebP, AVIF of SVG (geen verborgen bestand). "{{path}}" is {{#extension}}een .{{extension}}-bestand{{/extension}}{{^extension}}een bestand zonder type{{/extension}}.',
    'logo-missing':
      'Controleer de naam van het logo, of zet het bestand op die plek: "{{path}}" bestaat niet. Het pad begint bij de projectmap, zoals "assets/logo.svg".',
    'logo-not-a-file': 'Noem het afbeeldingsbestand zelf, zoals "assets/logo.svg": "{{path}}" is een map.',
    'logo-unsafe-svg':
      'Exporteer het logo opnieuw als gewone SVG-tekening, of als PNG. herald kan "{{path}}" niet publiceren: het {{hazard:svg-hazard}}, en een browser kan het uitvoeren als deel van de site.',
  },
  // --fix and --fix-dry-run (issue 20)
  fix: {
    'help-fix': 'pas de veilige verbeteringen toe in de bestanden en meld wat overblijft',
    'help-fix-dry-run': 'toon de verbeteringen als unified diff en verander niets (wat overblijft staat op stderr)',
    fixed: '{{fixes}} {{fixes|probleem|problemen}} opgelost in {{files}} {{files|bestand|bestanden}}.',
    'would-fix': '--fix lost {{fixes}} {{fixes|probleem|problemen}} op in {{files}} {{files|bestand|bestanden}}.',
    'nothing-to-fix': 'Er is niets om op te lossen.',
    'changed-on-disk': '{{file}} is veranderd tijdens de controle. Daarom is het bestand niet aangepast. Start de controle opnieuw.',
    'outside-project': '{{file}} staat buiten de projectmap. Daarom past herald het niet aan.',
    'not-written': '{{file}} kon niet worden opgeslagen ({{reason}}). Het bestand is niet veranderd.',
    // SARIF's description of a fix.
    replace: 'Vervang "{{old}}" door "{{new}}".',
  },
  // check's CI options: --quiet, --ignore-pattern, --stdin, --print-config, --changed-since (issue 20)
  'check-options': {
    'usage-output-no-dir': 'herald kan het rapport niet in {{file}} zetten: de map {{dir}} bestaat niet.',
    'usage-output-no-dir-hint': 'Maak de map eerst. Of geef -o een bestand in een map die wel bestaat.',
    'usage-output-is-dir': 'herald kan het rapport niet in {{file}} zetten: dat is een map.',
    'usage-output-is-dir-hint': 'Geef -o een bestandsnaam, zoals -o herald-rapport.txt.',
    'usage-output-not-allowed': 'herald mag het rapport niet in {{file}} zetten.',
    'usage-output-not-allowed-hint': 'Geef -o een bestand in een map waarin je mag schrijven.',
    // herald check's CI options: --quiet, --ignore-pattern, --changed-since, --stdin, --print-config (issue 20)
    'help-quiet': 'toon alleen fouten; waarschuwingen tellen alleen mee voor --max-warnings',
    'help-ignore-pattern': 'sla bestanden over die op dit patroon passen (vanaf de projectmap); mag vaker',
    'help-changed-since': 'toon alleen meldingen in bestanden die sinds deze git-ref veranderd zijn (herald leest wel alle berichten)',
    'help-stdin': 'controleer de tekst op standaardinvoer (een buffer uit je editor); werkt met --stdin-filename',
    'help-stdin-filename': 'het bestand waar de tekst op standaardinvoer voor staat',
    'help-print-config': 'toon per regel de ernst, de opties en waar ze zijn ingesteld; controleert niets',
    'usage-ignore-pattern': 'herald kan --ignore-pattern "{{pattern}}" niet gebruiken.',
    'usage-ignore-pattern-hint': 'Schrijf het patroon vanaf de projectmap, zoals "content/**/README.md". Sluit elke [, { en ( ook weer af.',
    'usage-stdin-filename-alone': '--stdin-filename werkt alleen samen met --stdin.',
    'usage-stdin-filename-alone-hint': 'Voeg --stdin toe en stuur de tekst in. Of controleer het bestand zelf: herald check BESTAND.',
    'usage-stdin-no-filename': 'Geef bij --stdin ook --stdin-filename. herald toont de meldingen bij dat bestand.',
    'usage-stdin-no-filename-hint': 'Bijvoorbeeld: herald check --stdin --stdin-filename content/2026/nieuws.md < concept.md',
    'usage-stdin-not-project-file': '{{file}} is geen bericht en geen planbestand van dit project.',
    'usage-stdin-not-project-file-hint': 'Noem een .md-bestand in content/ of een .yaml-bestand in plans/.',
    'usage-stdin-fix': '--fix werkt niet met --stdin: herald past geen bestand aan dat via standaardinvoer komt.',
    'usage-stdin-fix-hint': 'Gebruik --fix-dry-run: dan toont herald de verbeterde tekst (met --format json in "output").',
    'usage-changed-not-git': '--changed-since werkt alleen in een git-repository. {{dir}} staat niet in een repository.',
    'usage-changed-not-git-hint': 'Start herald in een git-map. Of laat --changed-since weg: dan controleert herald alles.',
    'usage-changed-unknown-ref': 'git kent "{{ref}}" niet.',
    'usage-changed-unknown-ref-hint': 'Geef een branch, tag of commit die hier bestaat, zoals origin/main. Haal hem in CI eerst op.',
    'usage-changed-no-merge-base': '"{{ref}}" en de huidige commit hebben hier geen gezamenlijke commit.',
    'usage-changed-no-merge-base-hint': 'Haal meer geschiedenis op (in GitHub Actions: actions/checkout met fetch-depth: 0).',
    // --print-config's table
    'config-rule': 'Regel',
    'config-severity': 'Ernst',
    'config-set-in': 'Ingesteld in',
    'config-options': 'Opties',
    'config-default': 'standaard',
    'config-severity-error': 'fout',
    'config-severity-warn': 'waarschuwing',
    'config-severity-off': 'uit',
    'config-ignore': 'Overgeslagen bestanden (patronen):',
    'config-plan-problems': 'het plan heeft {{count}} {{count|probleem|problemen}}. "herald check" laat {{count|het|ze}} zien.',
  },
  // herald init's install story: the packed herald, --herald SPEC (issue 20)
  install: {
    'help-init-herald': 'installeer herald uit deze bron (je eigen registry, een git-URL, een tarball), niet uit een kopie in vendor/',
    vendored: 'Deze herald staat nu in {{file}}. package.json installeert hem daaruit. Zet {{file}} en package-lock.json in git: de CI doet "npm ci".',
    kept: 'Je {{file}} is niet veranderd. Voeg herald toe met "{{command}}".',
    next: 'Daarna: {{command}}',
  },
  // herald lsp: hover, completion, code actions (issue 21)
  lsp: {
    'audience-all': 'Iedereen: alle doelgroepen van het plan',
    budget: 'hoogstens {{budget}} per week',
    period: '{{from}} tot {{until}}',
    measure: 'We meten het zo: {{measure}}',
    'campaign-goal': 'Doel: {{goal}}',
    channels: 'Kanalen: {{channels}}',
    'reading-level': 'Taalniveau: {{level}}',
    'week-load': '{{count}} {{count|bericht|berichten}} in week {{week}}',
    'week-load-budget': '{{count}} van {{budget}} berichten in week {{week}}',
    'lang-nl': 'Nederlands',
    'lang-en': 'Engels',
    'action-fix': 'Herstel: maak er "{{replacement}}" van',
    'action-disable-line': 'Zet {{rule}} uit voor deze regel',
    'action-disable-message': 'Zet {{rule}} uit voor dit hele bericht',
    // Front-matter keys, for completion: one line each.
    'key-title': 'De kop die lezers zien.',
    'key-date': 'Wanneer het online komt: 2026-03-02T09:00, in de tijdzone van de site.',
    'key-audience': 'Voor wie het is: ids van doelgroepen, of all.',
    'key-goal': 'Het doel uit het plan waar het bij hoort.',
    'key-kind': 'news, change, success, dialogue of event.',
    'key-why': 'Waarom het voor de lezer telt, in een zin.',
    'key-cta': 'Wat de lezer nu doet: tekst, en een link of datum.',
    'key-campaign': 'De campagne waar het bij hoort.',
    'key-channels': 'De kanalen die het brengen.',
    'key-effective': 'Wanneer de verandering ingaat.',
    'key-feedback': 'Waar lezers kunnen reageren: een link of mailadres.',
    'key-image': 'Een afbeelding: {src: foto.jpg, alt: wat je ziet}.',
    'key-tags': "Tags, voor de tagpagina's.",
    'key-lang': 'De taal van dit bericht: nl of en.',
    'key-draft': 'Met true komt het niet op de site.',
    'key-slug': 'Het laatste deel van het webadres.',
    'key-lint': 'Regels die je uitzet voor dit bericht: {disable: [regel-id]}.',
  },
  // herald check --cache (issue 19)
  cache: {
    'help-check-cache': 'sla bestanden over die niet veranderd zijn sinds de vorige controle (bewaard in .herald-cache)',
    'help-check-cache-location': 'het cachebestand, of een map voor .herald-cache; zet ook --cache aan',
    'help-build-cache':
      "maak alleen de pagina's opnieuw waarin iets veranderd is. De controle gebruikt .herald-cache, de build bewaart .herald-cache-build ernaast",
    'help-build-cache-location': 'het cachebestand van de controle, of een map voor .herald-cache (die van de build komt ernaast); zet ook --cache aan',
    'cache-unreadable': 'De cache {{file}} was niet te lezen. Daarom zijn alle bestanden opnieuw gecontroleerd. Er is een nieuwe cache geschreven.',
    'cache-unwritable': 'De cache {{file}} kon niet worden opgeslagen ({{reason}}). De controle zelf is wel klaar. Kies een andere plek met --cache-location.',
  },
};
