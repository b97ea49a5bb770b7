// Writes the rule pages, docs/rules/<id>.md (English) and docs/rules/nl/<id>.md
// (Dutch), with an index per language, from each rule's metadata, the
// catalogues' `rule-docs` sentences and data/rule-examples/. The pages are
// checked in; test/docs/rule-pages.test.ts fails when they are stale.
//
// Run: npm run docs:rules (it compiles first: this reads dist/, tsc's output).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_PAGES_DIR, rulePages } from '../dist/report/rule-docs.js';
import { RULES } from '../dist/rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = rulePages(RULES);

// A page of a rule that no longer exists goes too.
for (const dir of Object.values(RULE_PAGES_DIR)) {
  mkdirSync(path.join(root, dir), { recursive: true });
  for (const name of readdirSync(path.join(root, dir))) {
    const file = `${dir}/${name}`;
    if (name.endsWith('.md') && !pages.has(file)) rmSync(path.join(root, file));
  }
}
for (const [file, text] of pages) writeFileSync(path.join(root, file), text);
console.log(`docs:rules: wrote ${pages.size} pages under ${RULE_PAGES_DIR.en}/`);
