/**
 * Turns what an engine returns into plain JavaScript values, so nothing above
 * the port ever sees a driver Integer, Node, Relationship or temporal object.
 * Statements return maps and scalars by convention (map projections), but a
 * whole node or relationship is flattened to its properties all the same.
 */
import neo4j from 'neo4j-driver';
import type { PlainValue, Row } from './graph-database.js';

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function toPlainNumber(value: bigint): number | string {
  // Beyond 2^53 a number would silently lose digits; a string keeps them.
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}

export function fromNeo4j(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return toPlainNumber(value);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return fromNeo4j(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((s) => fromNeo4j(s.relationship));
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v)]));
  }
  return String(value);
}

export function fromEmbedded(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return toPlainNumber(value);
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (value instanceof Float32Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(fromEmbedded);
  if (typeof value === 'object') {
    // A whole node or edge comes back with `_id`, `_labels`, `_type`... internals: keep the properties only.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !k.startsWith('_'))
        .map(([k, v]) => [k, fromEmbedded(v)]),
    );
  }
  return String(value);
}

export function rowFrom(record: Record<string, unknown>, convert: (v: unknown) => PlainValue): Row {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, convert(v)]));
}

/**
 * Neo4j reads a JavaScript number as a float, and SKIP/LIMIT then fail. Whole
 * numbers given as top-level parameters (page sizes, offsets, depths) go to
 * the driver as Integers. Nested values (seed rows) stay floats: a property
 * list such as [30, 7.5] must keep one type to be storable.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]));
}
