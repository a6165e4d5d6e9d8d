// Embedded engine only (src/engines/embedded-profile.ts): a lookup index on
// `id` per label. On Neo4j the uniqueness constraints already own such an
// index (and a second one on the same property is refused); on the embedded
// engine a constraint checks uniqueness but does not serve lookups, and
// without these indexes every MATCH/MERGE by id scans the label (measured:
// 20,000 MERGEs 48 s → 0.3 s).
CREATE INDEX vendor_id_lookup IF NOT EXISTS FOR (n:Vendor) ON (n.id);
CREATE INDEX service_id_lookup IF NOT EXISTS FOR (n:Service) ON (n.id);
CREATE INDEX infrastructure_provider_id_lookup IF NOT EXISTS FOR (n:InfrastructureProvider) ON (n.id);
CREATE INDEX region_id_lookup IF NOT EXISTS FOR (n:Region) ON (n.id);
CREATE INDEX country_id_lookup IF NOT EXISTS FOR (n:Country) ON (n.id);
CREATE INDEX certification_id_lookup IF NOT EXISTS FOR (n:Certification) ON (n.id);
CREATE INDEX control_id_lookup IF NOT EXISTS FOR (n:Control) ON (n.id);
CREATE INDEX framework_id_lookup IF NOT EXISTS FOR (n:Framework) ON (n.id);
CREATE INDEX document_id_lookup IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX document_revision_id_lookup IF NOT EXISTS FOR (n:DocumentRevision) ON (n.id);
CREATE INDEX time_source_id_lookup IF NOT EXISTS FOR (n:TimeSource) ON (n.id);
CREATE INDEX change_id_lookup IF NOT EXISTS FOR (n:Change) ON (n.id);
CREATE INDEX portfolio_id_lookup IF NOT EXISTS FOR (n:Portfolio) ON (n.id);
CREATE INDEX requirement_id_lookup IF NOT EXISTS FOR (n:Requirement) ON (n.id);
