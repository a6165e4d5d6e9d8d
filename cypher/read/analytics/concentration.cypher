// Concentration: what the services in scope depend on, ranked by how many of
// them depend on it. A service depends on what it, or a service it reaches
// through DEPENDS_ON (up to 8 hops, retracted links skipped), relies on:
// PROVIDER and REGION, the infrastructure they USES_INFRA; COUNTRY, the
// countries of those regions and the countries they STORES_DATA_IN;
// SUBPROCESSOR, the services reached (1 hop or more); CERTIFICATION_ISSUER,
// the bodies that issued their vendors' certificates (where stated).
// In scope: the services a portfolio USES (with each usage's criticality),
// or every service when no portfolio is given. Each entry counts the
// services in scope (and their vendors and criticality mix), not the
// services reached on the way.
// @param portfolioId       portfolio id, or null for the whole graph
// @param by                PROVIDER, REGION, COUNTRY, SUBPROCESSOR or CERTIFICATION_ISSUER
// @param limit             entries to return, largest first
// @param servicesPerEntry  services listed with each entry, most critical first
CALL () {
  MATCH (s:Service)
  WHERE $portfolioId IS NULL
  RETURN s, null AS criticality
  UNION
  MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)
  RETURN s, u.criticality AS criticality
}
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (s)-[hops:DEPENDS_ON*0..8]->(reached:Service)
// `depth`: DEPENDS_ON hops between the service in scope and what it relies on (0: its own).
CALL (reached, hops) {
  WITH reached WHERE $by IN ['PROVIDER', 'REGION', 'COUNTRY']
  MATCH (reached)-[ui:USES_INFRA WHERE ui.retractedAt IS NULL]->(r:Region)
  OPTIONAL MATCH (r)-[:OPERATED_BY]->(p:InfrastructureProvider)
  OPTIONAL MATCH (r)-[:LOCATED_IN]->(c:Country)
  WITH r, p, c
  WHERE $by <> 'COUNTRY' OR c IS NOT NULL
  RETURN CASE $by WHEN 'PROVIDER' THEN r.provider WHEN 'REGION' THEN r.id ELSE c.id END AS key,
    CASE $by WHEN 'PROVIDER' THEN coalesce(p.name, r.provider) WHEN 'REGION' THEN r.name ELSE c.name END AS name,
    size(hops) AS depth
  UNION
  WITH reached WHERE $by = 'COUNTRY'
  MATCH (reached)-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country)
  RETURN c.id AS key, c.name AS name, size(hops) AS depth
  UNION
  WITH reached WHERE $by = 'SUBPROCESSOR' AND size(hops) > 0
  RETURN reached.id AS key, reached.name AS name, size(hops) - 1 AS depth
  UNION
  WITH reached WHERE $by = 'CERTIFICATION_ISSUER'
  MATCH (reached)<-[:PROVIDES]-(:Vendor)-[held:CERTIFIED_BY WHERE held.retractedAt IS NULL AND held.issuer IS NOT NULL]->(:Certification)
  RETURN held.issuer AS key, held.issuer AS name, size(hops) AS depth
}
WITH key, name, s, criticality, min(depth) AS depth
ORDER BY coalesce(criticality, 4), s.name, s.id
WITH key, name,
  count(*) AS serviceCount,
  count(DISTINCT s.vendorId) AS vendorCount,
  sum(CASE criticality WHEN 1 THEN 1 ELSE 0 END) AS critical,
  sum(CASE criticality WHEN 2 THEN 1 ELSE 0 END) AS important,
  sum(CASE criticality WHEN 3 THEN 1 ELSE 0 END) AS other,
  collect(s {.id, .name, .category, .description, .vendorId, criticality: criticality, direct: depth = 0}) AS services
ORDER BY serviceCount DESC, critical DESC, important DESC, key
// The walk that ranks the entries also counts them: one walk for both.
WITH collect({key: key, name: name, serviceCount: serviceCount, vendorCount: vendorCount, critical: critical, important: important, other: other, services: services}) AS ranked
RETURN size(ranked) AS totalCount,
  [e IN ranked[0..$limit] | {key: e.key, name: e.name, serviceCount: e.serviceCount, vendorCount: e.vendorCount, critical: e.critical, important: e.important, other: e.other, services: e.services[0..$servicesPerEntry]}] AS entries
