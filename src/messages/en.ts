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
    // fit its schema: `field` is its path as written (`segments[2].maxPerWeek`).
    'unknown-key':
      'Unknown key "{{key}}"{{#field}} in "{{field}}"{{/field}}{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}{{#allowed}}; allowed keys: {{allowed}}.{{/allowed}}{{^allowed}}.{{/allowed}}{{/expected}}',
    'required': '"{{field}}" is required.',
    'invalid-type': '"{{field}}" should be {{type:type}}, not {{actual:value}}.',
    'invalid-value': '"{{field}}" is {{actual:value}}, but must be one of: {{options}}{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'too-small-array': '"{{field}}" needs at least {{minimum}} item(s).',
    'empty': '"{{field}}" must not be empty.',
    'too-small': '"{{field}}" must be at least {{minimum}}.',
    'too-big': '"{{field}}" must be at most {{maximum}}.',
    'unexpected-form': '"{{field}}" has an unexpected form ({{actual:value}}).',
    'kebab-case': '"{{field}}" must be lower-case kebab-case, like "office-staff".',
    'slug-kebab-case': '"{{field}}" must be lower-case kebab-case, like "nieuwe-roosterapp".',
    'date-format': '"{{field}}" must be a date written as YYYY-MM-DD.',
    'real-date': '"{{field}}" is not a real calendar date.',
    'date-time-format': '"{{field}}" must be a date or date-time written as YYYY-MM-DD or YYYY-MM-DDTHH:MM.',
    'real-date-time': '"{{field}}" is not a real date and time.',
    'url': '"{{field}}" must be an http(s) or mailto URL, or a relative path.',
    'image-url': '"{{field}}" must be an http(s) URL or a relative path.',
    'time-zone': '"{{field}}" is not an IANA time zone such as "Europe/Amsterdam".',
    'invalid-url': '"{{field}}" invalid URL.',
    // TRANSITIONAL: zod's own reason, for a check herald has no sentence for yet.
    'invalid': '"{{field}}" {{reason}}',
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
    'value-number': 'the number {{value}}',
    'value-other': '{{value}}',
  },
  'front-matter': {
    'unknown-rule-in-disable': 'Unknown rule "{{id}}" in lint.disable{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; "herald rules" lists them.{{/expected}}',
    'not-yaml': 'Front-matter must be YAML, but this block is marked "{{language}}"; start it with a plain "---" line.',
    'unclosed': 'The front-matter is never closed; add a line with only "---" after the last field.',
    'too-deep': 'The front-matter is nested too deeply to read; keep it to a few levels of fields and lists.',
    // TRANSITIONAL: `reason` is the YAML parser's own (English) words.
    'yaml-error': 'The front-matter is not valid YAML: {{reason}}',
    'unreadable': 'herald could not read this file ({{reason}}).',
    'unreadable-too-deep': 'herald could not read this file (it is nested too deeply).',
    'not-a-mapping': 'The front-matter must be a list of "key: value" fields.',
    'no-front-matter': 'This message has no front-matter; start the file with a "---" block with title, date, audience and goal.',
    'unknown-field': 'Unknown front-matter field "{{key}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'required-field': 'The front-matter has no "{{key}}"; it is required.',
  },
  'unknown-reference': {
    'unknown-segment': 'Unknown segment "{{id}}": the plan has no such id{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'unknown-goal': 'Unknown goal "{{id}}": the plan has no such id{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'unknown-campaign': 'Unknown campaign "{{id}}": the plan has no such id{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'unknown-channel': 'Unknown channel "{{id}}": the plan has no such id{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'for-without-segment': 'This :::for block names no segment; write :::for{segment=<segment id>}.',
    'unknown-for-segment': 'Unknown segment "{{id}}" in a :::for block{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
  },
  'goal-inactive': {
    'before-goal': 'Published on {{date}}, before goal "{{id}}" starts ({{from}}).',
    'after-goal': 'Published on {{date}}, after goal "{{id}}" has ended ({{until}}).',
    'before-campaign': 'Published on {{date}}, before campaign "{{id}}" starts ({{from}}).',
    'after-campaign': 'Published on {{date}}, after campaign "{{id}}" has ended ({{until}}).',
  },
  'why-missing': {
    'no-why': 'The message does not say why it matters; add "why:" with a sentence about what it means for the reader.',
    'why-repeats-title': '"why" repeats the title; say why this matters to the reader instead.',
    'why-too-short': '"why" has {{count}} {{count|word|words}}, too few to explain anything (at least {{minWords}}).',
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
      'Spread these messages out: segment "{{segment}}" gets {{count}} messages from {{from}} to {{until}}, more than its budget of {{budget}} in any {{days}} days, and this one ({{date}}) goes over it; the others are {{#others}}{{.}} ({{.otherDates}}){{/others}}.',
    'other-message': 'Another message for the same segment in the same busy week.',
  },
  'quiet-period': {
    'in-quiet-period': 'Published on {{date}}, in the quiet period "{{reason}}" ({{from}} – {{until}}).',
    'on-saturday': 'Published on a Saturday ({{date}}), and the calendar avoids weekends.',
    'on-sunday': 'Published on a Sunday ({{date}}), and the calendar avoids weekends.',
  },
  'lead-time': {
    'after-effective': 'Published on {{date}}, {{days}} {{days|day|days}} after the change took effect ({{effective}}); announce changes at least {{leadTimeDays}} days ahead.',
    'too-close-to-effective': 'Published {{days}} {{days|day|days}} before the change takes effect ({{effective}}); announce changes at least {{leadTimeDays}} days ahead.',
  },
  'feedback-missing': {
    'change-without-feedback': 'A change message should say where readers can respond; add "feedback:" with a link or mailto: address.',
    'dialogue-without-feedback': 'A dialogue message should say where readers can respond; add "feedback:" with a link or mailto: address.',
  },
  'hype': {
    'sales-hype': '"{{text}}" is sales hype; say plainly what happens and what it means for the reader.',
    'shouting-exclamations': '"{{text}}" shouts; one exclamation mark at most, or none.',
    'shouting-capitals': 'Write "{{text}}" in sentence case: text in capitals reads as shouting.',
  },
  'readability': {
    'sentence-too-long': 'This sentence has {{words}} words, too long for reading level {{level}} (at most {{maxWords}}); split it.',
    'hard-to-read-nl':
      'Make the text easier for reading level {{level}}: split the longest {{sentenceCount|sentence|sentences}}, on {{#sentenceLines}}line {{.}} ({{.sentenceWords}} words){{/sentenceLines}}{{#swapCount}}; write {{#swaps}}"{{.swapTo}}" for "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; find shorter words than {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. The text scores {{score}} (Flesch–Douma), below {{minScore}}: {{wordsPerSentence}} words per sentence, {{syllablesPerWord}} syllables per word; the hardest sentence starts here.',
    'hard-to-read-en':
      'Make the text easier for reading level {{level}}: split the longest {{sentenceCount|sentence|sentences}}, on {{#sentenceLines}}line {{.}} ({{.sentenceWords}} words){{/sentenceLines}}{{#swapCount}}; write {{#swaps}}"{{.swapTo}}" for "{{.}}"{{/swaps}}{{/swapCount}}{{#hardWordCount}}; find shorter words than {{#hardWords}}"{{.}}"{{/hardWords}}{{/hardWordCount}}. The text scores {{score}} (Flesch reading ease), below {{minScore}}: {{wordsPerSentence}} words per sentence, {{syllablesPerWord}} syllables per word; the hardest sentence starts here.',
    'plain-word': 'Write "{{plain}}" instead of "{{text}}": the plain word reads faster.',
  },
  'image-alt': {
    'front-matter-image-without-alt': 'The image "{{src}}" has no alt text; add "alt:" describing what it shows.',
    'image-without-alt': 'The image "{{src}}" has no alt text; describe it between the brackets: ![what it shows](…).',
    'img-without-alt': 'This <img> has no alt attribute; add alt="…" describing what it shows.',
  },
  'broken-link': {
    'link-outside-content': 'The link "{{url}}" points outside content/, so the site cannot include it.',
    'link-target-missing': 'The link "{{url}}" points to {{target}}, which does not exist{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'link-site-own-file': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the site writes its own {{file}}; move or rename the file.',
    'link-site-own-pages': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own pages; move or rename the file.',
    'link-site-search-index': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own search index; move or rename the file.',
    'link-message-page': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the page of the message {{page}} goes; move or rename the file.',
    'link-active-inner-extension': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald does not publish a file with .{{extension}} in its name: a web server could run it or serve it as a page of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'link-unpublished-type': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .{{extension}} files, which a browser or web server might run as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'link-no-type': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only files with a type it knows (such as .png, .pdf, .docx, .mp4), and this one has none; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'link-unsafe-svg': 'The link "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald cannot publish that SVG: it {{hazard:svg-hazard}}, and a browser opening it on the site\'s address could run it as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'image-outside-content': 'The image "{{url}}" points outside content/, so the site cannot include it.',
    'image-target-missing': 'The image "{{url}}" points to {{target}}, which does not exist{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}.{{/expected}}',
    'image-site-own-file': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the site writes its own {{file}}; move or rename the file.',
    'image-site-own-pages': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own pages; move or rename the file.',
    'image-site-search-index': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, inside /{{folder}}/, where the site writes its own search index; move or rename the file.',
    'image-message-page': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, where the page of the message {{page}} goes; move or rename the file.',
    'image-active-inner-extension': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald does not publish a file with .{{extension}} in its name: a web server could run it or serve it as a page of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'image-unpublished-type': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only images, documents, audio and video (such as .png, .pdf, .docx, .mp4), not .{{extension}} files, which a browser or web server might run as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'image-no-type': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald publishes only files with a type it knows (such as .png, .pdf, .docx, .mp4), and this one has none; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
    'image-unsafe-svg': 'The image "{{url}}" points to {{target}}, which would be published at /{{sitePath}}, but herald cannot publish that SVG: it {{hazard:svg-hazard}}, and a browser opening it on the site\'s address could run it as part of the site; link to it where it is hosted, or use another format (an image as PNG or JPEG, a document as PDF).',
  },
  'duplicate-slug': {
    'same-url': 'This message would be published at {{url}}, like {{others}}; give one of them a different "slug".',
    'other-message': 'Another message published at the same URL.',
  },
  'segment-neglected': {
    'no-message-at-all': 'Segment "{{segment}}" gets no message at all between {{first}} and {{last}} ({{days}} days; neglectAfterDays is {{limit}}).',
    'no-message-for-days': 'Segment "{{segment}}" gets no message for {{days}} days, from {{from}} to {{until}}; neglectAfterDays is {{limit}}.',
  },
  'goal-uncovered': {
    'no-message-in-period': 'Goal "{{goal}}" has no message between {{from}} and {{until}}; write one or end the goal.',
  },
  'campaign-no-dialogue': {
    'no-dialogue-message': 'Campaign "{{campaign}}" has no dialogue message; add one (kind: dialogue) where people can ask questions, or set requireFeedback: false.',
  },
  'mix': {
    'too-few-news': 'In {{month}}, {{count}} of {{total}} messages ({{percent}}%) are news messages; the plan asks for at least {{minimum}}%.',
    'too-few-change': 'In {{month}}, {{count}} of {{total}} messages ({{percent}}%) are change messages; the plan asks for at least {{minimum}}%.',
    'too-few-success': 'In {{month}}, {{count}} of {{total}} messages ({{percent}}%) are success messages; the plan asks for at least {{minimum}}%.',
    'too-few-dialogue': 'In {{month}}, {{count}} of {{total}} messages ({{percent}}%) are dialogue messages; the plan asks for at least {{minimum}}%.',
    'too-few-event': 'In {{month}}, {{count}} of {{total}} messages ({{percent}}%) are event messages; the plan asks for at least {{minimum}}%.',
  },
  'plan-schema': {
    // TRANSITIONAL: `reason` is the YAML parser's own (English) words.
    'yaml-error': 'This plan file is not valid YAML: {{reason}}',
    'not-a-mapping': 'A plan file must be a mapping of sections such as "segments:" and "goals:".',
    'duplicate-section': 'The section "{{section}}" is defined in both {{firstFile}}:{{firstLine}} and {{file}}:{{line}}; keep it in one file.',
    'unknown-section': 'Unknown plan section "{{section}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the sections are {{sections}}.{{/expected}}',
    'not-a-list': '"{{section}}" should be a list (items starting with "- ").',
    'duplicate-id': 'The id "{{id}}" is used twice in {{section}} (also at line {{firstLine}}); ids must be unique.',
    'no-site': 'The plan has no "site" section; add one with at least a title, e.g. "site: {title: Nieuws}".',
    'unknown-segment': 'Unknown segment "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s segments are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'unknown-goal': 'Unknown goal "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s goals are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'unknown-channel': 'Unknown channel "{{id}}"{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; the plan\'s channels are: {{known}}{{^known}}none{{/known}}.{{/expected}}',
    'ends-before-start': '"{{id}}" ends ({{until}}) before it starts ({{from}}).',
    'quiet-ends-before-start': 'The quiet period "{{reason}}" ends ({{until}}) before it starts ({{from}}).',
    'unknown-rule': 'Unknown rule "{{id}}" in rules{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; "herald rules" lists them.{{/expected}}',
  },
  'report': {
    // The summary under herald check's report (stylish); the tool adds ✖ or ✔.
    'summary-problems': '{{count}} {{count|problem|problems}} ({{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}})',
    'summary-clean': '{{files}} {{files|file|files}} checked, no problems',
  },
  'rebuild': {
    // TRANSITIONAL: `reason` is the error's own words.
    'failed': '{{reason}}',
  },
  'template': {
    // TRANSITIONAL: `reason` is the template engine's own words.
    'failed': '{{reason}}',
    'page-failed': 'herald could not render this page: {{reason}}',
  },
  // the link-text rule
  'link-text': {
    'vague-link-text': 'Name where the link goes in its text: "{{text}}" says nothing on its own, and a screen reader may read the link alone (for example "the new roster on the intranet" instead of "click here").',
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
