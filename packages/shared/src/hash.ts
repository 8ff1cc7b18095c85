/** A short, stable content hash: key order and undefined fields do not change it. */
import { createHash } from 'node:crypto';

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortedJson(v)]),
    );
  }
  return value;
}

export function stableHash(value: unknown, length = 24): string {
  return createHash('sha256')
    .update(JSON.stringify(sortedJson(value)))
    .digest('hex')
    .slice(0, length);
}
