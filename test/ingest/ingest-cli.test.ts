/** The CLI as a user runs it: no server, no database, JSON on stdout or in a file, clear errors. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { seedFileSchema } from '../../src/seed/seed-schema.js';
import { parseArgs } from '../../src/ingest/ingest-cli-args.js';
import { fixturePath, ingestCli } from './support/ingest-fixture.js';

describe('npm run ingest', () => {
  it('prints a valid draft to stdout, with the ids given on the command line', async () => {
    const { stdout, stderr } = await ingestCli(fixturePath('qa-sheet.txt'), '--vendor', 'aozora', '--service', 'aozora-forms');
    const draft = seedFileSchema.parse(JSON.parse(stdout));
    expect(draft.vendors[0]!.id).toBe('aozora');
    expect(draft.services[0]!.id).toBe('aozora-forms');
    expect(draft.usesInfra[0]!.service).toBe('aozora-forms');
    expect(stderr).toMatch(/every quote verified/);
  });

  it('writes the draft and, for HTML, the extracted text the quotes come from', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ingest-cli-'));
    const out = path.join(dir, 'draft.json');
    await ingestCli(fixturePath('page.html'), '--out', out);
    const draft = seedFileSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    const text = await readFile(path.join(dir, draft.documents[0]!.sourceFile), 'utf8');
    for (const fact of draft.disclosures) expect(text).toContain(fact.evidence.quote);
  });

  it('names the problem with bad arguments', async () => {
    await expect(ingestCli(fixturePath('qa-sheet.txt'), '--colour')).rejects.toMatchObject({ stderr: expect.stringMatching(/unknown option --colour/) });
    await expect(ingestCli(path.join(projectRoot, 'no-such-file.txt'))).rejects.toMatchObject({ stderr: expect.stringMatching(/no-such-file/) });
  });

  it('parses options', () => {
    expect(parseArgs(['a.pdf', '--out', 'd.json', '--format', 'pdf'])).toEqual({ file: 'a.pdf', out: 'd.json', format: 'pdf' });
    expect(parseArgs(['sheet.txt', '--format', 'xlsx'])).toEqual({ file: 'sheet.txt', format: 'xlsx' });
    expect(() => parseArgs(['a.txt', '--vendor', 'two words'])).toThrow(/--vendor "two words" must be/);
    expect(parseArgs(['answers.bin', '--format', 'docx'])).toEqual({ file: 'answers.bin', format: 'docx' });
    expect(() => parseArgs(['a.txt', '--format', 'pptx'])).toThrow(/--format must be one of/);
    expect(() => parseArgs([])).toThrow(/no input file/);
  });
});
