import type { Rule } from '../model/rule.js';
import bodyStructure from './body-structure.js';
import brokenLink from './broken-link.js';
import campaignNoDialogue from './campaign-no-dialogue.js';
import channelReach from './channel-reach.js';
import ctaMissing from './cta-missing.js';
import ctaVague from './cta-vague.js';
import duplicateSlug from './duplicate-slug.js';
import feedbackMissing from './feedback-missing.js';
import frequencyCap from './frequency-cap.js';
import frontMatter from './front-matter.js';
import goalInactive from './goal-inactive.js';
import goalUncovered from './goal-uncovered.js';
import hype from './hype.js';
import imageAlt from './image-alt.js';
import leadTime from './lead-time.js';
import linkText from './link-text.js';
import mix from './mix.js';
import quietPeriod from './quiet-period.js';
import readability from './readability.js';
import segmentNeglected from './segment-neglected.js';
import unknownReference from './unknown-reference.js';
import whyMissing from './why-missing.js';

/** The catalogue, in the order of DESIGN.md: message rules, then plan rules. */
export const RULES: readonly Rule[] = [
  frontMatter,
  unknownReference,
  goalInactive,
  whyMissing,
  ctaMissing,
  ctaVague,
  channelReach,
  frequencyCap,
  quietPeriod,
  leadTime,
  feedbackMissing,
  hype,
  readability,
  imageAlt,
  brokenLink,
  duplicateSlug,
  bodyStructure,
  linkText,
  segmentNeglected,
  goalUncovered,
  campaignNoDialogue,
  mix,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
