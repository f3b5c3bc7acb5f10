/**
 * `map[key]` for a value the server's response schema types as a plain string although it comes from a
 * known set (a status, a grade): an unknown value gives `undefined` instead of passing for a known one.
 */
export function lookup<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
