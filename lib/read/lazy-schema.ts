/**
 * A schema built the first time it is used, not when its module is evaluated. Building Zod schemas is
 * most of what the page reader's evaluation ran (~8 ms of it, every page load, before the page could
 * go on); built on first use, a schema costs its page only when that page validates with it, in a later
 * task. The value stands in for the schema everywhere: methods, nesting in other schemas, `instanceof`.
 *
 * Marked free of side effects for the bundler: a lazy schema no code of a script uses is left out of it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => (key === BUILT ? schema() : Reflect.get(schema(), key)),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report a property of its (empty) target as non-configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

const BUILT = Symbol('lazySchema.built');

/**
 * The schema a lazy schema stands for (built now), or `schema` itself when it is not a lazy one. Zod reads
 * a nested schema's internals several times per value it parses, each time through the stand-in's
 * proxy; a schema built from other lazy ones nests their built schemas instead (~25 % of a record's
 * validation, lib/read/record.ts).
 */
export function builtSchema<T extends object>(schema: T): T {
  return ((schema as Record<symbol, unknown>)[BUILT] as T | undefined) ?? schema;
}
