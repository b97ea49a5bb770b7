import { pathToFileURL } from 'node:url';
import type { Severity } from '../model/diagnostic.js';
import type { ReportInput } from './report-input.js';
import { messageText, sortDiagnostics, workspacePath } from './shared.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://herald.dev/';
const SRCROOT = '%SRCROOT%';

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Severity };
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning accepts it. Artifact
 * URIs are relative to %SRCROOT% so the report does not depend on where the
 * checkout lives; originalUriBaseIds resolves it for local SARIF viewers.
 */
export function sarif(input: ReportInput): string {
  const rules: ReportingDescriptor[] = input.rules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: { text: rule.rationale },
    helpUri: input.ruleUrl(rule.id),
    defaultConfiguration: { level: rule.defaultSeverity },
  }));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));

  const results = sortDiagnostics(input.diagnostics).map((d) => {
    // A finding from outside the catalogue (e.g. an internal check) still
    // gets a descriptor, so every ruleIndex points at a real rule.
    let index = ruleIndex.get(d.ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(d.ruleId, index);
      rules.push({
        id: d.ruleId,
        shortDescription: { text: d.ruleId },
        fullDescription: { text: d.ruleId },
        help: { text: d.ruleId },
        helpUri: d.url || input.ruleUrl(d.ruleId),
        defaultConfiguration: { level: d.severity },
      });
    }
    const region: Region = { startLine: d.line, startColumn: d.column };
    if (d.endLine !== undefined) region.endLine = d.endLine;
    if (d.endColumn !== undefined) region.endColumn = d.endColumn;
    return {
      ruleId: d.ruleId,
      ruleIndex: index,
      level: d.severity,
      message: { text: messageText(d) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodePath(workspacePath(input, d.file)), uriBaseId: SRCROOT },
            region,
          },
        },
      ],
    };
  });

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'herald',
            version: input.toolVersion,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(input.workspace ?? input.root) } },
        // Diagnostic columns count UTF-16 code units, SARIF's default; said explicitly.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path as a URI reference: each segment percent-encoded. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF requires a base URI to end with a slash. */
function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
