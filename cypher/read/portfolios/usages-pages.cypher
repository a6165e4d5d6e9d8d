// One page of the current usages of each of several portfolios (removed ones,
// with retractedAt, are skipped), most critical first, then by service name,
// with how many match in all. Batched by portfolio: one round trip for every
// portfolio of a request that asks for the same page and filter.
// @param ids          list of portfolio ids
// @param criticality  only usages of this criticality (1..3); null for all
// @param dataClass    only usages handling this data class (upper case); null for all
// @param offset       usages to skip
// @param limit        page size
UNWIND $ids AS id
MATCH (p:Portfolio {id: id})
OPTIONAL MATCH (p)-[u:USES]->(s:Service)
WHERE u.retractedAt IS NULL
  AND ($criticality IS NULL OR u.criticality = $criticality)
  AND ($dataClass IS NULL OR $dataClass IN u.dataClasses)
WITH id, u, s
ORDER BY u.criticality, s.name, s.id
// A portfolio with no usage matching keeps its row (a count of 0); the CASE keeps its null usage out of the list on both engines.
WITH id, collect(CASE WHEN u IS NULL THEN null ELSE u {.id, .criticality, .dataClasses, .businessOwner, .contractStart, .contractEnd, .notes, .createdAt, .updatedAt, .recordVersion, serviceId: s.id} END) AS usages
RETURN id AS key, size(usages) AS totalCount, usages[$offset..($offset + $limit)] AS usages
