import { openEmbedded } from '../../src/engines/open-engine.js';
import { describeDatabaseContract } from './database-contract.js';

describeDatabaseContract('the embedded engine', async () => openEmbedded());
