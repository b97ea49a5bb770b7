import type { Document } from 'yaml';
import type { Location } from './diagnostic.js';
import type { SourceText } from './source-text.js';
import type { Calendar, Campaign, Channel, Goal, Mix, RuleSetting, Segment, Site } from './plan-schema.js';

export type { Calendar, Campaign, Channel, Goal, Mix, RuleSetting, Segment, Site };

/** One `plans/*.yaml` file as read from disk, parsed once with positions. */
export interface PlanFile {
  /** Relative to the project root, forward slashes. */
  file: string;
  source: SourceText;
  doc: Document.Parsed;
}

/** A place in a plan file. */
export interface PlanLocation extends Location {
  file: string;
}

/** The validated, merged plan: typed data plus a way back to its YAML. */
export interface Plan {
  site: Site;
  segments: Segment[];
  goals: Goal[];
  channels: Channel[];
  campaigns: Campaign[];
  calendar: Calendar;
  mix: Mix;
  rules: Record<string, RuleSetting>;
  /** Globs of files under content/ that are not messages (see model/ignore.ts). */
  ignore: string[];
  segmentById: Map<string, Segment>;
  goalById: Map<string, Goal>;
  channelById: Map<string, Channel>;
  campaignById: Map<string, Campaign>;
  /**
   * Ids of items that were in the plan but invalid: messages that name them
   * are not also reported as unknown references.
   */
  invalidIds: { segments: Set<string>; goals: Set<string>; channels: Set<string>; campaigns: Set<string> };
  files: PlanFile[];
  /**
   * Where a value lives, e.g. locate(['segments', 2, 'maxPerWeek']), or its
   * key with `{atKey: true}`. Falls back to the nearest parent.
   */
  locate(path: readonly (string | number)[], options?: { atKey?: boolean }): PlanLocation;
  /** Where a segment, goal, channel or campaign is defined (its `id`). */
  locateItem(section: 'segments' | 'goals' | 'channels' | 'campaigns', id: string): PlanLocation;
}
