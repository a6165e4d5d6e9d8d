// What a question scoped to a portfolio needs, for each of several
// portfolios: the current usages (removed ones skipped), each with its
// service's vendor. The question's statements then take the service (or
// vendor) ids as a list, `$scopeServiceIds` (null = the whole graph):
// `s.id IN $list` costs nothing when the list is null, where an EXISTS
// subquery on the portfolio costs the embedded engine ~20x even then.
// No row for an unknown portfolio.
// @param ids  list of portfolio ids
UNWIND $ids AS id
MATCH (p:Portfolio {id: id})
OPTIONAL MATCH (p)-[u:USES]->(s:Service)
WHERE u.retractedAt IS NULL
WITH id, u, s
ORDER BY s.id
WITH id, collect(CASE WHEN u IS NULL THEN null ELSE u {.id, .criticality, .dataClasses, .businessOwner, .contractStart, .contractEnd, .notes, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, vendorId: s.vendorId} END) AS usages
RETURN id AS key, {usages: usages} AS node
