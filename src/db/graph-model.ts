/**
 * The labels and relationship types of the graph: one list that the schema
 * set-up, the seed loader and the Cypher lint test all read, so a typo in a
 * `.cypher` file is caught by Neo4j's own linter.
 */
export const nodeLabels = [
  'Vendor',
  'Service',
  'InfrastructureProvider',
  'Region',
  'Country',
  'Certification',
  'Control',
  'Framework',
  'Document',
  'DocumentRevision',
  'TimeSource',
  /** One recorded write (src/queries/curation/change-log.ts). */
  'Change',
  /** A customer's own view: an organisation and what it uses (src/queries/portfolios/). */
  'Portfolio',
  /** A typed rule a portfolio holds its suppliers to. */
  'Requirement',
] as const;

export const relationshipTypes = [
  'PROVIDES',
  'USES_INFRA',
  'OPERATED_BY',
  'LOCATED_IN',
  'STORES_DATA_IN',
  'DEPENDS_ON',
  'CERTIFIED_BY',
  'IMPLEMENTS',
  'SYNCS_TIME_WITH',
  'PART_OF',
  'PUBLISHED',
  'HAS_REVISION',
  /** (Document)-[:PREVIOUS_VERSION]->(Document): a new version of a registered document to the one it replaces. */
  'PREVIOUS_VERSION',
  /** (Portfolio)-[:USES]->(Service): criticality, data classes, owner, contract dates. */
  'USES',
  /** (Portfolio)-[:REQUIRES]->(Requirement). */
  'REQUIRES',
] as const;

export type NodeLabel = (typeof nodeLabels)[number];
export type RelationshipType = (typeof relationshipTypes)[number];
