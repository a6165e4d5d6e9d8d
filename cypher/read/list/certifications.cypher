// One page of certification schemes, filtered and sorted, with the total count.
// @param ids             certification ids
// @param standardIn      exact standards, e.g. ISO/IEC 27017
// @param heldBy          held by one of these vendors
// @param sortField       'id' or 'name'
// @param sortDescending  true for DESC
// @param offset          rows to skip
// @param limit           page size
MATCH (c:Certification)
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($standardIn IS NULL OR c.standard IN $standardIn)
WITH c WHERE $heldBy IS NULL OR EXISTS { MATCH (v:Vendor)-[:CERTIFIED_BY]->(c) WHERE v.id IN $heldBy }
WITH c, CASE $sortField WHEN 'name' THEN c.name ELSE c.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, c.id
WITH collect(c) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name, .standard}] AS nodes
