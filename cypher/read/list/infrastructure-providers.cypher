// One page of infrastructure providers, filtered and sorted, with the total count.
// @param ids             provider ids
// @param nameContains    substring of the name (NFKC, lower-cased)
// @param sortField       'id' or 'name'
// @param sortDescending  true for DESC
// @param offset          rows to skip
// @param limit           page size
MATCH (p:InfrastructureProvider)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($nameContains IS NULL OR p.nameKey CONTAINS $nameContains)
WITH p, CASE $sortField WHEN 'name' THEN p.name ELSE p.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, p.id
WITH collect(p) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name}] AS nodes
