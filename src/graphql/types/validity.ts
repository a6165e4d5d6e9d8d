/** Validity and freshness: certificates by their days of validity, documents by their age. */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CertificationHolding } from './edges.js';
import { Document } from './nodes.js';
import type { PortfolioScope } from '../portfolio-access.js';
import { connectionOf } from './connections.js';

export enum CertificationStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  description: "A certificate's standing on a given day, from its validFrom and validUntil.",
  valuesConfig: {
    VALID: { description: 'The day is within its period of validity (from validFrom, when known, to validUntil inclusive).' },
    EXPIRED: { description: 'The day is after validUntil.' },
    NOT_YET_VALID: { description: 'The day is before validFrom.' },
    UNKNOWN: { description: 'The documents give no validUntil: nothing shows whether it is still in force.' },
  },
});

@ObjectType({ description: 'A certificate whose period of validity ends within the days asked about.' })
export class ExpiringCertification {
  @Field(() => CertificationHolding, { description: 'The certificate: vendor, scheme, registration number, dates and evidence.' })
  holding!: CertificationHolding;
  @Field(() => Int, { description: 'Days from the day asked about (`asOf`) to validUntil: 0 on the last day, negative once expired.' })
  daysLeft!: number;
  @Field(() => CertificationStatus, { description: 'Its standing on the day asked about.' })
  status!: CertificationStatus;
  serviceIds!: string[];
  /** The portfolio asked about, for the services' criticality there. */
  scope?: PortfolioScope | null;
}

@ObjectType({ description: 'A current document (no newer version replaces it) older than the months asked about, or carrying no date.' })
export class StaleDocument {
  @Field(() => Document, { description: 'The document.' })
  document!: Document;
  @Field(() => String, { nullable: true, description: 'Its publication date (YYYY-MM-DD); null when it carries none.' })
  publishedOn?: string;
  @Field(() => Int, { nullable: true, description: 'Whole months from publication to the day asked about; null when the document carries no date.' })
  ageMonths?: number;
  @Field(() => String, { nullable: true, description: 'Why it is listed when that is not its age: the document carries no date.' })
  note?: string;
  serviceIds!: string[];
  /** The portfolio asked about, for the services' criticality there. */
  scope?: PortfolioScope | null;
}

export const ExpiringCertificationConnection = connectionOf(ExpiringCertification, 'ExpiringCertification');
export const StaleDocumentConnection = connectionOf(StaleDocument, 'StaleDocument');
