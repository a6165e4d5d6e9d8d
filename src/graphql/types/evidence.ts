import { Field, ObjectType } from 'type-graphql';
import type { EvidenceProps } from '../../queries/records.js';

@ObjectType({ description: 'Where a fact comes from: the document, the section heading, and the sentence quoted verbatim.' })
export class Evidence {
  documentId!: string;
  @Field(() => String, { description: 'Section heading as printed.' })
  section!: string;
  @Field(() => String, { description: 'The exact words of the document (Japanese, verbatim, never corrected).' })
  quote!: string;
}

export function evidenceOf(edge: EvidenceProps): Evidence {
  return { documentId: edge.evidenceDocument, section: edge.evidenceSection, quote: edge.evidenceQuote };
}

/** When a fact was written and its version; the same three fields on every fact type. */
export function lifecycleOf(edge: Pick<EvidenceProps, 'createdAt' | 'updatedAt' | 'recordVersion'>): {
  createdAt?: string;
  updatedAt?: string;
  version: number;
} {
  return { createdAt: edge.createdAt, updatedAt: edge.updatedAt, version: edge.recordVersion ?? 1 };
}
