import type { Message } from '../model/message.js';
import type { Project } from '../model/project.js';
import { archiveUrl, campaignUrl, feedUrls, goalUrl, homeUrl, notFoundUrl, paginate, planUrl, searchUrl, type FeedUrls } from '../model/routes.js';
import type { Collections } from './collections.js';
import type { FeedDescriptor } from './feeds.js';
import { formatDay, strings } from './i18n/index.js';
import type { MessageViews } from './message-views.js';
import { planPageView } from './plan-page.js';
import type { Pagination, SiteView } from './view-model.js';

/** Messages on the home page, on each page of a listing, and in each feed. */
export const PAGE_SIZE = 20;

/** What the layout says about a page (`it.page`, beside its url and language). */
export interface PageMeta {
  title: string;
  description?: string;
  feeds?: FeedUrls;
  /** Left out of the sitemap and search engines (the 404 page, the dashboard). */
  noindex?: boolean;
  /** Uses the screen's width (card grids, the dashboard); pages of running text keep a reading column. */
  wide?: boolean;
}

/** One HTML page: a template with its data inside the layout. Data and meta that show message views are made when the page renders. */
export interface PageDescriptor {
  /** From `model/routes.ts`. */
  url: string;
  template: string;
  data: () => Record<string, unknown>;
  meta: PageMeta | (() => PageMeta);
}

/**
 * Every HTML page of the site and every folder with feeds (only with a base
 * URL: feeds need absolute links), laid out from the collections. Nothing
 * here renders: a page's data is read when the page renders.
 */
export function sitePages(
  project: Project,
  collections: Collections,
  views: MessageViews,
  site: SiteView,
  options: { planPage: boolean },
): { pages: PageDescriptor[]; feeds: FeedDescriptor[] } {
  const { plan } = project;
  const { included } = collections;
  const t = strings(site.language);
  const pages: PageDescriptor[] = [];
  const feeds: FeedDescriptor[] = [];
  const page = (url: string, template: string, data: () => Record<string, unknown>, meta: PageDescriptor['meta']) => pages.push({ url, template, data, meta });
  const feedsOf = (folder: string) => (site.baseUrl ? { feeds: feedUrls(folder) } : {});
  const feed = (descriptor: FeedDescriptor) => {
    if (site.baseUrl) feeds.push(descriptor);
  };
  const list = (messages: Message[] | undefined) => () => (messages ?? []).map(views.of);

  page(homeUrl, 'home', () => ({ messages: included.slice(0, PAGE_SIZE).map(views.of) }), { title: t.home, wide: true, ...feedsOf(homeUrl) });
  // The version on the site now: herald dev swaps in newer versions of messages that keep their place (SiteRenderer.replace).
  const latest = (m: Message) => collections.byFile.get(m.file) ?? m;
  for (const first of included) {
    const message = () => latest(first);
    page(
      first.url!,
      'message',
      () => ({ message: views.of(message()) }),
      () => {
        const view = views.of(message());
        return { title: view.title, description: view.why ?? view.summary };
      },
    );
  }

  for (const segment of site.segments) {
    const members = collections.bySegment.get(segment.id)!;
    const forSegment = (messages: Message[]) => messages.map((m) => views.forSegment(m, segment.id));
    for (const listing of paginate(members, PAGE_SIZE, segment.url)) {
      const pagination: Pagination = {
        page: listing.pageNumber,
        pages: listing.total,
        ...(listing.previousUrl ? { prevUrl: listing.previousUrl } : {}),
        ...(listing.nextUrl ? { nextUrl: listing.nextUrl } : {}),
      };
      // Cards, not bodies: a card's summary is the shared text's; the segment's own text is in its feeds and on each message's page.
      // Page 2 and later say which page they are in the title as in the h1 (WCAG 2.4.2: titles tell pages apart).
      page(listing.url, 'segment', () => ({ segment, messages: listing.items.map((m) => views.of(latest(m))), pagination }), {
        title: listing.pageNumber > 1 ? `${segment.name}, ${t.pageN(listing.pageNumber)}` : segment.name,
        wide: true,
        ...(segment.intro ? { description: segment.intro } : {}),
        ...feedsOf(segment.url),
      });
    }
    feed({
      folder: segment.url,
      title: `${site.title} — ${segment.name}`,
      ...(segment.intro ? { description: segment.intro } : {}),
      items: () => forSegment(members.slice(0, PAGE_SIZE)).map((m) => ({ message: m, html: m.segmentHtml })),
    });
  }
  feed({
    folder: homeUrl,
    title: site.title,
    items: () =>
      included
        .slice(0, PAGE_SIZE)
        .map(views.of)
        .map((m) => ({ message: m, html: m.html })),
  });

  for (const goal of plan.goals) {
    // A goal's `measure` is how the comms team judges the readers ("9 of 10 pickers …"): the /plan/ dashboard shows it, reader pages never.
    const details = [
      ...(goal.description ? [{ label: t.goal, value: goal.description }] : []),
      ...(goal.from || goal.until
        ? [{ label: t.period, value: `${goal.from ? formatDay(goal.from, site.language) : '…'} – ${goal.until ? formatDay(goal.until, site.language) : '…'}` }]
        : []),
    ];
    const messages = list(collections.byGoal.get(goal.id));
    page(goalUrl(goal.id), 'list', () => ({ heading: goal.title, details, messages: messages(), groupByMonth: false }), { title: goal.title, wide: true });
  }
  for (const campaign of plan.campaigns) {
    const goal = plan.goalById.get(campaign.goal);
    const details = [
      { label: t.period, value: `${formatDay(campaign.from, site.language)} – ${formatDay(campaign.until, site.language)}` },
      ...(goal ? [{ label: t.goal, value: goal.title }] : []),
    ];
    const messages = list(collections.byCampaign.get(campaign.id));
    page(campaignUrl(campaign.id), 'list', () => ({ heading: campaign.title, details, messages: messages(), groupByMonth: false }), {
      title: campaign.title,
      wide: true,
    });
  }
  for (const tag of collections.tags) {
    const messages = list(collections.byTag.get(tag.id));
    page(tag.url, 'list', () => ({ heading: `#${tag.name}`, messages: messages(), groupByMonth: false }), { title: `#${tag.name}`, wide: true });
  }
  page(archiveUrl, 'list', () => ({ heading: t.archive, messages: included.map(views.of), groupByMonth: true }), { title: t.archive, wide: true });
  page(searchUrl, 'search', () => ({}), { title: t.search });
  if (options.planPage) {
    page(planUrl, 'plan', () => ({ plan: planPageView(project, collections.byFile, t, plan.site.timezone) }), {
      title: t.plan.title,
      noindex: true,
      wide: true,
    });
  }
  page(notFoundUrl, '404', () => ({}), { title: t.notFoundTitle, noindex: true });
  return { pages, feeds };
}
