import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphSchema } from '../src/graphql/build-schema.js';
import { printGraphSchema, schemaFile } from '../src/graphql/emit-schema.js';

/** Every type, field, argument, input field and enum value of the schema without a description, by its coordinate. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) check(`${owner}(${arg.name}:)`, arg.description);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    // GraphQL's own types (__Schema, String, Int …) are documented by the specification.
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('schema/schema.graphql', () => {
  it('is up to date with the code (run `npm run schema:emit` after an API change)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printGraphSchema());
  });

  it('documents every type, field, argument, input field and enum value', async () => {
    expect(undocumented(await buildGraphSchema())).toEqual([]);
  });
});
