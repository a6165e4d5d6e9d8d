/**
 * `npm run schema:emit`: writes the SDL to schema/schema.graphql. The file
 * is checked in so API changes show up in review; a test fails when it is
 * stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
import { projectRoot } from '../config/project-root.js';
import { buildGraphSchema } from './build-schema.js';

export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');

export async function printGraphSchema(): Promise<string> {
  return `${printSchema(await buildGraphSchema())}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await writeFile(schemaFile, await printGraphSchema());
  console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
}
