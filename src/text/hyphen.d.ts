// `hyphen` ships no types. Imported as 'hyphen/nl/index.js': the package has no
// "exports" map, so Node's ESM loader refuses the bare directory 'hyphen/nl'.
declare module 'hyphen/nl/index.js' {
  /** A trie node: next character → node, [node, levels index] or levels index. */
  export interface PatternTrie {
    [char: string]: PatternTrie | [PatternTrie, number] | number;
  }
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  const hyphen: {
    hyphenateSync: typeof hyphenateSync;
    /** [levels table, pattern trie, exceptions: word → break offsets]. */
    patterns: [number[][], PatternTrie, Record<string, number[]>?];
  };
  export default hyphen;
}
