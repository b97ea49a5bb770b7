/** What render hands to write: the site as files in memory, assets to copy, search records. */

/** A file of the site, by its path inside the output folder (forward slashes). */
export interface OutputFile {
  path: string;
  content: string;
}

/** An asset beside a message, copied as it is. */
export interface AssetCopy {
  /** Relative to the project root, e.g. content/2026/rooster.jpg. */
  from: string;
  /** Inside the output folder, e.g. 2026/rooster.jpg. */
  to: string;
}

/** One message as the search index holds it. */
export interface SearchRecord {
  /** Site-relative page URL, `/2026/roosterapp/`. */
  url: string;
  title: string;
  /** Plain text: the why, the body with every segment block, and the tags. */
  content: string;
  /** ISO date, for sorting. */
  date: string;
  /** Filters, e.g. {Doelgroepen: ['Magazijn']}. */
  filters: Record<string, string[]>;
}
