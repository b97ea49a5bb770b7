import type { SearchRecord } from '../model/site-output.js';
import { escapeHtml } from './feeds.js';
import type { MessageView } from './view-model.js';

/**
 * A message as the search index holds it: its why, the text of its whole
 * body (every segment block) and its tags, filterable by audience under the
 * filter's name in the site language (`filterName`, "Doelgroepen").
 */
export function searchRecord(view: MessageView, bodyText: string, filterName: string): SearchRecord {
  return {
    url: view.url,
    title: view.title,
    content: [view.why ?? '', bodyText, view.tags.map((tag) => tag.name).join(' ')].join('\n'),
    date: view.iso,
    // Pagefind's UI writes filter labels into the page as HTML (titles and excerpts it escapes itself).
    filters: { [filterName]: view.audience.map((a) => escapeHtml(a.name)) },
  };
}
