/**
 * GraphQL sends an optional input field as null; the seed schemas (which
 * validate every write) treat a field as absent or present. Nulls become
 * absent, recursively, and input class instances become plain objects.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
