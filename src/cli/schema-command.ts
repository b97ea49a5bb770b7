import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageError } from '../messages/terminal.js';
import { schemaFiles, type SchemaFile } from '../schema/json-schemas.js';
import { closest } from '../validate/suggest.js';

export interface SchemaOptions {
  root: string;
  /** Folder to write the schema files into, relative to the root. */
  out?: string;
}

export interface SchemaResult {
  /** Text for stdout, when nothing was written. */
  stdout?: string;
  /** Files written, as given on the command line plus the file name. */
  written: string[];
}

/**
 * `herald schema [name]`: the JSON Schemas for the plan and the front-matter.
 * With a name, that one schema (ready to redirect into a file); without, both
 * in one JSON object keyed by file name; with --out, the files themselves.
 */
export function runSchema(name: string | undefined, options: SchemaOptions): SchemaResult {
  const all = schemaFiles();
  let chosen: SchemaFile[] = all;
  if (name !== undefined) {
    const ids = all.map((s) => s.id);
    const match = all.find((s) => s.id === name || s.name === name);
    if (!match) throw usageError('usage-schema-unknown', { name, expected: closest(name, ids) ?? '', known: ids });
    chosen = [match];
  }
  if (options.out === undefined) {
    if (chosen.length === 1) return { stdout: chosen[0]!.text, written: [] };
    const byName = Object.fromEntries(chosen.map((s) => [s.name, JSON.parse(s.text) as unknown]));
    return { stdout: `${JSON.stringify(byName, null, 2)}\n`, written: [] };
  }
  const dir = path.resolve(options.root, options.out);
  mkdirSync(dir, { recursive: true });
  for (const schema of chosen) writeFileSync(path.join(dir, schema.name), schema.text);
  return { written: chosen.map((s) => path.join(options.out!, s.name)) };
}
