import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { updateFacts } from '../facts/project-facts.js';
import type { ProjectFacts, SvgHazard } from '../model/facts.js';
import { lintMessages, lintPlan } from '../lint/lint-project.js';
import { CONTENT_DIR, isSkipped, isSvg, PLANS_DIR, readSvgFile, readTextFile, toPosix, type TextFile, type TextOverlay } from '../load/read-project.js';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import { isInside } from '../model/paths.js';
import type { Project } from '../model/project.js';
import { loadMessage, loadProject, type LoadOptions } from '../pipeline/check.js';
import type { Lang } from '../messages/index.js';
import type { RuleConfiguration } from '../model/rule.js';
import { RULES } from '../rules/index.js';
import { svgVerdict } from '../validate/svg-safety.js';

/** What one update changed, for the render cache and the terminal. */
export interface StateChange {
  /** The plan changed (or the project was read afresh): everything depends on it. */
  whole: boolean;
  /** Files under content/ (relative to the root) that changed, appeared or went. */
  files: Set<string>;
  /** The versions of changed messages that were rendered before the change (their old URL, segments, tags). */
  previous: Message[];
  /** Messages found empty in the middle of a save (`update`'s `emptyIsPending`): read them again shortly. */
  retry?: string[];
}

/**
 * The project as `herald dev` and `herald lsp` keep it between changes:
 * every message parsed and validated, keyed by file, and its findings split
 * by what they depend on, so a change to one message re-reads that one file
 * and reruns only (a) every rule on that message, (b) the rules that look at
 * other messages (`dependsOn: 'messages'`) on the messages whose inputs
 * changed, as the incremental facts say (facts/project-facts.ts
 * `updateFacts`: the changed message, those at its old and new URL, those
 * opening a busy week of its segments), (c) the rules that look at which
 * files exist (`dependsOn: 'files'`) on all messages only when a file
 * appeared or went, and (d) the plan rules only when what they read changed
 * (`planKey`). The rules themselves run through the same
 * `lintMessages`/`lintPlan` as `herald check`, so the findings are the same
 * (test/workspace/project-state.test.ts, with random edit sequences).
 *
 * Reading and linting are two steps: `update` reads the changed files and
 * updates the facts (a millisecond or two), which is all the pages need; the
 * rules run when the findings are first asked for (`diagnostics()`), so
 * `herald dev` can send the reload before it lints.
 *
 * A change under plans/ reads the whole project again: plan changes are rare
 * and every message's validation (time zone, language) depends on the plan.
 */
export class ProjectState {
  readonly root: string;
  plan!: Plan;
  /** The language the findings are written in (`Project.lang`): decided again with every plan change. */
  lang!: Lang;
  facts!: ProjectFacts<Message>;
  private planDiagnostics: Diagnostic[] = [];
  /** The header logo as the last plan read judged it (`Project.logo`): set only when it can be published. */
  logo: Project['logo'];
  private configured: RuleConfiguration = { rules: [], diagnostics: [] };
  /** Texts that take precedence over the disk (an editor's unsaved buffers); see `load`. */
  private readonly overlay: TextOverlay | undefined;
  /** `--lang` and `HERALD_LANG` as the caller gave them; with the plan they decide `lang`. */
  private readonly langChoice: LoadOptions['lang'];
  /** `--ignore-pattern`s as the caller gave them; with the plan's `ignore:` they decide `ignored`. */
  private readonly ignorePatterns: LoadOptions['ignorePatterns'];
  /** Files that are not part of the project (`Project.ignored`): a change to one is not read. */
  private ignored: (file: string) => boolean = () => false;
  /** The current version of every message, as the linter sees it. */
  private messages = new Map<string, Message>();
  /** Last version of a message whose front-matter could be read: its page stays up while the YAML is broken. */
  private lastGood = new Map<string, Message>();
  private contentFiles = new Set<string>();
  /** SVG files that must not be published, kept current like contentFiles (see validate/svg-safety.ts). */
  private unsafeFiles = new Map<string, SvgHazard>();
  private ordered: Message[] = [];
  private local = new Map<string, Diagnostic[]>();
  private fileBound = new Map<string, Diagnostic[]>();
  private crossMessage = new Map<string, Diagnostic[]>();
  private planRules: Diagnostic[] = [];
  /** Messages found empty once (`emptyIsPending`): found empty again, they are. */
  private emptied = new Set<string>();
  /** Read but not linted yet. */
  private pending:
    | {
        messages: Map<string, Message>;
        /** Messages whose cross-message findings may differ (updateFacts). */
        relint: Set<string>;
        filesChanged: boolean;
        /** What the plan rules read changed (planKey). */
        summariesChanged: boolean;
      }
    | undefined;

  private constructor(root: string, options: LoadOptions) {
    this.root = root;
    this.overlay = options.overlay;
    this.langChoice = options.lang;
    this.ignorePatterns = options.ignorePatterns;
  }

  /**
   * Reads the project. `overlay` gives the text of a file (relative to the
   * root) where it is not the one on disk, such as a buffer open in an editor
   * (`herald lsp`); it is asked again on every read, so an edit in the buffer
   * is seen by the next `update` of that path. `lang` is what the caller
   * knows of the writer's language (`--lang`, `HERALD_LANG`); without it the
   * findings are in the plan's `site.language`.
   */
  static async load(root: string, options: LoadOptions = {}): Promise<ProjectState> {
    const state = new ProjectState(path.resolve(root), options);
    await state.loadAll();
    return state;
  }

  /** Every finding, sorted: the same list `herald check` gives. */
  diagnostics(): Diagnostic[] {
    this.lintPending();
    const all = [...this.planDiagnostics, ...this.configured.diagnostics, ...this.planRules];
    for (const list of this.local.values()) all.push(...list);
    for (const list of this.crossMessage.values()) all.push(...list);
    for (const list of this.fileBound.values()) all.push(...list);
    return all.sort(compareDiagnostics);
  }

  /** The project as the renderer sees it: a message whose YAML is broken is shown as it last was. */
  renderProject(): Project {
    const messages = this.ordered.map((m) => (m.frontMatterReadable ? m : (this.lastGood.get(m.file) ?? m)));
    // The facts are current (`update` keeps them so); the findings may wait for the next `diagnostics()`.
    return {
      root: this.root,
      plan: this.plan,
      messages,
      facts: { ...this.facts, contentFiles: this.contentFiles, unsafeFiles: this.unsafeFiles },
      planDiagnostics: this.planDiagnostics,
      rules: this.configured,
      lang: this.lang,
      ignored: this.ignored,
      ...(this.logo ? { logo: this.logo } : {}),
    };
  }

  /** The current version of a message (relative path), as the linter sees it. */
  message(file: string): Message | undefined {
    return this.messages.get(file);
  }

  messageCount(): number {
    return this.ordered.length;
  }

  /** Reads the whole project again (a plan change, or catching up after a failed rebuild). */
  async reload(): Promise<StateChange> {
    const previous = [...this.renderProject().messages];
    await this.loadAll();
    return { whole: true, files: new Set(this.contentFiles), previous };
  }

  /**
   * Applies changed paths (absolute, or relative to the root): re-reads what
   * they are now on disk, so an atomic save (temp file, then rename), a
   * delete, a rename or a new folder all come down to "read it again".
   */
  async update(paths: Iterable<string>, options: { emptyIsPending?: boolean } = {}): Promise<StateChange> {
    const relative = [...paths]
      .map((p) => path.resolve(this.root, p))
      .filter((p) => isInside(this.root, p))
      .map((p) => toPosix(path.relative(this.root, p)));
    if (relative.some((p) => p === PLANS_DIR || p.startsWith(`${PLANS_DIR}/`))) return this.reload();

    const touched = new Set<string>();
    for (const p of relative) {
      if (p !== CONTENT_DIR && !p.startsWith(`${CONTENT_DIR}/`)) continue;
      for (const file of this.expand(p)) if (!this.ignored(file)) touched.add(file);
    }
    // A message whose text is what it was (a watcher's second event for one save, a buffer saved unchanged): nothing to do.
    const retry: string[] = [];
    // The texts read here, parsed below: one read a file, so what is judged unchanged is what is parsed.
    const texts = new Map<string, TextFile>();
    for (const file of touched) {
      const current = this.messages.get(file);
      if (!current) continue;
      let text: string | undefined;
      try {
        const read = readTextFile(this.root, file, this.overlay);
        texts.set(file, read);
        text = read.text;
      } catch {
        continue; // gone: read below
      }
      if (text === current.source.text) touched.delete(file);
      else if (text === '' && options.emptyIsPending && this.overlay?.(file) === undefined && !this.emptied.has(file)) {
        // An editor saving in place truncates, then writes: a watcher may report the truncate alone. Keep the
        // message as it was and let the caller read it again; still empty then, it is empty.
        this.emptied.add(file);
        touched.delete(file);
        retry.push(file);
      } else this.emptied.delete(file);
    }
    const previous: Message[] = [];
    for (const file of touched) {
      const m = this.messages.get(file);
      const shown = m && (m.frontMatterReadable ? m : this.lastGood.get(file));
      if (shown) previous.push(shown);
    }

    const pending = this.pending ?? { messages: new Map<string, Message>(), relint: new Set<string>(), filesChanged: false, summariesChanged: false };
    this.pending = pending;
    let filesChanged = false;
    const read = new Set<string>();
    // A new set when one changes, not the old one changed: what was computed from it (broken-link's index) is keyed by it.
    let copied = false;
    const own = () => {
      if (copied) return;
      copied = true;
      this.contentFiles = new Set(this.contentFiles);
      this.unsafeFiles = new Map(this.unsafeFiles);
    };
    for (const file of touched) {
      const exists = this.overlay?.(file) !== undefined || isFile(path.join(this.root, file));
      if (exists !== this.contentFiles.has(file)) {
        filesChanged = true;
        own();
        if (exists) this.contentFiles.add(file);
        else this.contentFiles.delete(file);
      }
      // Links to an SVG that became (un)safe are judged again, as for a file that came or went.
      if (isSvg(file)) {
        own();
        if (this.judgeSvg(file, exists)) filesChanged = true;
      }
      if (!file.toLowerCase().endsWith('.md')) continue;
      read.add(file);
      let message: Message | undefined;
      if (exists) {
        try {
          message = loadMessage(texts.get(file) ?? readTextFile(this.root, file, this.overlay), this.plan.site);
        } catch {
          // Gone between the look and the read (a rename in progress): the next event brings it back.
          own();
          this.contentFiles.delete(file);
          filesChanged = true;
        }
      }
      const before = this.messages.get(file);
      if (!message || !before || planKey(message) !== planKey(before)) pending.summariesChanged = true;
      if (message) {
        this.messages.set(file, message);
        if (message.frontMatterReadable) this.lastGood.set(file, message);
        pending.messages.set(file, message);
      } else {
        this.messages.delete(file);
        this.lastGood.delete(file);
        this.local.delete(file);
        this.fileBound.delete(file);
        this.crossMessage.delete(file);
        pending.messages.delete(file);
      }
    }
    if (filesChanged) this.ordered = [...this.messages.keys()].sort().map((f) => this.messages.get(f)!);
    else this.ordered = this.ordered.map((m) => this.messages.get(m.file)!);
    pending.filesChanged ||= filesChanged;
    // The facts now, not at the lint: the pages (the /plan/ dashboard) read them before the findings are asked for.
    const { facts, relint } = updateFacts(this.plan, this.facts, this.ordered, read, (file) => this.messages.get(file));
    facts.contentFiles = this.contentFiles;
    facts.unsafeFiles = this.unsafeFiles;
    this.facts = facts;
    for (const file of relint) pending.relint.add(file);
    return { whole: false, files: touched, previous, ...(retry.length ? { retry } : {}) };
  }

  /** Facts and rules for what `update` read since the last lint. */
  private lintPending(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const changed = [...pending.messages.values()];
    // `update` told the facts (facts/project-facts.ts updateFacts), which said whose cross-message
    // findings may differ: a title edit relints the changed message, the messages at its URL and
    // those opening a busy week of its segments, not all 10,000.
    for (const message of changed) this.lintOne(message);
    this.lintFileBound(pending.filesChanged ? this.ordered : changed);
    this.lintCrossMessage([...pending.relint].flatMap((file) => this.messages.get(file) ?? []));
    // The plan rules read only some front-matter data (planKey): a title or body edit leaves their findings as they are.
    if (pending.summariesChanged) this.planRules = lintPlan(this.plan, this.facts, this.configured.rules, this.lang);
  }

  /** Reads an SVG again and records whether it can be published; whether that changed. */
  private judgeSvg(file: string, exists: boolean): boolean {
    const before = this.unsafeFiles.get(file);
    const hazard = exists ? svgVerdict(readSvgFile(this.root, file, this.overlay)) : undefined;
    if (hazard) this.unsafeFiles.set(file, hazard);
    else this.unsafeFiles.delete(file);
    return JSON.stringify(hazard) !== JSON.stringify(before);
  }

  /** The files a changed path stands for: itself, or everything below it when it is (or was) a folder. */
  private expand(relative: string): string[] {
    if (isSkipped(relative)) return [];
    const full = path.join(this.root, relative);
    // Only for a folder (or what was one): a file's event, the usual one, must not walk every known file.
    const known = () => [...this.contentFiles].filter((f) => f.startsWith(`${relative}/`));
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return [relative, ...known()];
    }
    if (!stat.isDirectory()) return [relative];
    const now: string[] = [];
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const parent = (entry as unknown as { parentPath?: string; path: string }).parentPath ?? (entry as unknown as { path: string }).path;
      const file = toPosix(path.relative(this.root, path.join(parent, entry.name)));
      if (!isSkipped(path.posix.relative(CONTENT_DIR, file))) now.push(file);
    }
    return [...new Set([...now, ...known()])];
  }

  private async loadAll(): Promise<void> {
    const project = await loadProject(this.root, {
      ...(this.overlay ? { overlay: this.overlay } : {}),
      ...(this.langChoice ? { lang: this.langChoice } : {}),
      ...(this.ignorePatterns ? { ignorePatterns: this.ignorePatterns } : {}),
    });
    this.pending = undefined;
    this.ignored = project.ignored;
    this.plan = project.plan;
    this.lang = project.lang;
    this.planDiagnostics = project.planDiagnostics;
    this.logo = project.logo;
    this.facts = project.facts;
    this.contentFiles = project.facts.contentFiles;
    this.unsafeFiles = project.facts.unsafeFiles;
    this.ordered = project.messages;
    this.messages = new Map(project.messages.map((m) => [m.file, m]));
    // Keep the last good version of a message that is broken right now.
    const lastGood = new Map<string, Message>();
    for (const m of project.messages) {
      const good = m.frontMatterReadable ? m : this.lastGood.get(m.file);
      if (good) lastGood.set(m.file, good);
    }
    this.lastGood = lastGood;
    this.configured = project.rules;
    this.local = new Map();
    this.fileBound = new Map();
    this.crossMessage = new Map();
    for (const message of this.ordered) this.lintOne(message);
    this.lintFileBound(this.ordered);
    this.lintCrossMessage(this.ordered);
    this.planRules = lintPlan(this.plan, this.facts, this.configured.rules, this.lang);
  }

  /** Every rule that depends only on the message and the plan. */
  private lintOne(message: Message): void {
    const rules = this.configured.rules.filter((r) => r.rule.scope === 'message' && r.rule.dependsOn === undefined);
    this.local.set(message.file, lintMessages(this.plan, [message], this.facts, rules, RULES, this.lang));
  }

  private lintFileBound(messages: Message[]): void {
    const rules = this.configured.rules.filter((r) => r.rule.dependsOn === 'files');
    for (const m of messages) this.fileBound.set(m.file, []);
    for (const d of lintMessages(this.plan, messages, this.facts, rules, RULES, this.lang)) this.fileBound.get(d.file)?.push(d);
  }

  /** The rules that look at other messages, on `messages`. */
  private lintCrossMessage(messages: Message[]): void {
    const rules = this.configured.rules.filter((r) => r.rule.dependsOn === 'messages');
    for (const m of messages) this.crossMessage.set(m.file, []);
    if (messages.length) for (const d of lintMessages(this.plan, messages, this.facts, rules, RULES, this.lang)) this.crossMessage.get(d.file)?.push(d);
  }
}

/**
 * What the plan rules read of a message (through the facts): whether and when it is published, whom it
 * reaches, its goal, campaign and kind. A title or body edit leaves it as it was.
 */
function planKey(m: Message): string {
  const { draft, date, audience, goal, campaign, kind } = m.fields;
  return JSON.stringify([draft, date?.epochMs, date?.day, date?.ymd, audience, goal, campaign, kind]);
}

function isFile(full: string): boolean {
  try {
    return statSync(full).isFile();
  } catch {
    return false;
  }
}
