import type { Diagnostic } from './diagnostic.js';
import type { ProjectFacts } from './facts.js';
import type { Message } from './message.js';
import type { Plan } from './plan.js';
import type { RuleConfiguration } from './rule.js';

/** The header logo of `site.brand.logo`, once judged publishable (validate/validate-brand.ts). */
export interface BrandLogo {
  /** Relative to the project root, forward slashes. */
  file: string;
  /** Inside the output folder (`model/routes.ts` `logoOutputPath`). */
  path: string;
}

/** A project after load and validate: what lint (and later render) work on. */
export interface Project {
  root: string;
  plan: Plan;
  messages: Message[];
  facts: ProjectFacts<Message>;
  /** Problems in the plan itself. */
  planDiagnostics: Diagnostic[];
  /** The rules as the plan configures them, once for the check, `herald plan` and /plan/. */
  rules: RuleConfiguration;
  /**
   * The language of everything the writer reads about this project (every
   * diagnostic's sentence, the report's summary): `--lang`, else
   * `HERALD_LANG`, else the plan's `site.language`, else English.
   */
  lang: 'nl' | 'en';
  /** Whether a file (relative to the root) is ignored (the plan's `ignore:`, `--ignore-pattern`): not part of the project. */
  ignored: (file: string) => boolean;
  /** The header logo, when the plan names one that can be published. */
  logo?: BrandLogo;
}
