import type { z } from 'zod';

/**
 * The keys an object schema allows at `path`, found by walking the zod
 * schema itself, so "did you mean" suggestions never drift from the schema.
 */
export function allowedKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] | undefined {
  let current: z.ZodType | undefined = schema;
  for (const part of path) {
    current = current && step(unwrap(current), part);
    if (!current) return undefined;
  }
  const objects = objectsOf(unwrap(current!));
  if (objects.length === 0) return undefined;
  return [...new Set(objects.flatMap((o) => Object.keys(o)))];
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string | number>;
};

function def(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const d = def(s);
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') && d.innerType) s = d.innerType;
    else return s;
  }
}

function step(schema: z.ZodType, part: string | number): z.ZodType | undefined {
  const d = def(schema);
  if (d.type === 'object' && typeof part === 'string') return d.shape?.[part];
  if (d.type === 'array' && typeof part === 'number') return d.element;
  if (d.type === 'record') return d.valueType;
  if (d.type === 'tuple' && typeof part === 'number') return d.items?.[part];
  if (d.type === 'union') {
    for (const option of d.options ?? []) {
      const next = step(unwrap(option), part);
      if (next) return next;
    }
  }
  return undefined;
}

function objectsOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  const d = def(schema);
  if (d.type === 'object' && d.shape) return [d.shape];
  // A record keyed by an enum (the plan's `mix`) allows exactly those keys.
  if (d.type === 'record' && d.keyType && d.valueType) {
    const keys = def(unwrap(d.keyType));
    if (keys.type === 'enum' && keys.entries) return [Object.fromEntries(Object.values(keys.entries).map((k) => [String(k), d.valueType!]))];
  }
  if (d.type === 'union') return (d.options ?? []).flatMap((o) => objectsOf(unwrap(o)));
  return [];
}
