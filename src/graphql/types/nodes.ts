/**
 * The node types. Scalar properties are fields here; relationships are
 * field resolvers in ../resolvers, one resolver class per type.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A company that provides SaaS services (or, for a sub-processor, the company a document names as its operator).' })
export class Vendor {
  @Field(() => ID, { description: 'Stable, human-readable id, e.g. `sios`.' })
  id!: string;
  @Field(() => String, { description: 'Legal name as the document prints it (Japanese for Japanese vendors).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'English name, where known.' })
  nameEn?: string;
  @Field(() => String, { nullable: true, description: 'Web site printed in the document.' })
  website?: string;
}

@ObjectType({ description: 'A cloud service a vendor provides, or a third-party service (sub-processor) one depends on.' })
export class Service {
  @Field(() => ID, { description: 'Stable id, e.g. `gluegent-gate`.' })
  id!: string;
  @Field(() => String, { description: 'Name as the document prints it.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Kind of service, where the document says.' })
  category?: string;
  @Field(() => String, { nullable: true, description: 'What the service is, from the document.' })
  description?: string;
}

@ObjectType({ description: 'Where infrastructure runs: a provider region, or a placeholder for a location a document does not name (`disclosed: false`).' })
export class Region {
  @Field(() => ID, { description: 'e.g. `aws:ap-northeast-1`, `azure:japaneast`, `undisclosed:jp`.' })
  id!: string;
  @Field(() => String, { description: "The provider's region code, e.g. `ap-northeast-1`." })
  code!: string;
  @Field(() => String, { description: 'Readable name, e.g. "AWS Asia Pacific (Tokyo)".' })
  name!: string;
  @Field(() => Boolean, { description: 'False for a placeholder standing for a location the documents do not name precisely.' })
  disclosed!: boolean;
}

@ObjectType({ description: 'A cloud infrastructure provider (AWS, Azure, Google Cloud), or `undisclosed` for an unnamed one.' })
export class InfrastructureProvider {
  @Field(() => ID, { description: '`aws`, `azure`, `gcp` or `undisclosed`.' })
  id!: string;
  @Field(() => String, { description: 'Readable name, e.g. "Amazon Web Services".' })
  name!: string;
}

@ObjectType({ description: 'A country (ISO 3166-1).' })
export class Country {
  @Field(() => ID, { description: 'Same as `code`.' })
  id!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. `JP`.' })
  code!: string;
  @Field(() => String, { description: 'English name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Japanese name.' })
  nameJa?: string;
}

@ObjectType({ description: 'A certification scheme (ISO/IEC 27001, ISO/IEC 27017, Privacy Mark). Who holds it, with which registration, is on `holders`.' })
export class Certification {
  @Field(() => ID, { description: '`iso27001`, `iso27017`, `privacymark`.' })
  id!: string;
  @Field(() => String, { description: 'Readable name, e.g. "ISO/IEC 27017 (ISMS cloud security)".' })
  name!: string;
  @Field(() => String, { description: 'The standard behind the scheme, e.g. "ISO/IEC 27017".' })
  standard!: string;
}

@ObjectType({ description: 'A control of ISO/IEC 27017:2015: the ISO/IEC 27002:2013 controls and the seven cloud-specific CLD controls.' })
export class Control {
  @Field(() => ID, { description: 'e.g. `iso27017:12.3.1`, `iso27017:CLD.8.1.5`.' })
  id!: string;
  @Field(() => String, { description: 'e.g. `12.3.1`, `CLD.8.1.5`.' })
  code!: string;
  @Field(() => String, { nullable: true, description: 'Japanese title (JIS Q 27002 / JIS Q 27017), where known.' })
  title?: string;
  @Field(() => String, { description: 'English title.' })
  titleEn!: string;
  @Field(() => String, { nullable: true, description: 'The clause it belongs to, e.g. "12 Operations security".' })
  clause?: string;
  @Field(() => Boolean, { description: 'True for the seven CLD controls ISO/IEC 27017 adds.' })
  cloudSpecific!: boolean;
}

@ObjectType({ description: 'A control framework.' })
export class Framework {
  @Field(() => ID, { description: 'e.g. `iso27017`.' })
  id!: string;
  @Field(() => String, { description: 'e.g. "ISO/IEC 27017".' })
  name!: string;
  @Field(() => String, { description: 'Year of the edition, e.g. "2015".' })
  edition!: string;
}

@ObjectType({ description: 'A source document (a vendor whitepaper). Every fact cites one.' })
export class Document {
  @Field(() => ID, { description: 'e.g. `gluegent-whitepaper`.' })
  id!: string;
  @Field(() => String, { description: 'Title as printed.' })
  title!: string;
  @Field(() => String, { description: 'Version as printed, e.g. "4版".' })
  version!: string;
  @Field(() => String, { description: 'Publication date, YYYY-MM-DD.' })
  publishedOn!: string;
  @Field(() => String, { description: 'Who published the document, as printed (the vendor that wrote it is `vendor`).' })
  publisher!: string;
}

@ObjectType({ description: "One row of a document's revision history." })
export class DocumentRevision {
  @Field(() => String, { description: 'Version of the document this row describes, as printed.' })
  version!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  date!: string;
  @Field(() => String, { description: 'What changed, as printed.' })
  changes!: string;
}

@ObjectType({ description: 'A time source a service synchronises its clock with (NTP).' })
export class TimeSource {
  @Field(() => ID, { description: 'e.g. `nist`, `google-ntp`, `aws-ntp`, `nict`.' })
  id!: string;
  @Field(() => String, { description: 'Readable name, e.g. "NIST Internet Time Service".' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'What the time source is, where known.' })
  description?: string;
}

@ObjectType({ description: 'Paging state of a connection.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'True when items come before this page (it was asked for `after` a cursor).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page; null for an empty page.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export { Int };
