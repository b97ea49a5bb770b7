import type { Catalogue } from './catalogue.js';

/**
 * English sentences, by rule id (or `common`) and message id. Placeholders:
 * see catalogue.ts. Write them as a comms writer reads them: what is wrong,
 * then what to do.
 */
export const en: Catalogue = {
  common: {
    'internal-error': 'herald could not run this rule on this file ({{reason}}); please report this as a bug.',
  },
  'front-matter': {
    'unknown-rule-in-disable': 'Unknown rule "{{id}}" in lint.disable{{#expected}}; did you mean "{{expected}}"?{{/expected}}{{^expected}}; "herald rules" lists them.{{/expected}}',
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
  },
  'rebuild': {
  },
  'template': {
  },
};
