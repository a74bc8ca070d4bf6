// The field names a zod schema allows at a given path of a content file, read from the schema's
// own shape — so "did you mean" suggestions can never drift from what the checker accepts.
import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that do not change which keys are allowed. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  return schema;
}

/** The schemas reachable at `path` (a union may give several). */
function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => schemasAt(o, path));
  if (path.length === 0) return [s];
  const [key, ...rest] = path;
  if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) return schemasAt(def.shape[key], rest);
  if (def.type === 'array' && typeof key === 'number' && def.element) return schemasAt(def.element, rest);
  return [];
}

/** Keys of the object(s) at `path`, in the schema's order; empty when the path leads to no object. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(schema, path).flatMap((s) => {
    const def = defOf(s);
    return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  });
  return [...new Set(keys)];
}
