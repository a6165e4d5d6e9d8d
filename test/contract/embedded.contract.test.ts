import { EmbeddedDatabase } from '../../src/db/embedded-database.js';
import { describeDatabaseContract } from './database-contract.js';

describeDatabaseContract('the embedded engine', async () => EmbeddedDatabase.open());
