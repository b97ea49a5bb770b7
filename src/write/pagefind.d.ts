// pagefind's package.json names type declarations it does not ship; these are the parts herald uses.
declare module 'pagefind' {
  export interface PagefindIndex {
    addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
    addCustomRecord(record: {
      url: string;
      content: string;
      language: string;
      meta?: Record<string, string>;
      filters?: Record<string, string[]>;
      sort?: Record<string, string>;
    }): Promise<{ errors: string[] }>;
    writeFiles(options?: { outputPath?: string }): Promise<{ errors: string[]; outputPath: string }>;
  }
  export function createIndex(config?: {
    forceLanguage?: string;
    verbose?: boolean;
    maxFragments?: number;
  }): Promise<{ errors: string[]; index?: PagefindIndex }>;
  export function close(): Promise<null>;
}
