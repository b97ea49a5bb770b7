import { computeFacts } from '../facts/project-facts.js';
import { configureRules } from '../lint/configure.js';
import { lintMessages } from '../lint/lint-project.js';
import type { Lang } from '../messages/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { loadMessage } from '../pipeline/check.js';
import ctaVague from '../rules/cta-vague.js';
import whyMissing from '../rules/why-missing.js';
import { newMessageText, type NewMessage } from './new-message.js';

/** The rules whose advice `herald new` shows while it asks for the why and the call-to-action. */
const ADVISING = [whyMissing, ctaVague];

/** The default of `why-missing`'s `minWords`, for a plan that turned the rule off. */
const MIN_WORDS = 6;

export interface Advisor {
  /** What a rule would say of the message as it would be written, in the writer's language (none when the plan turned the rule off). */
  advise(message: NewMessage, ruleId: 'why-missing' | 'cta-vague'): Diagnostic[];
  /** `why-missing`'s `minWords`, as the plan set it. */
  minWords: number;
}

/**
 * The check's own rules, with the plan's settings, run on the message as
 * `herald new` would write it: the advice while asking is what
 * `herald check` will say afterwards, word for word, never a second copy
 * of the rules' logic.
 */
export function advisor(plan: Plan, lang: Lang): Advisor {
  const { rules } = configureRules(plan, ADVISING, lang);
  const why = rules.find((r) => r.rule.id === whyMissing.id);
  return {
    minWords: (why?.options as { minWords?: number } | undefined)?.minWords ?? MIN_WORDS,
    advise(message, ruleId) {
      const configured = rules.filter((r) => r.rule.id === ruleId);
      if (configured.length === 0) return [];
      const draft = loadMessage({ file: 'content/new.md', text: newMessageText(message, plan) }, plan.site);
      return lintMessages(plan, [draft], computeFacts(plan, [draft], new Set()), configured, ADVISING, lang);
    },
  };
}
