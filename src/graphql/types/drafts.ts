/** Drafts as the API shows them: what ingestion proposed for one document, and the review of each fact. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { DraftRecord } from '../../queries/drafts/draft-model.js';
import { connectionOf } from './connections.js';

export enum DraftStatus {
  PENDING = 'PENDING',
  REVIEWED = 'REVIEWED',
}
registerEnumType(DraftStatus, {
  name: 'DraftStatus',
  description: 'Where the review of a draft stands.',
  valuesConfig: {
    PENDING: { description: 'At least one proposed fact waits for a decision.' },
    REVIEWED: { description: 'Every proposed fact was accepted or rejected.' },
  },
});

export enum DraftFactStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DraftFactStatus, {
  name: 'DraftFactStatus',
  description: 'The decision on one proposed fact.',
  valuesConfig: {
    PENDING: { description: 'Not decided yet: the fact is in no answer.' },
    ACCEPTED: { description: 'Accepted: written to the graph through the curation path, with a change naming the reviewer.' },
    REJECTED: { description: 'Rejected, with the reason: never written.' },
  },
});

export enum DocumentFormat {
  TEXT = 'text',
  MARKDOWN = 'markdown',
  HTML = 'html',
  PDF = 'pdf',
  XLSX = 'xlsx',
  CSV = 'csv',
  DOCX = 'docx',
}
registerEnumType(DocumentFormat, {
  name: 'DocumentFormat',
  description: 'How an ingested document is written.',
  valuesConfig: {
    TEXT: { description: 'Plain text.' },
    MARKDOWN: { description: 'Markdown: `#` headings, lists and tables.' },
    HTML: { description: 'An HTML page: its visible text is read, headings kept.' },
    PDF: { description: 'A PDF with a text layer (a scan without one has no text to read); upload only.' },
    XLSX: {
      description:
        'An Excel workbook (.xlsx; not the old .xls, which is refused: save it as .xlsx or CSV): each visible sheet, rows as tab-separated cells, merged cells as a reader sees them; hidden sheets, rows and columns are not read. Upload only.',
    },
    CSV: { description: 'A CSV file in UTF-8 (a byte-order mark allowed) or Shift_JIS, as Excel in Japan saves it: rows as tab-separated cells.' },
    DOCX: {
      description:
        'A Word document (.docx; not the old .doc, which is refused: save it as .docx or PDF): its body as an HTML page is read, headings kept, tables as tab-separated rows with merged cells repeated; tracked changes as accepted (deleted text not read), footnotes after the body; comments, headers and footers are not read. Upload only.',
    },
  },
});

@ObjectType({ description: 'Where a proposed fact comes from in the draft document.' })
export class DraftEvidence {
  @Field(() => String, { description: 'Section heading as printed.' })
  section!: string;
  @Field(() => String, { description: 'The exact words of the document: a verbatim substring of the draft text.' })
  quote!: string;
}

@ObjectType({ description: 'One fact a draft proposes, with the evidence, how sure ingestion is, and the review decision.' })
export class DraftFact {
  @Field(() => ID, { description: 'Draft fact id: `<draft id>/<seed section>/<index>`, e.g. `draft-1a2b3c4d5e6f/usesInfra/0`.' })
  id!: string;
  @Field(() => String, { description: 'What kind of fact, as `Fact.kind` names it: `InfrastructureUsage`, `DataLocation`, `Disclosure`, ...' })
  kind!: string;
  @Field(() => DraftFactStatus, { description: 'The review decision.' })
  status!: DraftFactStatus;
  @Field(() => GraphQLJSONObject, { description: 'The fact as a record of the seed-file format (with edits applied): the fields `editDraftFact` changes.' })
  record!: Record<string, unknown>;
  @Field(() => DraftEvidence, { description: 'Section and verbatim quote.' })
  evidence!: DraftEvidence;
  @Field(() => Float, { nullable: true, description: 'How sure the rule that proposed it is, 0 to 1.' })
  confidence?: number;
  @Field(() => String, { nullable: true, description: 'The ingestion rule that proposed it.' })
  rule?: string;
  @Field(() => String, { nullable: true, description: 'What the reviewer should check.' })
  reviewNote?: string;
  @Field(() => ID, { nullable: true, description: 'Once accepted: the id of the fact written to the graph (for `fact` and `history`).' })
  factId?: string;
  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  reviewedBy?: string;
  @Field(() => String, { nullable: true, description: 'When it was accepted or rejected (ISO 8601).' })
  reviewedAt?: string;
  @Field(() => String, { nullable: true, description: 'The reason given with the decision (required for a rejection).' })
  reason?: string;
  @Field(() => String, { nullable: true, description: 'Who last edited it.' })
  editedBy?: string;
  @Field(() => String, { nullable: true, description: 'When it was last edited (ISO 8601).' })
  editedAt?: string;
}

@ObjectType({ description: 'A document read by ingestion and held for review: its proposed facts are in no answer until accepted.' })
export class Draft {
  /** The stored draft, for the field resolvers. */
  stored!: DraftRecord;
  @Field(() => ID, { description: 'Draft id, e.g. `draft-1a2b3c4d5e6f`.' })
  id!: string;
  @Field(() => DraftStatus, { description: 'PENDING while a fact waits for a decision.' })
  status!: DraftStatus;
  @Field(() => ID, { description: 'The id the document gets when the first fact is accepted (registered then, with the draft text).' })
  documentId!: string;
  @Field(() => String, { description: 'The file name the document came with; placeholder ids derive from it.' })
  fileName!: string;
  @Field(() => DocumentFormat, { description: 'How the document was read.' })
  format!: DocumentFormat;
  @Field(() => String, { description: 'When it was ingested (ISO 8601).' })
  createdAt!: string;
  @Field(() => String, { description: 'Who ingested it.' })
  createdBy!: string;
  @Field(() => String, { description: 'When it was last reviewed or edited (ISO 8601).' })
  updatedAt!: string;
  @Field(() => String, { description: 'Who last reviewed or edited it.' })
  updatedBy!: string;
  @Field(() => Int, { description: 'Version: 1 when ingested, one more on every review step.' })
  version!: number;
  @Field(() => Int, { description: 'How many proposed facts wait for a decision.' })
  pendingCount!: number;
  @Field(() => Int, { description: 'How many were accepted.' })
  acceptedCount!: number;
  @Field(() => Int, { description: 'How many were rejected.' })
  rejectedCount!: number;
  @Field(() => String, {
    description: 'The document text as ingestion read it: every quote is a substring of it. Pass it as `text` to `importDocument` with `file`.',
  })
  text!: string;
}

export const DraftConnection = connectionOf(Draft, 'Draft');
