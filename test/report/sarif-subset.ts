/**
 * The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that
 * herald writes, written out here with the same names, required properties
 * and limits, and no other property allowed: a report that passes this
 * passes the whole schema on these objects. The whole schema is used as well
 * when SARIF_SCHEMA names a copy of it (see sarif.test.ts).
 */
const string = { type: 'string' };
const integer = (minimum: number) => ({ type: 'integer', minimum });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: false, properties, required });
const array = (items: unknown, minItems = 0) => ({ type: 'array', minItems, items });

export const SARIF_SUBSET = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  definitions: {
    message: {
      ...object({ text: string, markdown: string, id: string, arguments: array(string) }),
      anyOf: [{ required: ['text'] }, { required: ['id'] }],
    },
    multiformatMessageString: object({ text: string, markdown: string }, ['text']),
    artifactLocation: object({ uri: string, uriBaseId: string, index: integer(-1) }),
    region: object({
      startLine: integer(1),
      startColumn: integer(1),
      endLine: integer(1),
      endColumn: integer(1),
      charOffset: integer(-1),
      charLength: integer(0),
    }),
    physicalLocation: object({ artifactLocation: { $ref: '#/definitions/artifactLocation' }, region: { $ref: '#/definitions/region' } }),
    location: object({ id: integer(-1), physicalLocation: { $ref: '#/definitions/physicalLocation' }, message: { $ref: '#/definitions/message' } }),
    replacement: object({ deletedRegion: { $ref: '#/definitions/region' }, insertedContent: object({ text: string }) }, ['deletedRegion']),
    artifactChange: object({ artifactLocation: { $ref: '#/definitions/artifactLocation' }, replacements: array({ $ref: '#/definitions/replacement' }, 1) }, [
      'artifactLocation',
      'replacements',
    ]),
    fix: object({ description: { $ref: '#/definitions/message' }, artifactChanges: array({ $ref: '#/definitions/artifactChange' }, 1) }, ['artifactChanges']),
    reportingDescriptor: object(
      {
        id: string,
        shortDescription: { $ref: '#/definitions/multiformatMessageString' },
        fullDescription: { $ref: '#/definitions/multiformatMessageString' },
        help: { $ref: '#/definitions/multiformatMessageString' },
        helpUri: string,
        defaultConfiguration: object({ level: { enum: ['none', 'note', 'warning', 'error'] } }),
        messageStrings: { type: 'object', additionalProperties: { $ref: '#/definitions/multiformatMessageString' } },
      },
      ['id'],
    ),
    result: object(
      {
        ruleId: string,
        ruleIndex: integer(-1),
        level: { enum: ['none', 'note', 'warning', 'error'] },
        message: { $ref: '#/definitions/message' },
        locations: array({ $ref: '#/definitions/location' }),
        relatedLocations: { ...array({ $ref: '#/definitions/location' }), uniqueItems: true },
        fixes: { ...array({ $ref: '#/definitions/fix' }), uniqueItems: true },
        partialFingerprints: { type: 'object', additionalProperties: string },
      },
      ['message'],
    ),
  },
  ...object(
    {
      $schema: string,
      version: { enum: ['2.1.0'] },
      runs: array(
        object(
          {
            tool: object(
              {
                driver: object(
                  {
                    name: string,
                    version: string,
                    informationUri: string,
                    rules: { ...array({ $ref: '#/definitions/reportingDescriptor' }), uniqueItems: true },
                  },
                  ['name'],
                ),
              },
              ['driver'],
            ),
            originalUriBaseIds: { type: 'object', additionalProperties: { $ref: '#/definitions/artifactLocation' } },
            columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
            results: array({ $ref: '#/definitions/result' }),
          },
          ['tool'],
        ),
      ),
    },
    ['version', 'runs'],
  ),
};
