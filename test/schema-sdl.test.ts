import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printGraphSchema, schemaFile } from '../src/graphql/emit-schema.js';

describe('schema/schema.graphql', () => {
  it('is up to date with the code (run `npm run schema:emit` after an API change)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printGraphSchema());
  });

  it('documents every type and every field of the query root', async () => {
    const sdl = await printGraphSchema();
    const undocumentedTypes = [...sdl.matchAll(/(?<!"""\n)^(type|input|enum) (\w+)/gm)].map((m) => m[2]);
    expect(undocumentedTypes).toEqual([]);
  });
});
