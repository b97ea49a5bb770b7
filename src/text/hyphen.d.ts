// `hyphen` ships no types. Imported as 'hyphen/nl/index.js': the package has no
// "exports" map, so Node's ESM loader refuses the bare directory 'hyphen/nl'.
declare module 'hyphen/nl/index.js' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
  const hyphen: {
    hyphenateSync: typeof hyphenateSync;
  };
  export default hyphen;
}
