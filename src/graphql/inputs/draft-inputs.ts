/** The input of `ingestDocument`: a document as pasted text or as an uploaded file (base64: the server takes JSON bodies only). */
import { Field, ID, InputType } from 'type-graphql';
import { DocumentFormat } from '../types/drafts.js';

@InputType({ description: 'A file sent inside the JSON request: its name and its bytes as base64 (the body limit MAX_BODY_BYTES applies).' })
export class DocumentUploadInput {
  @Field(() => String, {
    description: 'The file name, e.g. `acme-whitepaper.pdf`: its extension gives the format when `format` is omitted, and placeholder ids derive from it.',
  })
  fileName!: string;
  @Field(() => String, { description: "The file's bytes, base64-encoded." })
  contentBase64!: string;
}

@InputType({ description: 'A document to ingest into a draft: exactly one of `text` and `upload`.' })
export class IngestDocumentInput {
  @Field(() => String, { nullable: true, description: 'The document as text (plain text, Markdown, HTML or CSV).' })
  text?: string;
  @Field(() => DocumentUploadInput, { nullable: true, description: 'The document as a file (any format; PDF, XLSX and DOCX only this way).' })
  upload?: DocumentUploadInput;
  @Field(() => DocumentFormat, {
    nullable: true,
    description: "How it is written; default: from the upload's file extension, else TEXT.",
  })
  format?: DocumentFormat;
  @Field(() => String, {
    nullable: true,
    description: 'A file name for pasted text (placeholder ids derive from it); default: `<service or vendor>.txt`.',
  })
  fileName?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The vendor id to use (an existing vendor, or the id a new one gets); default: derived from the name the document prints.',
  })
  vendor?: string;
  @Field(() => ID, { nullable: true, description: 'The service id to use for the service the document describes; default: derived from the name it prints.' })
  service?: string;
}
