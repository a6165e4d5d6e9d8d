/**
 * The shapes rows take on their way from Cypher to the GraphQL types: node
 * properties as stored, and edges with the ids of both ends. Resolvers pass
 * these along; field resolvers follow the ids.
 */
export interface EvidenceProps {
  evidenceDocument: string;
  evidenceSection: string;
  evidenceQuote: string;
}

export interface VendorRecord {
  id: string;
  name: string;
  nameEn?: string;
  website?: string;
}
export interface ServiceRecord {
  id: string;
  name: string;
  category?: string;
  description?: string;
  vendorId?: string;
}
export interface RegionRecord {
  id: string;
  code: string;
  name: string;
  provider: string;
  countryCode?: string;
  disclosed: boolean;
}
export interface ProviderRecord {
  id: string;
  name: string;
}
export interface CountryRecord {
  id: string;
  code: string;
  name: string;
  nameJa?: string;
}
export interface CertificationRecord {
  id: string;
  name: string;
  standard: string;
}
export interface ControlRecord {
  id: string;
  code: string;
  title?: string;
  titleEn: string;
  clause?: string;
  cloudSpecific: boolean;
  position: number;
}
export interface FrameworkRecord {
  id: string;
  name: string;
  edition: string;
}
export interface DocumentRecord {
  id: string;
  title: string;
  version: string;
  publishedOn: string;
  publisher: string;
  sourceFile: string;
}
export interface RevisionRecord {
  id: string;
  version: string;
  date: string;
  changes: string;
}
export interface TimeSourceRecord {
  id: string;
  name: string;
  description?: string;
}

export type Basis = 'STATED' | 'INFERRED';

export interface UsesInfraRecord extends EvidenceProps {
  id: string;
  serviceId: string;
  regionId: string;
  purpose?: string;
  basis: Basis;
  reasoning?: string;
}
export interface StoresDataInRecord extends EvidenceProps {
  id: string;
  serviceId: string;
  countryId: string;
  basis: Basis;
  reasoning?: string;
}
export interface DependsOnRecord extends EvidenceProps {
  id: string;
  serviceId: string;
  dependsOnId: string;
  function: string;
  dataShared?: string;
}
export interface CertifiedByRecord extends EvidenceProps {
  id: string;
  vendorId: string;
  certificationId: string;
  registrationNumber?: string;
  issuer?: string;
  edition?: string;
  scope?: string;
}
export interface SyncsTimeWithRecord extends EvidenceProps {
  id: string;
  serviceId: string;
  timeSourceId: string;
}
export interface ImplementsRecord extends EvidenceProps {
  id: string;
  serviceId: string;
  controlId: string;
  summary: string;
  reviewNote?: string;
  metricNames: string[];
  metricValues: number[];
  metricUnits: string[];
  metricRaws: string[];
  metricSubjects: string[];
  metricNormalized: number[];
  metricNormalizedUnits: string[];
  metricApproximate: boolean[];
}
