// pagefind's package.json names type declarations it does not ship; these are the parts herald uses.
declare module 'pagefind' {
  export interface PagefindIndex {
    addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
    writeFiles(options?: { outputPath?: string }): Promise<{ errors: string[]; outputPath: string }>;
  }
  export function createIndex(config?: { forceLanguage?: string; verbose?: boolean }): Promise<{ errors: string[]; index?: PagefindIndex }>;
  export function close(): Promise<null>;
}
