import { createHash } from 'node:crypto';
import type { Diagnostic, MessageData } from '../model/diagnostic.js';

/**
 * Fingerprints that survive what does not change a finding: lines inserted
 * above it, and the language its sentence is written in. A code-scanning
 * service (GitLab Code Quality, GitHub through the SARIF API) compares them
 * between runs; a fingerprint that moved with the line made every edit above
 * a finding show it as fixed and new again.
 *
 * The key is the path, the rule, the message id and the language-neutral
 * data, without positions; equal keys in one file are told apart by their
 * order in it (the second "hype" on "exclusive" stays the second), so
 * `sorted` must be in report order (`sortDiagnostics`). One fingerprint per
 * finding, in the same order.
 */
export function fingerprints(sorted: readonly Diagnostic[], pathOf: (file: string) => string): string[] {
  const seen = new Map<string, number>();
  return sorted.map((d) => {
    const key = JSON.stringify([pathOf(d.file), d.ruleId, d.messageId ?? '', neutralData(d.data ?? {})]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
  });
}

/**
 * The data in a stable order, without the positions some findings carry
 * (`firstLine` of a duplicate id, `sentenceLines` of readability): those
 * move when lines are inserted.
 */
function neutralData(data: MessageData): [string, MessageData[string]][] {
  return Object.keys(data)
    .filter((name) => !/(^|[a-z])([lL]ines?|[cC]olumns?)$/.test(name))
    .sort()
    .map((name) => [name, data[name]!]);
}
