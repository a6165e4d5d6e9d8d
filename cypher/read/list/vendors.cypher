// One page of vendors, filtered and sorted, with the total count, in one
// round trip. Every filter is optional: a null parameter leaves it out.
// Text filters compare lower-cased; the caller NFKC-normalises its input.
// @param ids               vendor ids (id.eq / id.in)
// @param nameIn            exact names
// @param nameContains      substring of the name
// @param nameStartsWith    prefix of the name
// @param certificationIds  holds one of these certifications
// @param providerIds       one of its services USES_INFRA a region of one of these providers
// @param regionIds         one of its services USES_INFRA one of these regions
// @param sortField         'id' or 'name'
// @param sortDescending    true for DESC
// @param offset            rows to skip
// @param limit             page size
MATCH (v:Vendor)
WHERE ($ids IS NULL OR v.id IN $ids)
  AND ($nameIn IS NULL OR v.name IN $nameIn)
  AND ($nameContains IS NULL OR v.nameKey CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR v.nameKey STARTS WITH $nameStartsWith)
// One step per relationship filter, so an unused one costs nothing.
WITH v WHERE $certificationIds IS NULL OR EXISTS { MATCH (v)-[:CERTIFIED_BY]->(c:Certification) WHERE c.id IN $certificationIds }
WITH v WHERE $providerIds IS NULL OR EXISTS { MATCH (v)-[:PROVIDES]->(:Service)-[:USES_INFRA]->(r:Region) WHERE r.provider IN $providerIds }
WITH v WHERE $regionIds IS NULL OR EXISTS { MATCH (v)-[:PROVIDES]->(:Service)-[:USES_INFRA]->(r:Region) WHERE r.id IN $regionIds }
WITH v, CASE $sortField WHEN 'name' THEN v.name ELSE v.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, v.id
WITH collect(v) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name, .nameEn, .website}] AS nodes
