import type { Catalogue } from './catalogue.js';

/**
 * English sentences, by rule id (or `common`) and message id. Placeholders:
 * see catalogue.ts. Write them as a comms writer reads them: what is wrong,
 * then what to do.
 */
export const en: Catalogue = {
  common: {
    // What keeps an SVG from being published: "it <phrase>" (broken-link's unsafe-svg).
    'svg-hazard-unreadable': 'could not be read ({{error}})',
    'svg-hazard-not-utf8': 'is not plain UTF-8 text',
    'svg-hazard-encoding': 'declares the encoding {{encoding}}, not UTF-8',
    'svg-hazard-not-well-formed': 'is not well-formed XML ({{reason}})',
    'svg-hazard-doctype-declarations': 'has a DOCTYPE with declarations of its own',
    'svg-hazard-style-sheet-instruction': 'loads a style sheet',
    'svg-hazard-html-element': 'has an HTML or MathML <{{element}}> element',
    'svg-hazard-svg-element': 'has a <{{element}}> element',
    'svg-hazard-event-handler': 'has an event handler attribute ({{attribute}}=)',
    'svg-hazard-unsafe-link': 'has a link that is not http(s), mailto or an image ({{attribute}}="{{value}}")',
    'svg-hazard-active-style': 'has a style that loads or runs something',
    'svg-hazard-active-style-sheet': 'has a style sheet that loads or runs something',
    'internal-error': 'herald could not run this rule on this file ({{reason}}); please report this as a bug.',
    'replace-with': 'Replace with "{{expected}}".',
    // A field of the front-matter, the plan or a rule's options that does not
    // fit its schema: `field` is its path as written (`segments.kantoor.maxPerWeek`: ids, not positions).
    'unknown-key':
      'Unknown key "{{key}}"{{#field}} in "{{field}}"{{/field}}{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}{{#allowed}}; allowed keys: {{allowed}}.{{/allowed}}{{^allowed}}.{{/allowed}}{{/expected}}',
    required: '"{{field}}" is required.',
    'invalid-type': '"{{field}}" should be {{type:type}}, not {{actual:value}}.',
    'invalid-value':
      '"{{field}}" is {{actual:value}}, but must be one of: {{options}}{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'too-small-array': '"{{field}}" needs at least {{minimum}} item(s).',
    empty: '"{{field}}" must not be empty.',
    'too-small': '"{{field}}" must be at least {{minimum}}.',
    'too-big': '"{{field}}" must be at most {{maximum}}.',
    'too-big-array': 'Keep "{{field}}" to {{maximum}} {{maximum|item|items}} at most: choose the ones that matter most.',
    'tag-markup': 'Write "{{field}}" in plain words, without <, > or ": a tag becomes a page title and a link.',
    'unexpected-form': '"{{field}}" has an unexpected form ({{actual:value}}).',
    'kebab-case':
      '{{#suggestion}}Write "{{suggestion}}" instead of "{{value}}": an id has lower-case letters, digits and hyphens, no spaces.{{/suggestion}}{{^suggestion}}Write "{{field}}" in lower-case letters, digits and hyphens, no spaces.{{/suggestion}}',
    'slug-kebab-case':
      '{{#suggestion}}Write "{{suggestion}}" instead of "{{value}}": a slug has lower-case letters, digits and hyphens, no spaces.{{/suggestion}}{{^suggestion}}Write "{{field}}" in lower-case letters, digits and hyphens, no spaces.{{/suggestion}}',
    'date-format': '"{{field}}" must be a date written as YYYY-MM-DD.',
    'real-date': '"{{field}}" is not a real calendar date.',
    'date-time-format': '"{{field}}" must be a date or date-time written as YYYY-MM-DD or YYYY-MM-DDTHH:MM.',
    'real-date-time': '"{{field}}" is not a real date and time.',
    url: '"{{field}}" must be an http(s) or mailto URL, or a relative path.',
    'image-url': '"{{field}}" must be an http(s) URL or a relative path.',
    'time-zone': '"{{field}}" is not an IANA time zone such as "Europe/Amsterdam".',
    glob: '"{{field}}" is not a pattern herald can use: write it relative to the project folder, like "content/**/README.md", and close every [, { and (.',
    'invalid-url': '"{{field}}" invalid URL.',
    // TRANSITIONAL: zod's own reason, for a check herald has no sentence for yet.
    invalid: '"{{field}}" {{reason}}',
    // What a field should be (`{{type:type}}`) …
    'type-text': 'text',
    'type-number': 'a number',
    'type-int': 'int',
    'type-boolean': 'true or false',
    'type-list': 'a list',
    'type-mapping': 'a mapping of keys to values',
    // … and what it is (`{{actual:value}}`).
    'value-empty': 'empty',
    'value-missing': 'missing',
    'value-list': 'a list',
    'value-mapping': 'a mapping',
    'value-text': '"{{value}}"',
    'value-number': 'the number {{value:raw}}',
    'value-other': '{{value}}',
  },
  'front-matter': {
    'unknown-rule-in-disable':
      'Unknown rule "{{id}}" in lint.disable{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; "herald rules" lists them.{{/expected}}',
    'not-yaml': 'Front-matter must be YAML, but this block is marked "{{language}}"; start it with a plain "---" line.',
    unclosed: 'The front-matter is never closed; add a line with only "---" after the last field.',
    'too-deep': 'The front-matter is nested too deeply to read; keep it to a few levels of fields and lists.',
    // Mistakes in the YAML itself, each with its fix: `key`, `value` and `quoted` are the writer's own text.
    'colon-in-value': 'Put the text after "{{key}}:" in quotes: {{key}}: {{quoted}}. Without quotes, the colon in it breaks the front-matter.',
    'quote-value':
      'Put the text after "{{key}}:" in quotes: {{key}}: {{quoted}}. Without quotes, YAML reads text that starts with this character as something else.',
    'bad-indent': 'Line "{{key}}" up with "{{sibling}}" above it: start it with exactly as many spaces.',
    'tab-indent': 'Indent with spaces, not with a tab{{#key}} (before "{{key}}"){{/key}}.',
    'duplicate-key': 'Remove one of the two "{{key}}" lines: each field may appear only once.',
    'unclosed-quote': 'Close the quotes{{#key}} of "{{key}}"{{/key}}: put the same quote mark at the end of the text, on the same line.',
    'unclosed-list': 'Close the list{{#key}} of "{{key}}"{{/key}} with "]", on the same line.',
    'unclosed-mapping': 'Close the {{#key}}"{{key}}" {{/key}}block with "}", on the same line.',
    'bad-escape':
      'Put the text{{#key}} of "{{key}}"{{/key}} in single quotes (\'…\') instead, or remove the \\: inside double quotes it has a special meaning.',
    'missing-colon': 'Write this line as "field: value", or indent it with two spaces if it belongs to the field above: "{{text}}".',
    'extra-document': 'Remove this line: the front-matter is one block between two lines of "---".',
    'check-line': 'Check this line: write each field as "field: value" on a line of its own, and put text with : # [ ] { } & * or ! in quotes.',
    'comma-list': 'Write "{{key}}" as a list, in square brackets: {{key}}: [{{items}}].',
    'alt-outside-image': 'Move "alt" under "image": image: {src: {{#src}}{{src}}{{/src}}{{^src}}…{{/src}}, alt: {{alt}}}.',
    'id-form':
      '{{#expected}}Write "{{expected}}" instead of "{{value}}": an id has lower-case letters and hyphens, no spaces.{{/expected}}{{^expected}}Write "{{value}}" as an id: lower-case letters and hyphens, no spaces{{#ids}}. The plan has: {{ids}}{{/ids}}.{{/expected}}',
    unreadable: 'herald could not read this file ({{reason}}).',
    'unreadable-too-deep': 'herald could not read this file (it is nested too deeply).',
    'not-a-mapping': 'The front-matter must be a list of "key: value" fields.',
    'no-front-matter': 'Start the file with a block between two "---" lines, with title, date, audience and goal.',
    'unknown-field': '{{#expected}}Did you mean "{{expected}}"? {{/expected}}herald does not know the field "{{key}}".',
    'required-field': 'Add "{{key}}" to the front-matter: it is required.',
  },
  'unknown-reference': {
    'unknown-segment':
      '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The plan has no segment "{{id}}".{{^expected}}{{#ids}} It has: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-goal':
      '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The plan has no goal "{{id}}".{{^expected}}{{#ids}} It has: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-campaign':
      '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The plan has no campaign "{{id}}".{{^expected}}{{#ids}} It has: {{ids}}.{{/ids}}{{/expected}}',
    'unknown-channel':
      '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The plan has no channel "{{id}}".{{^expected}}{{#ids}} It has: {{ids}}.{{/ids}}{{/expected}}',
    'for-without-segment': 'This :::for block names no segment; write :::for{segment=<segment id>}.',
    'unknown-for-segment':
      'Unknown segment "{{id}}" in a :::for block{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}{{#ids}}; the plan has: {{ids}}.{{/ids}}{{^ids}}.{{/ids}}{{/expected}}',
  },
  'goal-inactive': {
    'before-goal': 'Pick a later date: on {{date}}, goal "{{id}}" has not started yet (it starts on {{from}}).',
    'after-goal': 'Pick an earlier date: on {{date}}, goal "{{id}}" is over (it ran until {{until}}).',
    'before-campaign': 'Pick a later date: on {{date}}, campaign "{{id}}" has not started yet (it starts on {{from}}).',
    'after-campaign': 'Pick an earlier date: on {{date}}, campaign "{{id}}" is over (it ran until {{until}}).',
  },
  'why-missing': {
    'no-why': 'Add "why:" with a sentence about what this means for the reader.',
    'why-repeats-title': 'Say in "why" what this means for the reader: now it repeats the title.',
    'why-too-short': 'Explain more in "why": use at least {{minWords}} words. Now it has {{count}} {{count|word|words}}.',
  },
  'cta-missing': {
    'no-cta': 'The message has no call-to-action; add "cta: {text: …}" saying what the reader should do next.',
  },
  'cta-vague': {
    'vague-cta': 'The call-to-action "{{text}}" is vague; say what the reader should do, e.g. "Meld je aan voor de training".',
    'vague-cta-en': 'The call-to-action "{{text}}" is vague; say what the reader should do, e.g. "Sign up for the training".',
    'no-leading-verb': 'The call-to-action "{{text}}" does not start with a verb the reader can do; start with one, e.g. "Meld je aan voor …".',
    'no-leading-verb-en': 'The call-to-action "{{text}}" does not start with a verb the reader can do; start with one, e.g. "Sign up for …".',
    'no-where-or-when': 'The call-to-action says neither where nor by when; add a link (cta.url), a place, or a due date (cta.due).',
  },
  'channel-reach': {
    'misses-segment': 'Channel "{{channel}}" does not reach segment "{{segment}}"; use a channel listed for it in the plan.',
    'misses-segments': 'Channel "{{channel}}" does not reach segments {{#segments}}"{{.}}"{{/segments}}; use a channel listed for them in the plan.',
  },
  'frequency-cap': {
    'over-budget':
      'Spread these messages out: segment "{{segment}}" gets {{count}} messages from {{from}} to {{until}}, more than its budget of {{budget}} in any {{days}} days, and this one ({{date}}) goes over it; {{others|the other is|the others are}} {{#others}}{{.}} ({{.otherDates}}){{/others}}.',
    'other-message': 'Another message for the same segment in the same busy week.',
  },
  'quiet-period': {
    'in-quiet-period': 'Pick another date: {{date}} falls in the quiet period "{{reason}}" ({{from}} – {{until}}).',
    'on-saturday': 'Pick a working day: {{date}} is a Saturday, and the calendar avoids weekends.',
    'on-sunday': 'Pick a working day: {{date}} is a Sunday, and the calendar avoids weekends.',
  },
  'lead-time': {
    'after-effective':
      'Announce a change at least {{leadTimeDays}} days ahead. This message comes on {{date}}, {{days}} {{days|day|days}} after the change took effect ({{effective}}).',
    'too-close-to-effective':
      'Announce a change at least {{leadTimeDays}} days ahead. This message comes only {{days}} {{days|day|days}} before the change ({{effective}}).',
  },
  'feedback-missing': {
    'change-without-feedback': 'Add "feedback:" with a link or mailto: address, so readers can respond to this change.',
    'dialogue-without-feedback': 'Add "feedback:" with a link or mailto: address, so readers can respond to this dialogue.',
  },
  hype: {
    'sales-hype': 'Say plainly what happens and what it means for the reader: "{{text}}" sounds like an advert.',
    'shouting-exclamations': 'Use one exclamation mark at most, or none: "{{text}}" shouts.',
    'shouting-capitals': 'Write "{{text}}" in sentence case: text in capitals reads as shouting.',
  },
  readability: {
    'sentence-too-long': 'Split this sentence: it has {{words}} words, too many for reading level {{level}} (at most {{maxWords}}).',
    'hard-to-read-nl':
      'Make the text easier for reading level {{level}}: split the longest {{sentenceCount|sentence|sentences}}, on {{#sentenceLines}}line {{.}} ({{.sentenceWords}} words){{/sentenceLines}}{{#swapCount}}; write {{#swaps}}"{{.swapTo}}" for "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; find shorter words than {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. The text scores {{score}} (Flesch–Douma), below {{minScore}}: {{wordsPerSentence}} words per sentence, {{syllablesPerWord}} syllables per word; the hardest sentence starts here.',
    'hard-to-read-en':
      'Make the text easier for reading level {{level}}: split the longest {{sentenceCount|sentence|sentences}}, on {{#sentenceLines}}line {{.}} ({{.sentenceWords}} words){{/sentenceLines}}{{#swapCount}}; write {{#swaps}}"{{.swapTo}}" for "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; find shorter words than {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. The text scores {{score}} (Flesch reading ease), below {{minScore}}: {{wordsPerSentence}} words per sentence, {{syllablesPerWord}} syllables per word; the hardest sentence starts here.',
    'plain-word': 'Write "{{plain}}" instead of "{{text}}": the plain word reads faster.',
  },
  'image-alt': {
    'front-matter-image-without-alt': 'Give the image alt text that says what it shows: image: {src: {{src}}, alt: …}.',
    'image-without-alt': 'Say what the image "{{src}}" shows, between the brackets: ![what it shows](…).',
    'img-without-alt': 'Add alt="…" to this <img>: say what it shows.',
  },
  'broken-link': {
    'unsafe-protocol':
      'Use an ordinary link (https://…), an e-mail address (mailto:) or a phone number (tel:). The site leaves out the link "{{url}}": a link that starts with "{{protocol}}:" is not safe, or browsers do not know it.',
    'link-outside-content': 'Put the file in content/: the link "{{url}}" points outside it, and the site cannot include that.',
    'link-target-missing': '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The link "{{url}}" points to {{target}}, which does not exist.',
    'link-site-own-file':
      'Move or rename the file: the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the site writes its own {{file}}.',
    'link-site-own-pages':
      'Move or rename the file: the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own pages.',
    'link-site-search-index':
      'Move or rename the file: the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own search index.',
    'link-message-page':
      'Move or rename the file: the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the page of the message {{page}} goes.',
    'link-active-inner-extension':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald does not publish a file with .{{extension}} in its name: a web server could run it or serve it as a page of the site.',
    'link-unpublished-type':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .{{extension}} files, which a browser or web server might run as part of the site.',
    'link-no-type':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only files with a type it knows (such as .png, .pdf, .docx, .mp4), and this one has none.',
    'link-unsafe-svg':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald cannot publish that SVG: it {{hazard:svg-hazard}}, and a browser opening it on the site\'s address could run it as part of the site.',
    'image-outside-content': 'Put the image in content/: "{{url}}" points outside it, and the site cannot include that.',
    'image-target-missing': '{{#expected}}Did you mean "{{expected}}"? {{/expected}}The image "{{url}}" points to {{target}}, which does not exist.',
    'image-site-own-file':
      'Move or rename the file: the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the site writes its own {{file}}.',
    'image-site-own-pages':
      'Move or rename the file: the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own pages.',
    'image-site-search-index':
      'Move or rename the file: the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own search index.',
    'image-message-page':
      'Move or rename the file: the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the page of the message {{page}} goes.',
    'image-active-inner-extension':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald does not publish a file with .{{extension}} in its name: a web server could run it or serve it as a page of the site.',
    'image-unpublished-type':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .{{extension}} files, which a browser or web server might run as part of the site.',
    'image-no-type':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only files with a type it knows (such as .png, .pdf, .docx, .mp4), and this one has none.',
    'image-unsafe-svg':
      'Link to the file where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF): the image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald cannot publish that SVG: it {{hazard:svg-hazard}}, and a browser opening it on the site\'s address could run it as part of the site.',
  },
  'duplicate-slug': {
    'same-url': 'Give one of these messages a different "slug": this one would be published at {{url}}, like {{others}}.',
    'other-message': 'Another message published at the same URL.',
  },
  'segment-neglected': {
    'no-message-at-all':
      'Write a message for segment "{{segment}}": it gets nothing between {{first}} and {{last}} ({{days}} days; neglectAfterDays is {{limit}}).',
    'no-message-for-days':
      'Write a message for segment "{{segment}}": it gets nothing for {{days}} days, from {{from}} to {{until}} (neglectAfterDays is {{limit}}).',
  },
  'goal-uncovered': {
    'no-message-in-period': 'Write a message for goal "{{goal}}", or end the goal sooner: it has no message between {{from}} and {{until}}.',
  },
  'campaign-no-dialogue': {
    'no-dialogue-message': 'Add a dialogue message (kind: dialogue) to campaign "{{campaign}}", where people can ask questions, or set requireFeedback: false.',
  },
  mix: {
    'too-few-news':
      'Write more news messages: in {{month}}, {{percent}}% of the messages are news ({{count}} of {{total}}). The plan asks for at least {{minimum}}%.',
    'too-few-change':
      'Write more change messages: in {{month}}, {{percent}}% of the messages are about a change ({{count}} of {{total}}). The plan asks for at least {{minimum}}%.',
    'too-few-success':
      'Write more success messages: in {{month}}, {{percent}}% of the messages are about a success ({{count}} of {{total}}). The plan asks for at least {{minimum}}%.',
    'too-few-dialogue':
      'Write more dialogue messages: in {{month}}, {{percent}}% of the messages open a dialogue ({{count}} of {{total}}). The plan asks for at least {{minimum}}%.',
    'too-few-event':
      'Write more event messages: in {{month}}, {{percent}}% of the messages are about an event ({{count}} of {{total}}). The plan asks for at least {{minimum}}%.',
  },
  'plan-schema': {
    // Mistakes in the YAML itself, each with its fix (the same advice as for front-matter): `key`, `value` and `quoted` are the writer's own text.
    'colon-in-value': 'Put the text after "{{key}}:" in quotes: {{key}}: {{quoted}}. Without quotes, the colon in it breaks the plan file.',
    'quote-value':
      'Put the text after "{{key}}:" in quotes: {{key}}: {{quoted}}. Without quotes, YAML reads text that starts with this character as something else.',
    'bad-indent': 'Line "{{key}}" up with "{{sibling}}" above it: start it with exactly as many spaces.',
    'tab-indent': 'Indent with spaces, not with a tab{{#key}} (before "{{key}}"){{/key}}.',
    'duplicate-key': 'Remove one of the two "{{key}}" lines: each key may appear only once in the same place.',
    'unclosed-quote': 'Close the quotes{{#key}} of "{{key}}"{{/key}}: put the same quote mark at the end of the text, on the same line.',
    'unclosed-list': 'Close the list{{#key}} of "{{key}}"{{/key}} with "]".',
    'unclosed-mapping': 'Close the {{#key}}"{{key}}" {{/key}}block with "}".',
    'bad-escape':
      'Put the text{{#key}} of "{{key}}"{{/key}} in single quotes (\'…\') instead, or remove the \\: inside double quotes it has a special meaning.',
    'missing-colon': 'Write this line as "key: value", or indent it further if it belongs to the key above: "{{text}}".',
    'extra-document': 'Remove this line: a plan file is one block of YAML, without "---" or "..." lines in between.',
    'check-line': 'Check this line: write each key as "key: value" on a line of its own, and put text with : # [ ] { } & * or ! in quotes.',
    'not-a-mapping': 'A plan file must be a mapping of sections such as "segments:" and "goals:".',
    'duplicate-section':
      'Keep the section "{{section}}" in one file. herald uses the one in {{firstFile}}:{{firstLine:raw}} and skips this one in {{file}}:{{line:raw}}.',
    'unknown-section':
      'Unknown plan section "{{section}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the sections are {{sections}}.{{/expected}}',
    'not-a-list': '"{{section}}" should be a list (items starting with "- ").',
    'duplicate-id': 'The id "{{id}}" is used twice in {{section}} (also at line {{firstLine}}); ids must be unique.',
    'no-site': 'The plan has no "site" section; add one with at least a title, e.g. "site: {title: Nieuws}".',
    'unknown-segment':
      'Unknown segment "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s segments are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'unknown-goal':
      'Unknown goal "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s goals are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'unknown-channel':
      'Unknown channel "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s channels are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'ends-before-start': '"{{id}}" ends ({{until}}) before it starts ({{from}}).',
    'quiet-ends-before-start': 'The quiet period "{{reason}}" ends ({{until}}) before it starts ({{from}}).',
    'unknown-rule':
      'Unknown rule "{{id}}" in rules{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; "herald rules" lists them.{{/expected}}',
  },
  report: {
    // The summary under herald check's report (stylish); the tool adds ✖ or ✔.
    'summary-problems': '{{count}} {{count|problem|problems}} ({{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}})',
    'summary-clean': '{{files}} {{files|file|files}} checked, no problems',
    'too-many-warnings': 'Fix warnings until at most {{max}} remain: there {{count|is|are}} {{count}} {{count|warning|warnings}} (--max-warnings {{max}}).',
  },
  rebuild: {
    // TRANSITIONAL: `reason` is the error's own words.
    failed: '{{reason}}',
  },
  template: {
    // TRANSITIONAL: `reason` is the template engine's own words.
    failed: '{{reason}}',
    'page-failed': 'herald could not render this page: {{reason}}',
  },
  // the link-text rule
  'link-text': {
    'vague-link-text':
      'Name where the link goes in its text: "{{text}}" says nothing on its own, and a screen reader may read the link alone (for example "the new roster on the intranet" instead of "click here").',
  },
  // the body-structure rule
  'body-structure': {
    'nested-too-deeply':
      'The body nests {{depth}} levels deep from here (lists, quotes and HTML elements inside each other); the site renders at most {{limit}}. Remove the extra nesting, for example the HTML pasted from another tool.',
    'markdown-too-deep':
      'Use fewer quote marks (>) or less indentation here. From this line the quotes and lists go more than {{limit}} levels deep, and the site would leave the text out.',
  },
  // what herald's commands print (build, plan, init, new, dev, --help, usage errors)
  terminal: {
    // Usage errors: what stops a command, then (`-hint`) what to do.
    'usage-no-root': 'The project folder {{dir}} does not exist.',
    'usage-no-root-hint': 'Pass the folder that holds plans/ and content/ with --root DIR.',
    'usage-no-plan': 'No plan found: {{dir}} has no *.yaml files.',
    'usage-no-plan-hint': 'Run herald in the root of your comms project, pass --root DIR, or create one with "herald init".',
    'usage-herald-lang': 'HERALD_LANG is "{{value}}", a language herald does not speak.',
    'usage-herald-lang-hint': 'Set it to nl or en, or leave it empty.',
    'usage-build-out-contains-project': 'The output folder {{dir}} contains the project itself.',
    'usage-build-out-contains-project-hint': 'Choose a folder inside the project, such as "site".',
    'usage-build-out-inside-own': 'The output folder {{dir}} is inside {{own}}/, which holds your own files.',
    'usage-build-out-inside-own-hint': 'Use --out site.',
    'usage-build-out-is-file': 'The output folder {{dir}} is a file, not a folder.',
    'usage-build-out-is-file-hint': 'Choose another folder with --out, or remove that file first.',
    'usage-build-out-not-herald': '{{dir}} already has files that herald did not write; a build replaces the whole folder.',
    'usage-build-out-not-herald-hint': 'Choose an empty or new folder with --out, or remove that folder first.',
    'usage-build-base-url-relative': 'The base URL "{{url}}" is not an absolute URL.',
    'usage-build-base-url-relative-hint': 'Write it like https://intranet.example/nieuws/.',
    'usage-build-base-url-protocol': 'The base URL "{{url}}" must start with https:// or http://.',
    'usage-init-not-folder': '{{dir}} exists and is not a folder.',
    'usage-init-not-folder-hint': 'Pass a folder for the new project.',
    'usage-init-exists': '{{dir}} already has {{files}}{{#more}}, and {{more}} more{{/more}}; herald init does not overwrite files.',
    'usage-init-exists-hint': 'Use an empty folder, or pass --force to replace them.',
    'usage-plan-from': '--from "{{from}}" is not a date.',
    'usage-plan-from-hint': 'Write it as yyyy-mm-dd, e.g. --from 2026-03-02.',
    'usage-plan-weeks': '--weeks must be a whole number from 1 to {{max}}.',
    'usage-plan-weeks-hint': 'For example --weeks 13 for a quarter.',
    'usage-schema-unknown': 'Unknown schema "{{name}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}',
    'usage-schema-unknown-hint': 'The schemas are: {{known}}.',
    'usage-check-format': 'Unknown format "{{format}}".',
    'usage-check-format-hint': 'Use one of: {{formats}}.',
    'usage-check-no-such-path': 'No such file or folder: {{path}}.',
    'usage-rules-unknown': 'Unknown rule "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'usage-rules-unknown-hint': 'Run "herald rules" for the list.',
    'usage-write-outside-root': 'Refusing to write {{file}}: it is not inside {{root}}.',
    'usage-write-links-outside': 'Refusing to write {{file}}: its folder links outside {{root}}.',
    'usage-new-empty-title': 'The title is empty.',
    'usage-new-empty-title-hint': 'Run: herald new "Title of the message"',
    'usage-new-empty-plan': 'The plan has no segments or no goals yet, so a message has no one to reach.',
    'usage-new-empty-plan-hint': 'Add them to plans/ first (see "herald init" for an example).',
    'usage-new-missing-audience': 'Missing --audience (there is no terminal to ask on).',
    'usage-new-missing-audience-hint': 'Pass --audience <segment ids>, e.g. herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-missing-goal': 'Missing --goal (there is no terminal to ask on).',
    'usage-new-missing-goal-hint': 'Pass --goal <goal id>, e.g. herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-missing-both': 'Missing --audience and --goal (there is no terminal to ask on).',
    'usage-new-missing-both-hint': 'Pass --audience <segment ids> --goal <goal id>, e.g. herald new "{{title}}" --audience {{segment}} --goal {{goal}}',
    'usage-new-exists': '{{file}} already exists; herald new never overwrites a message.',
    'usage-new-exists-hint': 'Choose another title, or edit that file.',
    'usage-new-audience-empty': '--audience is empty.',
    'usage-new-audience-empty-hint': 'Name one or more segments: {{segments}}{{^segments}}none yet{{/segments}}, or all.',
    'usage-new-unknown-segment': 'Unknown segment "{{id}}" for --audience{{#expected}}; did you mean "{{expected}}"?{{/expected}}',
    'usage-new-unknown-segment-hint': "The plan's segments: {{segments}}{{^segments}}none yet{{/segments}} (or all).",
    'usage-new-unknown-campaign': 'Unknown campaign "{{id}}" for --campaign{{#expected}}; did you mean "{{expected}}"?{{/expected}}',
    'usage-new-unknown-campaign-hint': "The plan's campaigns: {{campaigns}}{{^campaigns}}none yet{{/campaigns}}.",
    'usage-new-campaign-goal': 'Campaign "{{campaign}}" serves goal "{{goal}}", not "{{given}}".',
    'usage-new-campaign-goal-hint': 'Leave out --goal, or pass --goal {{goal}}.',
    'usage-new-unknown-goal': 'Unknown goal "{{id}}" for --goal{{#expected}}; did you mean "{{expected}}"?{{/expected}}',
    'usage-new-unknown-goal-hint': "The plan's goals: {{goals}}{{^goals}}none yet{{/goals}}.",
    'usage-new-unknown-kind': 'Unknown kind "{{id}}" for --kind{{#expected}}; did you mean "{{expected}}"?{{/expected}}',
    'usage-new-unknown-kind-hint': 'Kinds: {{kinds}}.',
    'usage-new-flag-date': '{{flag}} "{{date}}" is not a date.',
    'usage-new-flag-date-hint': 'Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:00.',
    'usage-new-url': '--cta-url "{{url}}" is not a link herald can publish.',
    'usage-new-url-hint': 'Use a link that starts with https://, http:// or mailto:, or a path relative to the message.',
    'usage-new-date': '--date "{{date}}" is not a date.',
    'usage-new-date-hint': 'Write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM, e.g. 2026-12-01T09:00.',
    'usage-new-no-slug': 'The title "{{title}}" has no letters or digits to make a file name from.',
    'usage-new-no-slug-hint': 'Give the message a title in words.',
    // herald build
    'build-done':
      'Built {{pages}} {{pages|page|pages}} from {{messages}} {{messages|message|messages}} in {{seconds}} s → {{out}} (view it with herald dev or any static web server; opened from disk, links work only with JavaScript)',
    'build-stopped':
      'the check found {{count}} {{count|error|errors}}; nothing was built (the previous site is untouched). Fix them, or build anyway with --no-check.',
    'build-skipped': 'left out {{file}}: give its front-matter a title, date and audience to put it on the site.',
    'build-skipped-error': 'left out {{file}}: fix its front-matter at line {{line:raw}} to put it on the site (the finding above, or herald check, says how).',
    'build-no-base-url': 'no site.baseUrl in the plan (or --base-url), so no feeds or sitemap were written.',
    'build-scheduled': '{{count}} scheduled {{count|message|messages}} not published; {{count|it appears|the next one appears}} {{day}} at {{time}}',
    // herald plan (the table; CSV and JSON keep their keys)
    'plan-heading': 'Plan for {{from}} – {{until}}',
    'plan-heading-period': '({{weeks}} {{weeks|week|weeks}}, {{first}} – {{last}}). Drafts are not counted.',
    'plan-heading-week': 'Messages per segment per week',
    'plan-heading-week-cells': '(count/budget)',
    'plan-legend-over-budget': '! over budget: frequency-cap reports a message that week',
    'plan-legend-quiet': '~ quiet: {{weeks}}',
    'plan-heading-goals': 'Goals',
    'plan-no-goals': 'The plan has no goals.',
    'plan-goal-inactive': 'not active',
    'plan-goal-no-messages': 'no messages',
    'plan-goal-measure': 'measure: {{measure}}',
    'plan-messages': '{{count}} {{count|message|messages}}',
    'plan-heading-campaigns': 'Campaigns',
    'plan-heading-campaigns-note': '(all their messages; dimmed: outside this period)',
    'plan-no-campaigns': 'No campaign runs in this period.',
    'plan-campaign': '{{from}} – {{until}} · goal {{goal}} · {{count}} {{count|message|messages}}',
    'plan-campaign-dialogue': '{{count}} dialogue',
    'plan-campaign-no-dialogue': 'no dialogue yet',
    'plan-campaign-dialogue-not-required': 'no dialogue (not required)',
    'plan-heading-mix': 'Content mix per month',
    'plan-mix-minimums': '(plan minimums: {{minimums}})',
    'plan-no-mix': 'No messages in these months.',
    'plan-mix-under': '{{share}} under {{minimum}}',
    'plan-heading-neglected': 'Segments without news',
    'plan-no-neglected': 'None: every segment hears something at least every neglectAfterDays.',
    'plan-neglected-none': 'nothing in this period (since {{from}}), {{days}} days; neglectAfterDays is {{limit}}',
    'plan-neglected-gap': 'nothing from {{from}} until {{until}}, {{days}} days; neglectAfterDays is {{limit}}',
    'plan-csv-campaign-note': 'goal {{goal}}; {{dialogue}} dialogue',
    'plan-problems': 'the plan has {{count}} {{count|problem|problems}}; items with errors are left out of this report. Run "herald check" to see them.',
    // herald init
    'init-created': 'Created a herald project in {{dir}} ({{count}} files).',
    'init-ci-added': 'Added {{file}} to {{dir}}. It runs "npm ci": herald must be in package.json\'s devDependencies, with package-lock.json committed.',
    // herald new
    'new-wrote': 'Wrote {{file}}',
    'new-next': 'Next: fill in "why" and "cta" (the comments say what to write) and the text, then run: herald check {{file}}',
    'new-cancelled': 'cancelled; nothing was written.',
    // herald schema
    'schema-wrote': 'Wrote {{files}}',
    // herald dev
    'dev-serving': 'serving {{url}} (drafts and scheduled messages included; Ctrl-C to stop)',
    'dev-built': 'built in {{ms}} ms ·',
    'dev-rebuilt': 'rebuilt in {{ms}} ms ·',
    'dev-tally': '{{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}',
    'dev-added-error': '+ error',
    'dev-added-warning': '+ warning',
    'dev-fixed': '✓ fixed',
    'dev-rebuild-failed': 'rebuild failed:',
    'dev-indexed': 'search index: {{pages}} pages in {{seconds}} s',
    // The heading of the error box herald dev shows over a page, and its close button.
    'dev-overlay-heading': 'herald: {{count}} {{count|error|errors}}',
    'dev-overlay-close': 'Close',
    // --help: commander's frame, then each command's descriptions and examples
    'help-title-usage': 'Usage:',
    'help-title-options': 'Options:',
    'help-title-global-options': 'Global Options:',
    'help-title-commands': 'Commands:',
    'help-title-arguments': 'Arguments:',
    'help-extra-choices': 'choices',
    'help-extra-default': 'default',
    'help-extra-preset': 'preset',
    'help-extra-env': 'env',
    'help-examples': 'Examples:',
    'help-option-version': 'output the version number',
    'help-option-help': 'display help for command',
    'help-command-help': 'display help for command',
    'help-invalid-port': 'expected a port number from 0 to 65535.',
    'help-invalid-number': 'expected a whole number.',
    'help-herald': 'Lint internal-communication messages against your communication plan.',
    'help-option-root': 'project folder that holds plans/ and content/',
    'help-option-lang':
      "language of the findings, the terminal output and --help (default: $HERALD_LANG, else the plan's site.language, else en); for init, of the scaffold",
    'help-option-format': 'output format',
    'help-check': 'lint every message and the plan; exit 1 on errors',
    'help-check-paths': 'report only findings in these files or folders (every message is still read)',
    'help-check-max-warnings': 'exit 1 when there are more warnings than this',
    'help-check-output': 'write the report to a file instead of the terminal',
    'help-check-examples':
      '  herald check\n  herald check content/2026/roosterapp.md\n  herald check --format sarif -o herald.sarif\n  herald check --root ../comms --max-warnings 0',
    'help-build': 'check, then render the site into site/ (lint errors stop it)',
    'help-build-out': 'output folder',
    'help-build-drafts': 'include draft messages',
    'help-build-future': 'include messages dated after now',
    'help-build-base-url': 'absolute URL the site is published at (for feeds and the sitemap)',
    'help-build-no-search': 'leave out the search index',
    'help-build-plan-page': 'also build the /plan/ dashboard for the comms team (not linked from reader pages; default: site.planPage)',
    'help-build-no-plan-page': 'leave out the /plan/ dashboard, even with site.planPage: true',
    'help-build-no-check': 'skip the check (front-matter problems are still reported) and render anyway',
    'help-build-examples': '  herald build\n  herald build --out public --base-url https://intranet.example/nieuws/\n  herald build --drafts --future',
    'help-plan': 'messages per segment per week, goal coverage, campaigns, mix and neglected segments',
    'help-plan-from': 'first day of the period, yyyy-mm-dd (default: today; the report starts on its Monday)',
    'help-plan-weeks': 'number of ISO weeks',
    'help-plan-examples': '  herald plan\n  herald plan --from 2026-09-01 --weeks 13\n  herald plan --format csv > plan.csv',
    'help-init': 'scaffold a project: a plan, three example messages, editor settings; --ci adds a CI workflow',
    'help-init-dir': 'folder for the project (default: --root, or the current folder)',
    'help-init-lang': 'language of the plan and the examples (default: nl)',
    'help-init-ci': 'also write a CI workflow; in an existing project, only that',
    'help-init-force': 'replace files that already exist',
    'help-init-examples':
      '  herald init comms\n  herald init --lang en --ci github\n  herald init --ci gitlab        # in an existing project: only .gitlab-ci.yml',
    'help-new': 'write content/<yyyy>/<slug>.md with front-matter from the plan; asks on a terminal',
    'help-new-title': 'the title of the message',
    'help-new-audience': 'segment ids, comma-separated or repeated, or "all"',
    'help-new-goal': 'the plan goal the message serves',
    'help-new-kind': 'news, change, success, dialogue or event (default news)',
    'help-new-campaign': 'a plan campaign (brings its goal)',
    'help-new-date':
      'publish moment, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the next working day at 09:00 outside quiet periods and within the weekly budget)',
    'help-new-why': 'why it matters to the reader (at least 6 words)',
    'help-new-cta': 'what the reader does next, starting with a verb',
    'help-new-cta-url': 'where the reader does it: a link',
    'help-new-cta-due': 'by when: YYYY-MM-DD',
    'help-new-where': 'for an event: where it happens',
    'help-new-when': 'for an event: when it starts, YYYY-MM-DDTHH:MM',
    'help-new-examples':
      '  herald new "Nieuwe kantine open"\n  herald new "Nieuwe kantine open" --audience productie,kantoor --goal gezond-werken --date 2026-12-01T09:00',
    'help-schema': 'JSON Schemas (draft 2020-12) for plan files and message front-matter, for editors',
    'help-schema-name': 'only this schema: plan or front-matter',
    'help-schema-out': 'write the schema files into this folder (relative to the project root) instead of printing',
    'help-schema-examples': '  herald schema --out schemas\n  herald schema plan > plan.schema.json',
    'help-dev': 'build, watch and serve the site on 127.0.0.1 with live reload (drafts and scheduled messages included)',
    'help-dev-port': 'port to listen on (0: any free port)',
    'help-dev-host': 'interface to listen on; only change this on a network you trust',
    'help-dev-allowed-host': 'also answer requests for this host name (repeatable); by default only 127.0.0.1, localhost, [::1] and --host',
    'help-dev-open': 'open the site in your browser',
    'help-dev-base-url': 'absolute URL the site is published at (for feeds)',
    'help-dev-no-search': 'do not build the search index in the background',
    'help-dev-examples': '  herald dev\n  herald dev --port 8080 --open\n  herald dev --root ../comms --port 0',
    'help-lsp': 'language server for editors: findings as you type, completion, hover, go to definition, quick fixes',
    'help-lsp-stdio': 'talk over standard input and output (the default; editors pass it)',
    'help-lsp-examples': '  herald lsp --stdio',
    'help-rules': 'list the rule catalogue, or explain one rule',
    'help-rules-id': 'a rule id, e.g. cta-vague',
    // herald dev refusing a request (plain text, one line; `host` and `origin` are the request's own)
    'dev-host-refused':
      'herald dev does not answer requests for the host "{{host}}", to guard against DNS rebinding. {{#name}}If you trust that name, start herald dev with --allowed-host {{name}}.{{/name}}{{^name}}Open the address herald dev printed when it started.{{/name}}',
    'dev-host-missing':
      'herald dev does not answer requests without a Host header, to guard against DNS rebinding. Open the address herald dev printed when it started.',
    'dev-origin-refused':
      'herald dev sends live reloads only to its own pages, not to a page from {{origin}}.{{#name}} If you trust that site, start herald dev with --allowed-host {{name}}.{{/name}}',
    'dev-too-many-streams': 'herald dev already sends live reloads to {{max}} open pages. Close some tabs, then reload this page.',
    // herald build failing to write the site; `folder` is the output folder, `code` the system's error code
    'build-no-space':
      'The disk is full, so the site could not be written to {{folder}} ({{code}}). Free some space, or build into a folder on another disk with --out. The previous site is as it was.',
    'build-quota':
      'Your disk quota is used up, so the site could not be written to {{folder}} ({{code}}). Free some space, or build into a folder elsewhere with --out. The previous site is as it was.',
    'build-not-writable':
      'herald may not write to {{folder}} or the folder it is in ({{code}}). Give yourself write permission there, or build into another folder with --out. The previous site is as it was.',
    'build-read-only':
      '{{folder}} is on a read-only file system ({{code}}). Build into a folder on a writable disk with --out. The previous site is as it was.',
    'build-not-a-folder':
      'The site cannot be written to {{folder}}: part of that path is a file, not a folder ({{code}}). Choose another folder with --out, or move that file away.',
  },
  // herald new's questions, key help and validation
  prompts: {
    'new-audience': 'Who is the message for?',
    'new-audience-all': 'Everyone',
    'new-audience-required': 'Choose at least one group (space), then press Enter.',
    'new-goal': 'Which goal does it serve?',
    'new-kind': 'What kind of message is it?',
    'new-campaign': 'Is it part of a campaign?',
    'new-campaign-none': 'No campaign',
    'kind-news': 'news',
    'kind-change': 'change',
    'kind-success': 'success story',
    'kind-dialogue': 'dialogue (questions, feedback)',
    'kind-event': 'event',
    // The key help under a question: @inquirer's action words.
    'key-navigate': 'navigate',
    'key-select': 'select',
    'key-all': 'all',
    'key-invert': 'invert',
    'key-space': 'space',
    'key-enter-select': 'select',
    'key-enter-submit': 'submit',
  },
  // rule pages and `herald rules <id>`: each rule's description, rationale and examples (issue 17).
  // `<rule>-description` is one line; `<rule>-rationale` says why. Both may name the rule's option
  // defaults (`{{minWords}}`) and the values its metadata gives (`docData`).
  'rule-docs': {
    'front-matter-description': 'Front-matter is YAML with title, date, audience and goal, in the right types and formats, and no unknown keys.',
    'front-matter-rationale':
      'Every other check and every page of the site reads the front-matter. A misspelt key or an impossible date would otherwise be ignored silently, and the message would reach nobody or the wrong people.',
    'unknown-reference-description': 'audience, goal, campaign, channels and :::for blocks name ids that exist in the plan.',
    'unknown-reference-rationale':
      'A message for a segment that does not exist reaches nobody, and one tied to an unknown goal or campaign drops out of the plan view. A typo here is easy to make and hard to see.',
    'goal-inactive-description': "The message date falls inside its goal's and campaign's from–until period.",
    'goal-inactive-rationale':
      'A message that serves a goal or campaign outside its period is usually a wrong date or a stale goal; either way the plan view would miscount it.',
    'why-missing-description': 'The message says why it matters to the reader: `why` is there, is not the title again, and has at least {{minWords}} words.',
    'why-missing-rationale':
      'Readers act on what they understand. Saying first why a change happens and what it means for them is what makes internal communication more than an announcement board.',
    'cta-missing-description': 'The message has a call-to-action: `cta.text` says what the reader does next.',
    'cta-missing-rationale':
      'A message without a next step informs at best. One clear call-to-action turns reading into doing, and makes the effect measurable.',
    'cta-vague-description': 'The call-to-action starts with a verb the reader can do, and says where (a link or a place) or by when (a due date).',
    'cta-vague-rationale':
      '"More information" or "Click here" leaves the reader to work out what is expected. A verb, a place and a deadline make the step concrete, and frontline staff without a desk need to know where to go.',
    'channel-reach-description': "Every channel a message lists reaches every segment in its audience (it is in the segment's `channels`).",
    'channel-reach-rationale':
      'Frontline staff often have no desk and no company mail. A message for them on the intranet or by e-mail does not arrive, however well it is written.',
    'frequency-cap-description':
      'No segment gets more messages in any 7-day window than its `maxPerWeek` (messages for `all` count for every segment); one finding per busy stretch, on the message that goes over, naming the others.',
    'frequency-cap-rationale':
      'Attention is a budget. Past a few messages a week, readers stop reading all of them, including the one that mattered. Drafts do not count; messages for everyone do.',
    'quiet-period-description': 'The message is not published in a quiet period of the calendar or, with `weekends: avoid`, on a weekend.',
    'quiet-period-rationale': 'Holidays and peak weeks are when people cannot or should not read work news. A message then is missed, or intrudes.',
    'lead-time-description': 'A `change` with an `effective` date is announced at least `leadTimeDays` (default 14) days before it takes effect.',
    'lead-time-rationale': 'People need time to understand a change, ask questions and prepare. A change announced days before it lands feels imposed.',
    'feedback-missing-description': 'A `change` or `dialogue` message says where to respond (`feedback`).',
    'feedback-missing-rationale': 'Change lands better when people can ask and push back; a dialogue message without a place to respond is a broadcast.',
    'hype-description':
      'No sales and marketing hype or overused superlatives (Dutch and English word lists, with the phrases in which a word is plain fact), no "!!", no shouting in capitals (one finding per run of capitals); code is not prose.',
    'hype-rationale':
      'Internal communication is not internal marketing. Colleagues recognise a sales pitch and trust the message less; plain, honest words work better.',
    'readability-description':
      "Sentences and words are not too hard for the audience's reading level: Flesch–Douma (Dutch) or Flesch reading ease (English) above the level's minimum, and no sentence far too long. The finding names the longest sentences and the hardest words, and suggests plain words for hard ones.",
    'readability-rationale':
      'Many colleagues read at language level B1, and frontline staff read on a phone between tasks. Short sentences and common words reach everyone and cost the strongest readers nothing. A stiff word such as "utilise" has a plain one ("use"). Code, tables and URLs are not counted.',
    'image-alt-description': 'Every image (in the body or the front-matter `image`) has alt text.',
    'image-alt-rationale':
      'Colleagues who use a screen reader, or read on a slow connection, only get the alt text. Without it the image says nothing (WCAG 1.1.1).',
    'broken-link-description':
      'Relative links and images point to a message or file that exists under content/, and that the site can publish (at a path of its own, and not a page or script a browser would run).',
    'broken-link-rationale':
      "Links between messages are written as paths to the other .md file, so they also work in a git preview; the build turns them into page URLs. A typo, a renamed file or a link outside content/ would give readers a dead link. A file is published at its path under content/, so one named like a file the site writes itself (content/feed.xml, anything in content/segments/) cannot be published: the link would lead to the site's own file instead. Nor can HTML, XML or script files, or an SVG with a script: a browser would run their scripts as part of the site.",
    'duplicate-slug-description': 'No two messages are written to the same page URL (`/<yyyy>/<slug>/`).',
    'duplicate-slug-rationale': 'Two messages with the same year and slug would overwrite each other in the site; one of them would silently disappear.',
    'body-structure-description': 'The body nests no deeper than the site can render ({{depth}} levels of lists, quotes and HTML elements inside each other).',
    'body-structure-rationale':
      'A body nested thousands of levels deep (usually HTML pasted from another tool, or made to break the site) overflows the renderer, which would stop the whole build. The site leaves such a message out and publishes the rest; the check says where the nesting goes too deep.',
    'link-text-description':
      'A link in the body says where it goes: no "click here", "read more", "klik hier" or "lees meer" as its whole text (Dutch and English lists); images and bare URLs are left alone.',
    'link-text-rationale':
      'Screen readers list a page by its links, and a reader scanning on a phone reads the links first. "Click here" says nothing out of context; the words of the link should name where it goes (WCAG 2.4.4).',
    'segment-neglected-description':
      'No segment goes without a message for more than `neglectAfterDays` (default 21) days within the period the messages span.',
    'segment-neglected-rationale':
      'A group that hears nothing for weeks concludes that nothing concerns them, or that nobody thinks of them. Frontline staff are the usual victims.',
    'goal-uncovered-description': 'Every goal that is active during the period the messages span has at least one message in its own period.',
    'goal-uncovered-rationale': 'A goal nobody writes about is a goal in name only. Either the plan is out of date, or the communication is.',
    'campaign-no-dialogue-description': 'A campaign with `requireFeedback` (the default) has at least one `dialogue` message.',
    'campaign-no-dialogue-rationale':
      'Campaigns change how people work. Without a moment to ask questions and give feedback, a campaign is a broadcast and resistance stays hidden.',
    'mix-description':
      "Each month's share of each message kind named in the plan's `mix` (e.g. success, dialogue) is at least the plan's minimum, in months with at least {{minMessages}} messages.",
    'mix-rationale':
      'A healthy stream has success stories and dialogue, not only announcements. Success stories make progress visible; dialogue keeps people involved.',
    // The page and `herald rules`: headings and lines around the rule's own text.
    'scope-message': 'Message rule',
    'scope-plan': 'Plan rule (reported against the plan file)',
    'severity-error': 'error',
    'severity-warning': 'warning',
    'default-severity': 'default: {{severity}}',
    'heading-why': 'Why',
    'heading-says': 'What it says',
    'heading-options': 'Options (defaults)',
    'built-in': 'adds to {{count}} built-in {{count|entry|entries}} ({{file}})',
    'built-in-print': 'adds to {{count}} built-in {{count|entry|entries}} ({{file}}); "herald rules {{id}}" prints them',
    'set-options': 'Set them in the plan: {{example}}',
    'heading-fails': 'Fails',
    'heading-passes': 'Passes',
    'heading-configure': 'Configure',
    'configure-plan': 'In the plan (plans/*.yaml): {{example}}',
    'configure-message': 'In one message: {{comment}} above the line, or {{field}} in the front-matter',
    docs: 'Docs: {{url}}',
    'index-title': 'Rules',
    'heading-example-plan': 'The plan of the examples',
    'example-plan':
      'A test checks every example on these pages with herald itself: the failing one must get a finding of its rule, the passing one none. Each runs against this plan, plus the plan files the example shows.',
    'heading-message-rules': 'Message rules',
    'heading-plan-rules': 'Plan rules (reported against the plan file)',
    'column-rule': 'Rule',
    'column-severity': 'Default',
    'column-checks': 'What it checks',
    'index-intro':
      'Every rule herald checks, with its default severity. Each page says why the rule exists, what it says, its options, and a message that fails and one that passes.',
    'list-more': 'Run "herald rules <id>" for one rule explained, with an example.',
    generated: 'Generated by "npm run docs:rules" from the rules and the catalogues in src/messages/; do not edit by hand.',
    'other-language': 'Nederlands',
  },
  // herald new's assistant: proposed date, advice while asking (issue 17)
  assistant: {
    // Comments and lines herald new writes into a new file, in the message's language.
    'file-date': 'publish moment, in {{timezone}}',
    'file-why':
      'Why does this matter to the reader? Say in one or two sentences what changes\nfor them or what they gain (at least 6 words, not the title again).',
    'file-cta':
      'What does the reader do next? Start with a verb and say where and by when, like:\n  text: Sign up for the training\n  url: https://intranet.example/training\n  due: 2026-12-01',
    'file-effective': 'When does the change take effect? Announce it at least {{days}} days before.',
    'file-feedback': 'Where can the reader respond or ask a question? A link, or mailto:.',
    'file-body':
      'Write the message here. Short sentences and common words (level B1).\nStart with what changes for the reader. Text for one segment only goes in a block:\n\n:::for{segment={{segment}}}\nOnly for this segment.\n:::',
    'file-event-where': '**Where:** {{where}}',
    'file-event-when': '**When:** {{when}}',
    // The questions and the advice shown while asking.
    'date-question': 'When does the message go out?',
    'date-proposed': 'Suggested: {{when}}{{#reasons}} ({{reasons}}){{/reasons}}.',
    'date-after-quiet': 'after the quiet period "{{reason}}"',
    'date-week-full': '{{count|week|weeks}} {{weeks}} {{count|is|are}} full for {{segment}}',
    'date-no-fit':
      'No working day in the coming year is outside the quiet periods and within the weekly budget. Suggested: the next working day, {{when}}. herald check will say what does not fit.',
    'date-chosen': 'Publish date: {{when}}{{#reasons}} ({{reasons}}){{/reasons}}. Another date? Pass --date.',
    'date-format': 'Type a date like {{example}}, or {{example}} 09:00 with a time. "{{text}}" is not a date.',
    'due-format': 'Type a date like {{example}}. "{{text}}" is not a date.',
    'date-not-real': 'Choose a day that exists: {{text}} is not in the calendar.',
    'date-past': 'Choose a later moment: {{when}} has passed.',
    'date-full': 'Choose another week: {{segment}} would get more than {{budget}} messages in 7 days.',
    'keep-hint': 'Press Enter again to keep it.',
    'why-question': 'Why does this matter to the reader? Say what changes for them or what they gain, in at least {{minWords}} words.',
    'cta-question': 'What should the reader do next? Start with a verb, like "Sign up for the training".',
    'cta-url-question': 'Where does the reader do that? Paste a link (https://…), or leave it empty.',
    'cta-url-invalid': 'Paste a link that starts with https://, http:// or mailto:, or a path to a file in the project. "{{text}}" is not a link.',
    'cta-due-question': 'By when? Type a date like {{example}}, or leave it empty.',
    'event-where-question': 'Where is the event?',
    'event-when-question': 'When does it start? Type a date and time like {{example}} 12:00.',
    'event-before-publish': 'Choose a moment after {{date}}, when the message goes out. By then the event has already started.',
  },
  // build progress, commander's errors, number formatting (issue 17)
  progress: {
    // --help: commander's placeholders in a usage line ("herald check [options]").
    'help-usage-options': 'options',
    'help-usage-command': 'command',
    // herald build's progress on a terminal, one stage at a time (the tool adds "…").
    'build-checking': 'checking',
    'build-rendering': 'making and writing the pages',
    'build-search-index': 'writing the search index',
    'build-finishing': 'finishing',
    // Commander's errors on the command line (`command` is "herald check" or "herald"), each with a hint.
    'cli-unknown-option': '{{command}} has no option {{option}}.',
    'cli-unknown-option-hint': '{{#suggestion}}Did you mean {{suggestion}}? {{/suggestion}}"{{command}} --help" lists the options.',
    'cli-unknown-command': 'herald has no command "{{name}}".',
    'cli-unknown-command-hint': '{{#suggestion}}Did you mean "herald {{suggestion}}"? {{/suggestion}}"herald --help" lists the commands.',
    'cli-missing-argument': 'Give {{command}} the {{argument}}: it is missing.',
    'cli-missing-argument-hint': '"{{command}} --help" shows what to write.',
    'cli-option-missing-value': 'Put a value after {{option}}, as in "{{flags}}".',
    'cli-option-missing-value-hint': '"{{command}} --help" shows what to write.',
    'cli-missing-option': 'Add {{flags}}: {{command}} needs it.',
    'cli-missing-option-hint': '"{{command}} --help" shows what to write.',
    'cli-too-many-arguments': '{{command}} takes {{expected}} {{expected|argument|arguments}}, not {{got}}.',
    'cli-too-many-arguments-hint': 'Put text with spaces in quotes ("…"). "{{command}} --help" shows what to write.',
    'cli-invalid-choice': 'Choose one of {{choices}} for {{option}}; "{{value}}" is not one of them.',
    'cli-invalid-choice-hint': '"{{command}} --help" explains each choice.',
    'cli-invalid-value': '{{option}} cannot be "{{value}}": {{reason}}',
    'cli-invalid-value-hint': '"{{command}} --help" shows what to write.',
    'cli-help-hint': '"{{command}} --help" shows what to write.',
  },
  // site.brand: colour contrast and logo (issue 18)
  brand: {
    // site.brand.color: `ratio` where the colour reads worst (`against`), and a darker shade of it that passes.
    'hex-color': '"{{field}}" must be a colour written as #rrggbb or #rgb, like "#0a4f96".',
    'color-quotes': 'Put the colour in quotes, like color: "#0a4f96". Without them, YAML reads everything after # as a comment, and the colour is empty.',
    'color-contrast':
      'The brand colour {{color}} reaches only {{ratio}}:1 {{against:against}}, and links and buttons need at least {{minimum}}:1 to be read. Choose a darker colour, for example {{darker}} (the same hue, just dark enough).',
    'against-page': 'on the white page',
    'against-surface': 'on the light grey and pale yellow backgrounds of the site (the page around the cards, code, the "why" block)',
    'against-variant': 'on the light blue of segment blocks (#e9f1fb)',
    'against-button': 'against the white text of a button',
    // site.brand.logo
    'logo-absolute': 'The logo "{{path}}" is an absolute path. Put the logo in the project and write its path from the project folder, like "assets/logo.svg".',
    'logo-outside':
      'The logo "{{path}}" lies outside the project folder, and herald publishes only files of the project. Copy it into the project and write its path from the project folder, like "assets/logo.svg".',
    'logo-type':
      'The logo "{{path}}" is {{#extension}}a .{{extension}} file{{/extension}}{{^extension}}a file without a type{{/extension}}; use an image: PNG, JPEG, GIF, WebP, AVIF or SVG (not a hidden file).',
    'logo-missing': 'The logo "{{path}}" does not exist. Check the name, or put the file there; the path starts at the project folder, like "assets/logo.svg".',
    'logo-not-a-file': 'The logo "{{path}}" is a folder; name the image file inside it, like "assets/logo.svg".',
    'logo-unsafe-svg':
      'herald cannot publish the logo "{{path}}": it {{hazard:svg-hazard}}, and a browser could run it as part of the site. Export the logo again as a plain SVG drawing, or as PNG.',
  },
  // --fix and --fix-dry-run (issue 20)
  fix: {
    'help-fix': 'apply the safe fixes to the files, then report what remains',
    'help-fix-dry-run': 'print the fixes as a unified diff and change nothing (the findings that would remain go to stderr)',
    fixed: 'Fixed {{fixes}} {{fixes|problem|problems}} in {{files}} {{files|file|files}}.',
    'would-fix': '--fix would fix {{fixes}} {{fixes|problem|problems}} in {{files}} {{files|file|files}}.',
    'nothing-to-fix': 'Nothing to fix.',
    'changed-on-disk': '{{file}} changed while herald checked it, so it was left as it is. Run the check again.',
    'outside-project': '{{file}} is outside the project folder, so herald does not change it.',
    'not-written': '{{file}} could not be written ({{reason}}), so it was left as it is.',
    // SARIF's description of a fix.
    replace: 'Replace "{{old}}" with "{{new}}".',
  },
  // check's CI options: --quiet, --ignore-pattern, --stdin, --print-config, --changed-since (issue 20)
  'check-options': {
    'usage-output-no-dir': 'herald cannot write the report to {{file}}: the folder {{dir}} does not exist.',
    'usage-output-no-dir-hint': 'Create the folder first, or give -o a file in a folder that exists.',
    'usage-output-is-dir': 'herald cannot write the report to {{file}}: that is a folder.',
    'usage-output-is-dir-hint': 'Give -o a file name, such as -o herald-report.txt.',
    'usage-output-not-allowed': 'herald may not write the report to {{file}}.',
    'usage-output-not-allowed-hint': 'Give -o a file in a folder you can write to.',
    // herald check's CI options: --quiet, --ignore-pattern, --changed-since, --stdin, --print-config (issue 20)
    'help-quiet': 'report errors only; warnings are not shown or counted, except toward --max-warnings',
    'help-ignore-pattern': 'leave out files that match this glob (relative to the project folder); repeatable',
    'help-changed-since': 'report only the findings in files changed since this git ref (every message is still read)',
    'help-stdin': "check the text on standard input (an editor's unsaved buffer); needs --stdin-filename",
    'help-stdin-filename': 'the file the text on standard input stands for',
    'help-print-config': "print each rule's severity and options and where they were set; checks nothing",
    'usage-ignore-pattern': '--ignore-pattern "{{pattern}}" is not a pattern herald can use.',
    'usage-ignore-pattern-hint': 'Write it relative to the project folder, like "content/**/README.md", and close every [, { and (.',
    'usage-stdin-filename-alone': '--stdin-filename only works together with --stdin.',
    'usage-stdin-filename-alone-hint': 'Add --stdin and pipe the text in, or check the file on disk: herald check FILE.',
    'usage-stdin-no-filename': '--stdin needs --stdin-filename: herald reports the findings under that file.',
    'usage-stdin-no-filename-hint': 'For example: herald check --stdin --stdin-filename content/2026/news.md < draft.md',
    'usage-stdin-not-project-file': '{{file}} is not a message or a plan file of this project.',
    'usage-stdin-fix': '--fix does not work with --stdin: herald changes no file for text that comes on standard input.',
    'usage-stdin-fix-hint': 'Use --fix-dry-run: herald then shows the fixed text (with --format json in "output").',
    'usage-stdin-not-project-file-hint': 'Name a file under content/ that ends in .md, or a .yaml file in plans/.',
    'usage-changed-not-git': '--changed-since needs a git repository, and {{dir}} is not in one.',
    'usage-changed-not-git-hint': 'Run herald in a git checkout, or leave out --changed-since to check everything.',
    'usage-changed-unknown-ref': 'git does not know "{{ref}}".',
    'usage-changed-unknown-ref-hint': 'Give a branch, tag or commit that exists here, such as origin/main; in CI, fetch it first.',
    'usage-changed-no-merge-base': '"{{ref}}" and the current commit have no commit in common here.',
    'usage-changed-no-merge-base-hint': 'Fetch more history (in GitHub Actions: actions/checkout with fetch-depth: 0).',
    // --print-config's table
    'config-rule': 'Rule',
    'config-severity': 'Severity',
    'config-set-in': 'Set in',
    'config-options': 'Options',
    'config-default': 'default',
    'config-severity-error': 'error',
    'config-severity-warn': 'warning',
    'config-severity-off': 'off',
    'config-ignore': 'Ignored files (patterns):',
    'config-plan-problems': 'the plan has {{count}} {{count|problem|problems}}; "herald check" shows {{count|it|them}}.',
  },
  // herald init's install story: the packed herald, --herald SPEC (issue 20)
  install: {
    'help-init-herald': 'install herald from this package spec (your own registry, a git URL, a tarball) instead of packing this herald into vendor/',
    vendored: 'Packed this herald into {{file}}: package.json installs it from there. Commit {{file}} with package-lock.json, as CI runs "npm ci".',
    kept: 'Left your {{file}} as it is: add herald to it with "{{command}}".',
    next: 'Next: {{command}}',
  },
  // herald lsp: hover, completion, code actions (issue 21)
  lsp: {
    'audience-all': 'Everyone: every segment of the plan',
    budget: 'at most {{budget}} a week',
    period: '{{from}} to {{until}}',
    measure: 'Measured by: {{measure}}',
    'campaign-goal': 'Goal: {{goal}}',
    channels: 'Channels: {{channels}}',
    'reading-level': 'Reading level: {{level}}',
    'week-load': '{{count}} {{count|message|messages}} in week {{week}}',
    'week-load-budget': '{{count}} of {{budget}} messages in week {{week}}',
    'lang-nl': 'Dutch',
    'lang-en': 'English',
    'action-fix': 'Fix: change to "{{replacement}}"',
    'action-disable-line': 'Turn off {{rule}} for this line',
    'action-disable-message': 'Turn off {{rule}} in this whole message',
    // Front-matter keys, for completion: one line each.
    'key-title': 'The headline readers see.',
    'key-date': 'When it goes live: 2026-03-02T09:00, in the site time zone.',
    'key-audience': 'Who it is for: segment ids, or all.',
    'key-goal': 'The goal of the plan it serves.',
    'key-kind': 'news, change, success, dialogue or event.',
    'key-why': 'Why it matters to the reader, in a sentence.',
    'key-cta': 'What the reader does next: text, and a url or due date.',
    'key-campaign': 'The campaign it belongs to.',
    'key-channels': 'The channels that carry it.',
    'key-effective': 'When the change takes effect.',
    'key-feedback': 'Where readers can respond: a link or e-mail address.',
    'key-image': 'An image: {src: photo.jpg, alt: what it shows}.',
    'key-tags': 'Tags, for the tag pages.',
    'key-lang': 'The language of this message: nl or en.',
    'key-draft': 'true keeps it off the site.',
    'key-slug': 'The last part of its web address.',
    'key-lint': 'Rules to turn off for this message: {disable: [rule-id]}.',
  },
  // herald check --cache (issue 19)
  cache: {
    'help-check-cache': 'skip files that did not change since the last check (kept in .herald-cache)',
    'help-check-cache-location': 'the cache file, or a folder to keep .herald-cache in; implies --cache',
    'help-build-cache': 'render only the pages whose inputs changed, and check from .herald-cache (the build keeps .herald-cache-build beside it)',
    'help-build-cache-location': "the check's cache file, or a folder to keep .herald-cache in (the build's own goes beside it); implies --cache",
    'cache-unreadable': 'The cache {{file}} could not be read, so every file was checked again. A new cache was written.',
    'cache-unwritable': 'The cache {{file}} could not be written ({{reason}}). The check itself is complete. Give another --cache-location to keep it.',
  },
};
