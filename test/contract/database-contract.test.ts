/**
 * The database contract on every engine: the embedded one always, Neo4j
 * where one can be reached (test/support/test-engines.ts).
 */
import { describeDatabaseContract } from './database-contract.js';
import { engines } from '../support/test-engines.js';

for (const engine of engines) describeDatabaseContract(engine);
