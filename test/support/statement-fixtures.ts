/** Statements only the tests run (test/fixtures/cypher), parsed like the app's own, named `test/<name>`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStatement, type CypherStatement } from '../../src/db/cypher-statement.js';
import { projectRoot } from '../../src/config/project-root.js';

export const statementFixturesDir = path.join(projectRoot, 'test/fixtures/cypher');

export function statementFixture(name: string): CypherStatement {
  return parseStatement(`test/${name}`, readFileSync(path.join(statementFixturesDir, `${name}.cypher`), 'utf8'));
}
