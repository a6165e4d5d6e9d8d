/**
 * Ingestion over the API and its review: a document loaded with
 * `ingestDocument` is held as a draft, invisible to every query until an
 * editor accepts its facts; then they are answered with their evidence and
 * the history names the editor. Rejected facts stay out; an edit must keep
 * its quote verbatim; the draft exported as a seed file loads with
 * `importDocument`. The inputs are this suite's own documents
 * (test/fixtures/drafts/, and an Excel check sheet and a Word whitepaper
 * built by the test), not seed documents.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { hs256Token } from '../support/tokens.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';
import { checkSheetWorkbook, hiddenTraps } from '../ingest/support/check-sheet-workbook.js';
import { securityWhitepaperDocx, unreadTraps } from '../ingest/support/security-whitepaper-docx.js';

const secret = 'a-drafts-test-secret-of-at-least-32-chars';
const fixture = (name: string) => readFileSync(path.join(projectRoot, 'test/fixtures/drafts', name), 'utf8');
const markdown = fixture('mizunara-kintai.md');
const html = fixture('kumo-files.html');

const draftFields = `id status documentId pendingCount acceptedCount rejectedCount
  facts { id kind status record evidence { section quote } confidence rule reviewNote factId reviewedBy reason }`;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { ${draftFields} } }`;

/** A refused request: HTTP 400, BAD_USER_INPUT naming the field, and the message saying why. */
function expectBadInput(response: { status: number; errors?: Array<{ message: string; extensions?: unknown }> }, field: string, why: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
  expect(response.errors![0]!.message).toMatch(why);
}
const SERVICE = `query($id: ID!) { service(id: $id) { name vendor { id name }
  infrastructure { region { id } basis evidence { quote section document { id } } }
  dataLocations { country { code } } disclosures { control { id } metrics { name value unit raw } } timeSources { timeSource { id } } } }`;

describeOnEngines('Ingestion drafts: held for review, answered once accepted', (engine) => {
  const app = useSeededApp(engine, { AUTH_JWT_SECRET: secret });
  const as: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const [who, role] of [
      ['erika', 'editor'],
      ['rui', 'reader'],
      ['ada', 'admin'],
    ] as const) {
      as[who] = { authorization: `Bearer ${await hs256Token(secret, who, [role])}` };
    }
  });
  const request = (who: string, query: string, variables?: Record<string, unknown>) => app.client.request(query, variables, as[who]);
  const data = async (who: string, query: string, variables?: Record<string, unknown>) => {
    const result = await request(who, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };
  const ingest = async (input: Record<string, unknown>) => (await data('erika', INGEST, { input })).ingestDocument;

  it('refuses ingestion to a reader (403) and drafts to a reader', async () => {
    const result = await request('rui', INGEST, { input: { text: markdown, format: 'MARKDOWN' } });
    expect(result.status).toBe(403);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const list = await request('rui', `{ drafts { totalCount } }`);
    expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an input that is not one document, naming the field', async () => {
    for (const [input, field] of [
      [{ format: 'TEXT' }, 'input'],
      [{ text: markdown, upload: { fileName: 'a.md', contentBase64: '' } }, 'input'],
      [{ upload: { fileName: 'a.pdf', contentBase64: 'not base64!' } }, 'input.upload.contentBase64'],
      [{ text: markdown, format: 'PDF' }, 'input.format'],
      [{ text: markdown, format: 'XLSX' }, 'input.format'],
      [{ text: markdown, format: 'DOCX' }, 'input.format'],
      [{ upload: { fileName: 'check-sheet.xls', contentBase64: '0M8R4KGxGuE=' } }, 'input.upload.fileName'],
      [{ upload: { fileName: 'whitepaper.doc', contentBase64: '0M8R4KGxGuE=' } }, 'input.upload.fileName'],
      [{ text: '   \n ', format: 'TEXT' }, 'input.text'],
      [{ text: markdown, vendor: 'has spaces' }, 'input.vendor'],
    ] as const) {
      const result = await request('erika', INGEST, { input });
      expect(result.status, field).toBe(400);
      expect(result.errors![0]!.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
  });

  it('holds a draft invisible until accepted; a rejected fact stays out; history names the accepting editor', async () => {
    const draft = await ingest({ text: markdown, format: 'MARKDOWN', vendor: 'mizunara', service: 'mizunara-kintai' });
    expect(draft).toMatchObject({ status: 'PENDING', documentId: 'mizunara-kintai-document', acceptedCount: 0, rejectedCount: 0 });
    expect(draft.pendingCount).toBe(draft.facts.length);
    const kinds = new Set(draft.facts.map((f: any) => f.kind));
    for (const kind of ['InfrastructureUsage', 'DataLocation', 'Disclosure', 'TimeSync']) expect(kinds).toContain(kind);
    for (const fact of draft.facts) {
      expect(markdown).toContain(fact.evidence.quote);
      expect(fact.confidence).toBeGreaterThan(0);
      expect(fact.rule).toBeTruthy();
      expect(fact.status).toBe('PENDING');
    }

    // Invisible: no lookup, list, search or question finds what the draft proposes.
    const invisible = async () => {
      expect((await data('rui', SERVICE, { id: 'mizunara-kintai' })).service).toBeNull();
      expect((await data('rui', `{ vendor(id: "mizunara") { id } document(id: "mizunara-kintai-document") { id } }`)).vendor).toBeNull();
      const vendors = await data('rui', `{ vendors(first: 100) { edges { node { id } } } }`);
      expect(vendors.vendors.edges.map((e: any) => e.node.id)).not.toContain('mizunara');
      const hits = await data('rui', `{ search(text: "ミズナラ勤怠") { id } }`);
      expect(hits.search).toEqual([]);
      const users = await data(
        'rui',
        `{ vendorsUsingInfrastructure(provider: "azure", region: "japaneast", first: 100) { edges { node { vendor { id } } } } }`,
      );
      expect(users.vendorsUsingInfrastructure.edges.map((e: any) => e.node.vendor.id)).not.toContain('mizunara');
    };
    await invisible();

    // Per-fact review: reject the data location, fix a quote (a verbatim one is kept, another is refused).
    const location = draft.facts.find((f: any) => f.kind === 'DataLocation');
    const rejected = await data(
      'erika',
      `mutation($id: ID!) { rejectDraftFact(id: $id, reason: "stated by the region fact already") { status reviewedBy reason } }`,
      {
        id: location.id,
      },
    );
    expect(rejected.rejectDraftFact).toEqual({ status: 'REJECTED', reviewedBy: 'erika', reason: 'stated by the region fact already' });

    const infra = draft.facts.find((f: any) => f.kind === 'InfrastructureUsage');
    const EDIT = `mutation($id: ID!, $changes: JSONObject!) { editDraftFact(id: $id, changes: $changes, reason: "shorter quote") { status evidence { quote } record } }`;
    const refused = await request('erika', EDIT, { id: infra.id, changes: { evidence: { quote: 'Microsoft Azure の東日本に保管' } } });
    expectBadInput(refused, 'changes.evidence.quote', /verbatim/);
    const badValue = await request('erika', EDIT, { id: infra.id, changes: { basis: 'GUESSED' } });
    expect(badValue.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'changes.basis' });
    const quote = 'Microsoft Azure の東日本リージョンに保管されます。';
    const edit = await data('erika', EDIT, { id: infra.id, changes: { evidence: { quote } } });
    expect(edit.editDraftFact).toMatchObject({ status: 'PENDING', evidence: { quote }, record: { region: 'azure:japaneast' } });
    await invisible();

    // Accept the rest: visible with its evidence, the rejected fact still out.
    const accepted = await data('erika', `mutation($id: ID!) { acceptDraft(id: $id, reason: "checked against the PDF") { ${draftFields} } }`, { id: draft.id });
    expect(accepted.acceptDraft).toMatchObject({ status: 'REVIEWED', pendingCount: 0, rejectedCount: 1, acceptedCount: draft.facts.length - 1 });
    const service = (await data('rui', SERVICE, { id: 'mizunara-kintai' })).service;
    expect(service).toMatchObject({ name: 'ミズナラ勤怠', vendor: { id: 'mizunara', name: '株式会社ミズナラソフト' } });
    expect(service.infrastructure).toEqual([
      {
        region: { id: 'azure:japaneast' },
        basis: 'STATED',
        evidence: { quote, section: infra.evidence.section, document: { id: 'mizunara-kintai-document' } },
      },
    ]);
    expect(service.dataLocations).toEqual([]);
    expect(service.timeSources).toEqual([{ timeSource: { id: 'nict' } }]);
    const backup = service.disclosures.find((d: any) => d.control.id === 'iso27017:12.3.1');
    expect(backup.metrics).toContainEqual({ name: 'backupGenerations', value: 14, unit: 'generations', raw: '14世代' });
    expect((await data('rui', `{ search(text: "ミズナラ勤怠") { id } }`)).search.length).toBeGreaterThan(0);

    // The history of the live fact and of the draft fact names the editor who accepted it, and why.
    const factId = accepted.acceptDraft.facts.find((f: any) => f.id === infra.id).factId;
    expect(factId).toBe('mizunara-kintai|azure:japaneast');
    const history = await data('rui', `query($id: ID!) { history(id: $id) { actor operation reason } }`, { id: factId });
    expect(history.history.at(-1)).toEqual({
      actor: 'erika',
      operation: 'CREATE',
      reason: `accepted from draft ${draft.id} (usesInfra/0): checked against the PDF`,
    });
    const reviewTrail = await data('rui', `query($id: ID!) { history(id: $id) { actor after reason } }`, { id: infra.id });
    expect(reviewTrail.history.map((c: any) => [c.actor, c.reason])).toEqual([
      ['erika', 'shorter quote'],
      ['erika', 'checked against the PDF'],
    ]);

    // Decided facts cannot be decided again.
    const again = await request('erika', `mutation($id: ID!) { acceptDraft(id: $id) { id } }`, { id: draft.id });
    expect(again.status).toBe(409);
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'id' });
    const unknown = await request('erika', `mutation { acceptDraft(id: "draft-nosuchdraft") { id } }`);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id' });
  });

  it('accepts one fact at a time, writing the region and provider it needs; the others stay out', async () => {
    const draft = await ingest({ text: fixture('soramame-seikyu.md'), format: 'MARKDOWN', vendor: 'soramame', service: 'soramame-seikyu' });
    const infra = draft.facts.find((f: any) => f.kind === 'InfrastructureUsage');
    expect(infra.record.region).toBe('oci:ap-osaka-1');
    expect((await data('rui', `{ region(id: "oci:ap-osaka-1") { id } }`)).region).toBeNull();

    const accepted = await data('erika', `mutation($id: ID!) { acceptDraftFact(id: $id) { status factId reviewedBy } }`, { id: infra.id });
    expect(accepted.acceptDraftFact).toEqual({ status: 'ACCEPTED', factId: 'soramame-seikyu|oci:ap-osaka-1', reviewedBy: 'erika' });
    const read = await data(
      'rui',
      `{ region(id: "oci:ap-osaka-1") { provider { id name } country { code } }
      service(id: "soramame-seikyu") { infrastructure { region { id } } disclosures { control { id } } } }`,
    );
    expect(read.region).toEqual({ provider: { id: 'oci', name: 'Oracle Cloud Infrastructure' }, country: { code: 'JP' } });
    expect(read.service).toEqual({ infrastructure: [{ region: { id: 'oci:ap-osaka-1' } }], disclosures: [] });
    const regionHistory = await data('rui', `{ history(id: "oci:ap-osaka-1") { actor operation reason } }`);
    expect(regionHistory.history).toEqual([{ actor: 'erika', operation: 'CREATE', reason: `proposed by draft ${draft.id}` }]);

    const state = (await data('erika', `query($id: ID!) { draft(id: $id) { status pendingCount acceptedCount } }`, { id: draft.id })).draft;
    expect(state).toEqual({ status: 'PENDING', pendingCount: draft.facts.length - 1, acceptedCount: 1 });
    const twice = await request('erika', `mutation($id: ID!) { acceptDraftFact(id: $id) { status } }`, { id: infra.id });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'id' });
    // A fact whose control the graph does not hold is refused at acceptance, naming the draft fact and field; nothing is written.
    const disclosure = draft.facts.find((f: any) => f.kind === 'Disclosure');
    await data('erika', `mutation($id: ID!) { editDraftFact(id: $id, changes: { control: "iso27017:99.9.9" }) { status } }`, { id: disclosure.id });
    const refused = await request('erika', `mutation($id: ID!) { acceptDraft(id: $id) { status } }`, { id: draft.id });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    expect(refused.errors![0]!.message).toContain(`draft fact "${disclosure.id}": control unknown control "iso27017:99.9.9"`);
    const after = (await data('erika', `query($id: ID!) { draft(id: $id) { pendingCount } }`, { id: draft.id })).draft;
    expect(after.pendingCount).toBe(draft.facts.length - 1);
    expect((await data('rui', `{ service(id: "soramame-seikyu") { disclosures { id } } }`)).service.disclosures).toEqual([]);
    const malformed = await request('erika', `mutation { rejectDraftFact(id: "no-such-fact", reason: "x") { status } }`);
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('files a document about a service the graph holds under that service and its vendor', async () => {
    const text = 'データの削除\n\n契約終了後 30 日以内に、お客様データを消去します。\n';
    const draft = await ingest({ text, service: 'goooon', fileName: 'goooon-deletion-notice.txt' });
    const { file } = (await data('erika', `query($id: ID!) { draft(id: $id) { file } }`, { id: draft.id })).draft;
    expect(file.documents[0]).toMatchObject({ id: 'goooon-deletion-notice-document', vendor: 'biznet' });
    expect(file.disclosures[0]).toMatchObject({ service: 'goooon', metrics: [{ name: 'dataDeletionDays', value: 30, unit: 'days', raw: '30 日以内' }] });
    // Still only a draft: the seeded service says nothing of 30 days.
    const disclosures = (await data('rui', `{ service(id: "goooon") { disclosures(metric: dataDeletionDays) { metrics { raw } } } }`)).service.disclosures;
    expect(disclosures.flatMap((d: any) => d.metrics.map((m: any) => m.raw))).not.toContain('30 日以内');
  });

  it('exports a draft as a seed file that importDocument loads after editing it as a file', async () => {
    const upload = { fileName: 'kumo-files.html', contentBase64: Buffer.from(html).toString('base64') };
    const draft = await ingest({ upload, vendor: 'kumo-labs' });
    expect(draft.facts.map((f: any) => f.evidence.quote)).toContain('Kumo Files stores customer data in the Google Cloud Tokyo region (asia-northeast1).');
    const listed = await data(
      'erika',
      `{ pending: drafts(status: PENDING, first: 50) { edges { node { id } } } all: drafts { edges { node { id status } } } }`,
    );
    expect(listed.pending.edges.map((e: any) => e.node.id)).toContain(draft.id);
    // Newest first, whatever their status.
    expect(listed.all.edges[0].node).toEqual({ id: draft.id, status: 'PENDING' });

    const single = draft.facts.find((f: any) => f.kind === 'DataLocation');
    await data('erika', `mutation($id: ID!) { rejectDraftFact(id: $id, reason: "duplicate of the region") { status } }`, { id: single.id });
    const exported = (await data('erika', `query($id: ID!) { draft(id: $id) { text file } }`, { id: draft.id })).draft;
    expect(exported.file.storesDataIn ?? []).toEqual([]);
    expect(exported.text).toContain('Kumo Files stores customer data');
    expect((await data('rui', SERVICE, { id: 'kumo-files' })).service).toBeNull();

    // Edited as a file: the reviewer rewrites the generated summaries, then an admin loads it.
    const file = structuredClone(exported.file);
    for (const d of file.disclosures) d.summary = `Kumo Files: ${d.evidence.quote}`;
    const imported = await request(
      'ada',
      `mutation($file: JSONObject!, $text: String) { importDocument(file: $file, text: $text, reason: "reviewed as a file") { document { id } factIds } }`,
      {
        file,
        text: exported.text,
      },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importDocument.document).toEqual({ id: 'kumo-files-document' });
    const service = (await data('rui', SERVICE, { id: 'kumo-files' })).service;
    expect(service.vendor).toEqual({ id: 'kumo-labs', name: 'Kumo Labs Inc.' });
    expect(service.infrastructure).toEqual([
      {
        region: { id: 'gcp:asia-northeast1' },
        basis: 'STATED',
        evidence: {
          quote: 'Kumo Files stores customer data in the Google Cloud Tokyo region (asia-northeast1).',
          section: 'Data residency',
          document: { id: 'kumo-files-document' },
        },
      },
    ]);
    expect(service.dataLocations).toEqual([]);
    const summaries = await data('rui', `{ service(id: "kumo-files") { disclosures { summary } } }`);
    for (const d of summaries.service.disclosures) expect(d.summary).toMatch(/^Kumo Files: /);
  });

  it('reads an Excel check sheet sent as an upload: the answered rows’ facts, nothing hidden or answered ×; XLSX as text and .xls refused', async () => {
    const contentBase64 = Buffer.from(await checkSheetWorkbook()).toString('base64');
    const draft = await ingest({ upload: { fileName: 'kawasemi-check-sheet.xlsx', contentBase64 }, vendor: 'kawasemi', service: 'kawasemi-keihi' });
    const { format, text } = (await data('erika', `query($id: ID!) { draft(id: $id) { format text } }`, { id: draft.id })).draft;
    expect(format).toBe('XLSX');
    // Draft fact ids are `<draft id>/<seed section>/<index>`.
    const records = (section: string) => draft.facts.filter((f: any) => f.id.split('/')[1] === section).map((f: any) => f.record);
    expect(records('usesInfra').map((r: any) => r.region)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(records('certifiedBy').map((r: any) => `${r.certification} ${r.registrationNumber}`)).toEqual(['iso27001 IS 781234']);
    const metrics = records('disclosures').flatMap((r: any) => r.metrics.map((m: any) => `${m.name}=${m.value}`));
    expect(metrics.sort()).toEqual(['availabilityPercent=99.95', 'backupGenerations=14', 'backupInterval=1', 'incidentNotificationHours=48']);
    for (const fact of draft.facts) {
      expect(text).toContain(fact.evidence.quote);
      expect(fact.evidence.quote).not.toMatch(/\t×(?:\t|$)/u);
      expect(fact.record.service ?? 'kawasemi-keihi').toBe('kawasemi-keihi');
    }
    for (const trap of hiddenTraps) expect(text).not.toContain(trap);

    const asText = await request('erika', INGEST, { input: { text: 'No.\t確認項目\t回答', format: 'XLSX' } });
    expectBadInput(asText, 'input.format', /XLSX is binary: send it as `upload`/u);
    const xls = await request('erika', INGEST, { input: { upload: { fileName: 'kawasemi-check-sheet.xls', contentBase64 } } });
    expectBadInput(
      xls,
      'input.upload.fileName',
      /kawasemi-check-sheet\.xls is an Excel 97-2003 workbook \(\.xls\).*save it as an Excel workbook \(\.xlsx\) or as CSV/u,
    );
  });

  it('reads a Word whitepaper sent as an upload: the body’s facts, no comment, deletion, header or footer; DOCX as text, .doc and OLE bytes refused', async () => {
    const contentBase64 = Buffer.from(await securityWhitepaperDocx()).toString('base64');
    const draft = await ingest({ upload: { fileName: 'misago-whitepaper.docx', contentBase64 }, vendor: 'misago', service: 'misago-keiyaku' });
    const { format, text } = (await data('erika', `query($id: ID!) { draft(id: $id) { format text } }`, { id: draft.id })).draft;
    expect(format).toBe('DOCX');
    const records = (section: string) => draft.facts.filter((f: any) => f.id.split('/')[1] === section).map((f: any) => f.record);
    expect(records('usesInfra').map((r: any) => r.region)).toEqual(['azure:japaneast', 'azure:japanwest']);
    expect(records('storesDataIn').map((r: any) => r.country)).toEqual(['JP']);
    expect(records('certifiedBy').map((r: any) => `${r.certification} ${r.registrationNumber}`)).toEqual(['iso27001 IS 765432']);
    const metrics = records('disclosures').flatMap((r: any) => r.metrics.map((m: any) => `${m.name}=${m.value}`));
    expect(metrics.sort()).toEqual(['backupGenerations=14', 'backupInterval=1', 'dataDeletionDays=30', 'incidentNotificationHours=24']);
    for (const fact of draft.facts) {
      expect(text).toContain(fact.evidence.quote);
      expect(fact.evidence.quote).not.toMatch(/米国|East US/u);
    }
    for (const trap of unreadTraps) expect(text).not.toContain(trap);

    const asText = await request('erika', INGEST, { input: { text: '# データの保管場所', format: 'DOCX' } });
    expectBadInput(asText, 'input.format', /DOCX is binary: send it as `upload`/u);
    const doc = await request('erika', INGEST, { input: { upload: { fileName: 'misago-whitepaper.doc', contentBase64 } } });
    expectBadInput(
      doc,
      'input.upload.fileName',
      /misago-whitepaper\.doc is a Word 97-2003 document \(\.doc\).*save it as a Word document \(\.docx\) or as PDF/u,
    );
    // A .doc renamed .docx (or a .docx with a password): the bytes are refused, naming the upload.
    const oleBytes = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]).toString('base64');
    const renamed = await request('erika', INGEST, { input: { upload: { fileName: 'renamed.docx', contentBase64: oleBytes } } });
    expectBadInput(renamed, 'input.upload', /could not be read as DOCX: not a DOCX document but a Word 97-2003 document \(\.doc\)/u);
  });
});
