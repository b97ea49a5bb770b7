import type { Message } from '../model/message.js';
import type { Plan } from '../model/plan.js';
import type { Project } from '../model/project.js';
import { campaignUrl, goalUrl, segmentUrl } from '../model/routes.js';
import type { Bodies } from './bodies.js';
import { siteAudience, tagRefs } from './collections.js';
import { formatDate, formatDay, formatPublishDay } from './i18n/index.js';
import { siteLink } from './links.js';
import type { MessageView, SegmentMessageView, SiteView } from './view-model.js';

/** The data of the view model (`view-model.ts`) the templates and feeds get, made once per message. */
export interface MessageViews {
  of(message: Message): MessageView;
  /** As one segment sees it: with only that segment's `:::for` blocks. */
  forSegment(message: Message, segment: string): SegmentMessageView;
}

export function siteView(plan: Plan, options: { baseUrl?: string; search: boolean; planPage: boolean; generator: string }): SiteView {
  return {
    title: plan.site.title,
    language: plan.site.language,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(plan.site.organisation ? { organisation: plan.site.organisation } : {}),
    segments: plan.segments.map((s) => ({ id: s.id, name: s.name, url: segmentUrl(s.id), ...(s.intro ? { intro: s.intro } : {}) })),
    search: options.search,
    planPage: options.planPage,
    generator: options.generator,
  };
}

/** Views made when first asked for (a page that shows a message renders its body) and kept for this render. */
export function createMessageViews(project: Project, bodies: Bodies, now: number): MessageViews {
  const views = new Map<Message, MessageView>();
  const of = (message: Message): MessageView => {
    let view = views.get(message);
    if (!view) {
      view = messageView(message, project, bodies, now);
      views.set(message, view);
    }
    return view;
  };
  return {
    of,
    forSegment: (message, segment) => ({ ...of(message), segmentHtml: bodies.of(message).perSegment?.get(segment) ?? of(message).html }),
  };
}

function messageView(message: Message, project: Project, bodies: Bodies, now: number): MessageView {
  const { plan } = project;
  const f = message.fields;
  const lang = message.lang;
  // The card, not the body: a view is kept for every listing the message is on, and its HTML only for a page that shows it.
  const body = bodies.card(message);
  const rewrite = bodies.linksOf(message);
  const link = (url: string | undefined) => (url === undefined ? undefined : siteLink(url, rewrite));

  const audience = siteAudience(message, project).map((id) => ({ id, name: plan.segmentById.get(id)!.name, url: segmentUrl(id) }));
  const goal = f.goal ? plan.goalById.get(f.goal) : undefined;
  const campaign = f.campaign ? plan.campaignById.get(f.campaign) : undefined;
  const ctaUrl = link(f.cta?.url);
  const feedback = link(f.feedback);
  const image = f.image ? { src: link(f.image.src) ?? f.image.src, alt: f.image.alt ?? '' } : undefined;
  const view: Omit<MessageView, 'html'> = {
    url: message.url!,
    title: f.title!,
    iso: new Date(f.date!.epochMs).toISOString(),
    dateText: formatDate(new Date(f.date!.epochMs).toISOString(), lang, plan.site.timezone),
    dayText: formatPublishDay(new Date(f.date!.epochMs).toISOString(), lang, plan.site.timezone),
    lang,
    kind: f.kind,
    audience,
    audienceAll: f.audience === 'all',
    ...(f.why ? { why: f.why } : {}),
    ...(f.cta?.text
      ? { cta: { text: f.cta.text, ...(ctaUrl ? { url: ctaUrl } : {}), ...(f.cta.due ? { due: f.cta.due, dueText: formatDay(f.cta.due, lang) } : {}) } }
      : {}),
    ...(feedback ? { feedback } : {}),
    ...(goal ? { goal: { id: goal.id, name: goal.title, url: goalUrl(goal.id) } } : {}),
    ...(campaign ? { campaign: { id: campaign.id, name: campaign.title, url: campaignUrl(campaign.id) } } : {}),
    tags: tagRefs(message),
    ...(image ? { image } : {}),
    summary: body.summary,
    draft: f.draft,
    future: f.date!.epochMs > now,
  };
  // Read when a template or feed shows it (a theme's card may too): a streaming build keeps few bodies' HTML (bodies.ts).
  // One getter for every view, its state under a symbol: a getter of its own would give each view a hidden class of its own (~1 KB more a message).
  Object.defineProperty(view, BODY, { value: { bodies, message } });
  return Object.defineProperty(view, 'html', HTML) as MessageView;
}

const BODY = Symbol('body');
const HTML: PropertyDescriptor = {
  get(this: { [BODY]: { bodies: Bodies; message: Message } }) {
    const { bodies, message } = this[BODY];
    return bodies.of(message).html;
  },
  enumerable: true,
};
