/**
 * What a write refuses, in terms of the input field at fault. The GraphQL
 * layer maps these to BAD_USER_INPUT (QueryInputError), NOT_FOUND and
 * CONFLICT, each naming the field.
 */
import type { z } from 'zod';
import { QueryInputError } from '../filters/conditions.js';

export { QueryInputError as CurationInputError };

export class UnknownTargetError extends Error {
  constructor(
    readonly field: string,
    readonly kind: string,
    readonly id: string,
  ) {
    super(`Invalid argument "${field}": unknown ${kind} "${id}"`);
    this.name = 'UnknownTargetError';
  }
}

export class VersionConflictError extends Error {
  constructor(
    readonly field: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`expected version ${expected}, but it is at version ${actual}: someone else changed it; read it again and retry`);
    this.name = 'VersionConflictError';
  }
}

/** `value` through `schema`, or the first problem as an error naming the field under `root` (e.g. `input.evidence.quote`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = [root, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))].join('.').replace(/\.\[/g, '[');
  throw new QueryInputError(field, issue.message);
}
