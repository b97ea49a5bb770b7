import type { Catalogue } from './catalogue.js';

/**
 * English sentences, by rule id (or `common`) and message id. Placeholders:
 * see catalogue.ts. Write them as a comms writer reads them: what is wrong,
 * then what to do.
 */
export const en: Catalogue = {
  common: {
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
  },
  'why-missing': {
  },
  'cta-missing': {
  },
  'cta-vague': {
  },
  'channel-reach': {
  },
  'frequency-cap': {
  },
  'quiet-period': {
  },
  'lead-time': {
  },
  'feedback-missing': {
  },
  'hype': {
  },
  'readability': {
  },
  'image-alt': {
  },
  'broken-link': {
  },
  'duplicate-slug': {
  },
  'segment-neglected': {
  },
  'goal-uncovered': {
  },
  'campaign-no-dialogue': {
  },
  'mix': {
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
  'rebuild': {
    // TRANSITIONAL: `reason` is the error's own words.
    'failed': '{{reason}}',
  },
  'template': {
    // TRANSITIONAL: `reason` is the template engine's own words.
    'failed': '{{reason}}',
    'page-failed': 'herald could not render this page: {{reason}}',
  },
};
