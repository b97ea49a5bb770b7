import { existsSync } from 'node:fs';
import { normaliseBaseUrl } from '../pipeline/build.js';
import path from 'node:path';
import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import { outputPathOf, planUrl } from '../model/routes.js';
import { placesOf, SITE_WIDE_PAGES } from '../render/collections.js';
import { createRenderCache, createSiteRenderer, sitePlace, type RenderCache, type RenderOptions, type SiteRenderer } from '../render/render-site.js';
import type { StateChange } from '../workspace/project-state.js';

export type DevRenderOptions = Omit<RenderOptions, 'now' | 'drafts' | 'future' | 'themeDir' | 'baseUrl'> & {
  /** --base-url; else the plan's site.baseUrl, as `herald build` does. */
  baseUrl?: string;
  /** The time now, in ms (tests pass their own). */
  clock?: () => number;
};

/**
 * The site as `herald dev` serves it: pages rendered on demand from the
 * current project, with the same renderer as `herald build --drafts
 * --future`, and kept until a change invalidates them. A changed message
 * drops its page (old and new URL), the listings and feeds of its segments,
 * goal, campaign and tags (old and new), and the pages every message is on;
 * bodies that link to a changed file are rendered again, and the pages
 * showing them dropped. A plan change drops everything; a theme change the
 * templates and pages but not the rendered bodies.
 */
export class DevSite {
  private cache: RenderCache;
  private pages = new Map<string, string>();
  private renderer: SiteRenderer | undefined;
  private project: Project;
  /** The renderer took in new versions (swapInto): its dashboard would show the facts it was listed with. */
  private stalePlan = false;
  /** When the next scheduled message is published: then the pages that call it "scheduled" are out of date. */
  private nextPublication = Infinity;

  constructor(
    project: Project,
    private readonly options: DevRenderOptions,
  ) {
    this.project = project;
    this.cache = createRenderCache(this.themeDir());
  }

  /** Takes in a changed project and drops what the change invalidates. */
  update(project: Project, change: StateChange): void {
    this.project = project;
    if (change.whole) {
      this.renderer = undefined;
      this.cache = createRenderCache(this.themeDir());
      this.pages.clear();
      return;
    }
    if (change.files.size === 0) return;
    // Listing 10,000 messages again costs more than the writer may wait: when every changed message keeps its
    // place on the site (the usual edit, body or title), the renderer swaps in the new versions instead.
    if (this.renderer && !this.swapInto(this.renderer, project, change)) this.renderer = undefined;
    // Messages whose rendering may differ: the changed ones and those linking to a changed file.
    const dirty = new Set(change.files);
    // Every body is cached once the search index ran: ask each about the few changed files, without copying its targets.
    for (const [message, body] of this.cache.bodies) {
      for (const file of change.files) {
        if (!body.targets.has(file)) continue;
        dirty.add(message.file);
        break;
      }
    }
    const versions: Message[] = [...change.previous];
    for (const [message] of this.cache.bodies) if (dirty.has(message.file)) versions.push(message);
    for (const message of project.messages) if (dirty.has(message.file)) versions.push(message);
    for (const message of versions) this.cache.bodies.delete(message);

    // Where each version shows, by the same routes the renderer lays the pages out with.
    const files = new Set(SITE_WIDE_PAGES);
    const folders = new Set<string>();
    for (const m of versions) {
      const places = placesOf(m, project);
      for (const file of places.files) files.add(file);
      for (const folder of places.folders) folders.add(folder);
    }
    const prefixes = [...folders];
    for (const key of [...this.pages.keys()]) {
      if (files.has(key) || prefixes.some((folder) => key.startsWith(folder))) this.pages.delete(key);
    }
  }

  /** Swaps the changed messages' new versions into the renderer, when each keeps its place; whether it did. */
  private swapInto(renderer: SiteRenderer, project: Project, change: StateChange): boolean {
    const before = new Map(change.previous.map((m) => [m.file, m]));
    const versions = new Map<Message, Message>();
    for (const m of project.messages) {
      if (!change.files.has(m.file)) continue;
      const old = before.get(m.file);
      if (!old || sitePlace(old) !== sitePlace(m)) return false;
      if (old !== m) versions.set(old, m);
    }
    // A file that came, went or is not a message (an asset): the site's lists may differ.
    if (versions.size !== change.files.size) return false;
    if (!renderer.replace(versions)) return false;
    // The dashboard reads the facts of the project it was listed with: list it again for that page.
    this.stalePlan = true;
    return true;
  }

  /** Renders the pages of these messages now, so that the request after the reload finds them ready; their paths. */
  prepare(files: Iterable<string>): string[] {
    const wanted = new Set(files);
    const prepared: string[] = [];
    for (const m of this.project.messages) {
      if (!wanted.has(m.file) || m.url === undefined) continue;
      const page = outputPathOf(m.url);
      try {
        if (this.page(page) !== undefined) prepared.push(page);
      } catch {
        // A template that fails is reported when the page is asked for.
      }
    }
    return prepared;
  }

  /** Templates or the stylesheet changed: compile them again, keep the rendered bodies. */
  themeChanged(): void {
    this.cache = { ...createRenderCache(this.themeDir()), bodies: this.cache.bodies };
    this.renderer = undefined;
    this.pages.clear();
  }

  /** The file at a path inside the site (`2026/x/index.html`), rendered now or from the cache; throws when a template fails. */
  page(file: string): string | undefined {
    this.expireScheduled();
    if (this.stalePlan && file === outputPathOf(planUrl)) {
      this.renderer = undefined;
      this.stalePlan = false;
    }
    const cached = this.pages.get(file);
    if (cached !== undefined) return cached;
    const page = this.current().byPath.get(file);
    if (!page) return undefined;
    const content = page.render();
    this.pages.set(file, content);
    return content;
  }

  has(file: string): boolean {
    this.expireScheduled();
    return this.pages.has(file) || this.current().byPath.has(file);
  }

  /** The message shown on a page, if it is a message page. */
  messageAt(file: string): Message | undefined {
    // From the project, not the renderer: asking for a page's errors must not cost a renderer.
    return this.project.messages.find((m) => m.url !== undefined && outputPathOf(m.url) === file);
  }

  /** Search records for the whole site (renders every body not cached yet). */
  search() {
    return this.current().search();
  }

  private current(): SiteRenderer {
    // Built lazily: a change only invalidates, the next request pays for listing the pages.
    if (!this.renderer) {
      const baseUrl = normaliseBaseUrl(this.options.baseUrl ?? this.project.plan.site.baseUrl);
      const themeDir = this.themeDir();
      const { clock: _clock, ...options } = this.options;
      const now = this.now();
      this.stalePlan = false;
      this.renderer = createSiteRenderer(
        this.project,
        { ...options, ...(baseUrl ? { baseUrl } : {}), drafts: true, future: true, now, ...(themeDir ? { themeDir } : {}) },
        this.cache,
      );
      this.nextPublication = Infinity;
      for (const m of this.project.messages) {
        const at = m.fields.date?.epochMs;
        if (at !== undefined && at > now && at < this.nextPublication) this.nextPublication = at;
      }
    }
    return this.renderer;
  }

  /**
   * Once a scheduled message's moment has passed, every page rendered before
   * it may still show it as scheduled: render them again (the bodies stay).
   */
  private expireScheduled(): void {
    if (this.now() < this.nextPublication) return;
    this.nextPublication = Infinity;
    this.renderer = undefined;
    this.pages.clear();
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private themeDir(): string | undefined {
    const dir = path.join(this.project.root, 'theme');
    return existsSync(dir) ? dir : undefined;
  }
}
