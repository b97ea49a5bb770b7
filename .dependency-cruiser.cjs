/**
 * The one-way layers of src/ (docs/architecture.md, "Ranks"): every folder
 * has a rank, and a module imports only from its own folder or from folders
 * of a lower rank. Folders of equal rank (report, planning, schema; dev, lsp,
 * author) do not import each other. `import type` counts: a type that points
 * the wrong way is a wall with a hole in it all the same.
 */
const RANKS = [
  ['model'],
  ['messages'],
  ['text'],
  ['load'],
  ['validate'],
  ['facts'],
  ['scope'],
  ['rules'],
  ['lint'],
  ['report', 'planning', 'schema'],
  ['render'],
  ['write'],
  ['pipeline'],
  ['workspace'],
  ['dev', 'lsp', 'author'],
  ['cli'],
];

const rankOf = new Map(RANKS.flatMap((folders, rank) => folders.map((folder) => [folder, rank])));
const ALL = [...rankOf.keys()];

const layerRules = ALL.map((folder) => {
  const rank = rankOf.get(folder);
  const notBelow = ALL.filter((other) => other !== folder && rankOf.get(other) >= rank);
  return {
    name: `rank-${folder}`,
    comment: `src/${folder}/ (rank ${rank}) may import only from lower ranks; not from ${notBelow.join(', ')}.`,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: { path: `^src/(${notBelow.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'known-folder',
      comment: 'Every module sits in a ranked folder (add a new folder to RANKS in .dependency-cruiser.cjs).',
      severity: 'error',
      from: { path: '^src/', pathNot: `^src/(${ALL.join('|')})/` },
      to: {},
    },
    {
      name: 'known-folder',
      comment: 'Nothing imports a module outside the ranked folders.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: `^src/(${ALL.join('|')})/` },
    },
    {
      name: 'known-folder',
      comment: 'A module that imports nothing and is imported by nothing still sits in a ranked folder (or goes).',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: [`^src/(${ALL.join('|')})/`, '\\.d\\.ts$'] },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Package `exports` (dependency-cruiser ignores them by default): vscode-languageserver has no `main`,
    // and exports its Node entry only under the 'node' condition.
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    exclude: { path: '\\.d\\.ts$' },
  },
};
