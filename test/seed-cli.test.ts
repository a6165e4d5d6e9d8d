/**
 * `npm run seed` as a process, twice on the same GRAPH_DATA_DIR: loading an
 * edited seed file again refreshes the graph (the facts the file no longer
 * states are retracted) instead of piling up.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';
import { EmbeddedDatabase } from '../src/db/embedded-database.js';
import { seedDir, withChangedSeedCopy } from './support/seed-copy.js';
import { statementFixture } from './support/statement-fixtures.js';

const run = promisify(execFile);

function seedInto(dataDir: string, dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'src/seed-cli.ts'], {
    cwd: projectRoot,
    env: { ...process.env, GRAPH_DATA_DIR: dataDir, NEO4J_URI: '', SEED_DIR: dir, NODE_ENV: 'test' },
  });
}

describe('npm run seed on an edited seed file', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('retracts the facts the file no longer states, and keeps exactly the ones it states', async () => {
    expect((await seedInto(dataDir, seedDir)).stdout).toMatch(/retracted 0 facts/);
    let kept: string[] = [];
    let dropped: string[] = [];
    await withChangedSeedCopy(
      'documents/elink.json',
      (data) => {
        dropped = data.disclosures.slice(0, 2).map((d: any) => `${d.service}|${d.control}|elink-whitepaper|${d.evidence.section}`);
        data.disclosures = data.disclosures.slice(2);
        kept = data.disclosures.map((d: any) => `${d.service}|${d.control}|elink-whitepaper|${d.evidence.section}`);
        const cited = new Set(data.disclosures.map((d: any) => d.evidence.section));
        for (const s of data.sections) if (!cited.has(s.heading) && !s.skippedBecause) s.skippedBecause = 'removed (test)';
      },
      async (dir) => {
        expect((await seedInto(dataDir, dir)).stdout).toMatch(/retracted 2 facts no longer stated/);
      },
    );
    const db = EmbeddedDatabase.open(dataDir);
    try {
      const rows = await db.read(statementFixture('disclosure-states'), { serviceId: 'elink' });
      expect(rows.filter((r) => r.current).map((r) => r.id)).toEqual([...new Set(kept)].sort());
      expect(rows.filter((r) => !r.current).map((r) => r.id)).toEqual([...dropped].sort());
    } finally {
      await db.close();
    }
  });
});
