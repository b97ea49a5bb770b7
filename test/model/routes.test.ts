import { describe, expect, it } from 'vitest';
import {
  archiveUrl,
  assetPathOf,
  assetUrl,
  campaignUrl,
  contentFileOf,
  feedUrls,
  folderUrlOfIndex,
  goalUrl,
  homeUrl,
  listingPageUrl,
  logoOutputPath,
  messageUrl,
  notFoundPath,
  notFoundUrl,
  outputFolderOf,
  outputPathOf,
  paginate,
  pathToRoot,
  planUrl,
  SEARCH_FOLDER,
  searchUrl,
  segmentUrl,
  SITE_FOLDERS,
  SITE_ROOT_FILES,
  sitemapPartPath,
  sitemapPath,
  stylePath,
  tagId,
  tagUrl,
  urlOfOutputPath,
} from '../../src/model/routes.js';
import { sitesOwn } from '../../src/model/site-paths.js';

describe('URL shapes', () => {
  it('gives a message its page in the folder of its year', () => {
    expect(messageUrl('2026-03-02', 'roosterapp')).toBe('/2026/roosterapp/');
    expect(messageUrl('1999-12-31', 'x')).toBe('/1999/x/');
  });

  it('gives segments, goals, campaigns and tags a folder each', () => {
    expect(segmentUrl('magazijn')).toBe('/segments/magazijn/');
    expect(goalUrl('adoptie')).toBe('/goals/adoptie/');
    expect(campaignUrl('roosterapp-2026')).toBe('/campaigns/roosterapp-2026/');
  });

  it('names a tag page by the tag slug, so spellings of one tag share it', () => {
    expect(tagUrl('Veiligheid')).toBe('/tags/veiligheid/');
    expect(tagUrl('veiligheid!')).toBe('/tags/veiligheid/');
    expect(tagUrl('Één team')).toBe('/tags/een-team/');
    expect(tagUrl('日本')).toBe('/tags/日本/');
    expect(tagId('hr/ict')).toBe('hr-ict');
    // Asked again (from the memo), the same.
    expect(tagUrl('Veiligheid')).toBe('/tags/veiligheid/');
  });

  it('numbers listing pages from 2 under page/, the first page being the listing itself', () => {
    expect(listingPageUrl('/segments/magazijn/', 1)).toBe('/segments/magazijn/');
    expect(listingPageUrl('/segments/magazijn/', 2)).toBe('/segments/magazijn/page/2/');
    expect(listingPageUrl('/segments/magazijn/', 13)).toBe('/segments/magazijn/page/13/');
  });

  it('puts the three feeds in a folder', () => {
    expect(feedUrls('/')).toEqual({ atom: '/feed.xml', rss: '/rss.xml', json: '/feed.json' });
    expect(feedUrls('/segments/magazijn/')).toEqual({
      atom: '/segments/magazijn/feed.xml',
      rss: '/segments/magazijn/rss.xml',
      json: '/segments/magazijn/feed.json',
    });
  });

  it('has one URL or path for each page of its own', () => {
    expect(homeUrl).toBe('/');
    expect(archiveUrl).toBe('/archive/');
    expect(searchUrl).toBe('/search/');
    expect(planUrl).toBe('/plan/');
    expect(notFoundUrl).toBe('/404.html');
    expect(notFoundPath).toBe('404.html');
    expect(sitemapPath).toBe('sitemap.xml');
    expect(stylePath).toBe('style.css');
    expect(SEARCH_FOLDER).toBe('pagefind');
  });

  it('publishes a file beside the messages at its path under content/, each segment of its URL encoded', () => {
    expect(assetPathOf('content/2026/plan 1.pdf')).toBe('2026/plan 1.pdf');
    expect(contentFileOf('2026/plan 1.pdf')).toBe('content/2026/plan 1.pdf');
    expect(assetUrl('2026/plan 1.pdf')).toBe('/2026/plan%201.pdf');
    expect(assetUrl('2026/a#b?.png')).toBe('/2026/a%23b%3F.png');
  });
});

describe('output paths', () => {
  it('writes a folder URL as its index.html and any other URL as that file', () => {
    expect(outputPathOf('/')).toBe('index.html');
    expect(outputPathOf('/2026/x/')).toBe('2026/x/index.html');
    expect(outputPathOf('/segments/a/page/2/')).toBe('segments/a/page/2/index.html');
    expect(outputPathOf('/feed.xml')).toBe('feed.xml');
    expect(outputPathOf('/segments/a/feed.json')).toBe('segments/a/feed.json');
    expect(outputPathOf('/404.html')).toBe('404.html');
  });

  it('maps an output path back to its URL', () => {
    for (const url of ['/', '/2026/x/', '/segments/a/page/2/', '/feed.xml', '/segments/a/rss.xml', '/404.html', '/tags/日本/']) {
      expect(urlOfOutputPath(outputPathOf(url))).toBe(url);
    }
    expect(urlOfOutputPath('index.html')).toBe('/');
    expect(urlOfOutputPath('2026/x/index.html')).toBe('/2026/x/');
  });

  it('knows a folder page in any case, as a case-insensitive disk would', () => {
    expect(folderUrlOfIndex('2026/x/index.html')).toBe('/2026/x/');
    expect(folderUrlOfIndex('2026/x/INDEX.HTML')).toBe('/2026/x/');
    expect(folderUrlOfIndex('index.html')).toBeUndefined();
    expect(folderUrlOfIndex('2026/x/plan.pdf')).toBeUndefined();
  });

  it('gives the folder every page and feed of a listing starts with', () => {
    expect(outputFolderOf('/segments/a/')).toBe('segments/a/');
    expect(outputPathOf(listingPageUrl('/segments/a/', 3)).startsWith(outputFolderOf('/segments/a/'))).toBe(true);
    expect(outputPathOf(feedUrls('/segments/a/').json).startsWith(outputFolderOf('/segments/a/'))).toBe(true);
  });

  it('finds the way back to the site root from any page', () => {
    expect(pathToRoot('/')).toBe('./');
    expect(pathToRoot('/404.html')).toBe('./');
    expect(pathToRoot('/archive/')).toBe('../');
    expect(pathToRoot('/2026/x/')).toBe('../../');
    expect(pathToRoot('/segments/a/page/2/')).toBe('../../../../');
  });

  it('lists the root files and folders the site writes, from the same routes', () => {
    expect([...SITE_ROOT_FILES].sort()).toEqual([
      '404.html',
      'favicon.svg',
      'feed.json',
      'feed.xml',
      'index.html',
      'rss.xml',
      'site.js',
      'sitemap.xml',
      'style.css',
    ]);
    expect([...SITE_FOLDERS].sort()).toEqual(['archive', 'brand', 'campaigns', 'goals', 'pagefind', 'plan', 'search', 'segments', 'tags']);
    const none = () => false;
    for (const url of [
      homeUrl,
      archiveUrl,
      searchUrl,
      planUrl,
      notFoundUrl,
      segmentUrl('a'),
      goalUrl('a'),
      campaignUrl('a'),
      tagUrl('a'),
      listingPageUrl(segmentUrl('a'), 2),
    ]) {
      expect(sitesOwn(outputPathOf(url), none), url).toBeDefined();
    }
    for (const url of Object.values(feedUrls('/'))) expect(sitesOwn(outputPathOf(url), none), url).toBeDefined();
    expect(sitesOwn(sitemapPath, none)).toBeDefined();
    // The parts of a sitemap past 50,000 URLs, whatever their number.
    expect(sitesOwn(sitemapPartPath(1), none)).toBeDefined();
    expect(sitesOwn('Sitemap-12.xml', none)).toBeDefined();
    expect(sitesOwn('sitemap-x.xml', none)).toBeUndefined();
    expect(sitesOwn(stylePath, none)).toBeDefined();
    expect(sitesOwn(`${SEARCH_FOLDER}/pagefind.js`, none)).toBeDefined();
    expect(sitesOwn(logoOutputPath('svg'), none)).toBeDefined();
    // A message page is the site's only when a message is there.
    expect(sitesOwn(outputPathOf(messageUrl('2026-01-05', 'x')), none)).toBeUndefined();
    expect(sitesOwn(outputPathOf(messageUrl('2026-01-05', 'x')), (url) => url === '/2026/x/')).toBeDefined();
  });
});

describe('paginate', () => {
  const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const shape = (pages: ReturnType<typeof paginate<number>>) =>
    pages.map((p) => ({ n: p.pageNumber, count: p.items.length, url: p.url, prev: p.previousUrl, next: p.nextUrl, total: p.total }));

  it('gives an empty listing one empty page, without previous or next', () => {
    const pages = paginate([], 20, '/segments/a/');
    expect(pages).toEqual([{ items: [], pageNumber: 1, url: '/segments/a/', total: 1 }]);
    expect('previousUrl' in pages[0]!).toBe(false);
    expect('nextUrl' in pages[0]!).toBe(false);
  });

  it('gives a listing shorter than a page one page', () => {
    expect(paginate(numbers(3), 20, '/tags/x/')).toEqual([{ items: [1, 2, 3], pageNumber: 1, url: '/tags/x/', total: 1 }]);
  });

  it('fills every page of an exact multiple, with no page left empty', () => {
    const pages = paginate(numbers(40), 20, '/segments/a/');
    expect(shape(pages)).toEqual([
      { n: 1, count: 20, url: '/segments/a/', prev: undefined, next: '/segments/a/page/2/', total: 2 },
      { n: 2, count: 20, url: '/segments/a/page/2/', prev: '/segments/a/', next: undefined, total: 2 },
    ]);
  });

  it('puts one item more than a multiple on a page of its own', () => {
    const pages = paginate(numbers(41), 20, '/segments/a/');
    expect(pages).toHaveLength(3);
    expect(pages[2]!.items).toEqual([41]);
    expect(pages.flatMap((p) => p.items)).toEqual(numbers(41));
  });

  it('links previous and next on the first, a middle and the last page', () => {
    const pages = paginate(numbers(50), 10, '/goals/g/');
    const [first, middle, last] = [pages[0]!, pages[2]!, pages[4]!];
    expect(first).toMatchObject({ pageNumber: 1, url: '/goals/g/', nextUrl: '/goals/g/page/2/', total: 5 });
    expect(first.previousUrl).toBeUndefined();
    expect(middle).toMatchObject({ pageNumber: 3, url: '/goals/g/page/3/', previousUrl: '/goals/g/page/2/', nextUrl: '/goals/g/page/4/', total: 5 });
    expect(middle.items).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(last).toMatchObject({ pageNumber: 5, url: '/goals/g/page/5/', previousUrl: '/goals/g/page/4/', total: 5 });
    expect(last.nextUrl).toBeUndefined();
    // Page 2's previous page is the listing itself, not page/1/.
    expect(pages[1]!.previousUrl).toBe('/goals/g/');
  });

  it('refuses a page size below one', () => {
    expect(() => paginate(numbers(3), 0, '/x/')).toThrow(/perPage/);
  });
});
