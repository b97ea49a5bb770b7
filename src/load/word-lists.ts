import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';

/**
 * Word lists live in data/wordlists/*.yaml (as Vale keeps its vocabularies in
 * data) so a team can read and extend them without touching code; the plan's
 * `rules:` options add to them per project. Read with js-yaml, as message
 * data is: the positioned `yaml` parser is several times slower and nothing
 * here is reported by position.
 */
export function loadWordList<T>(name: string): T {
  const url = new URL(`../../data/wordlists/${name}.yaml`, import.meta.url);
  return jsYaml.load(readFileSync(url, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as T;
}
