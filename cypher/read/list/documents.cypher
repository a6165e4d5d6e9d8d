// One page of source documents (whitepapers), newest first by default.
// @param ids             document ids
// @param vendorIds       published by one of these vendors
// @param sortField       'publishedOn', 'title' or 'id'
// @param sortDescending  true for DESC
// @param offset          rows to skip
// @param limit           page size
MATCH (d:Document)
WHERE ($ids IS NULL OR d.id IN $ids)
WITH d WHERE $vendorIds IS NULL OR EXISTS { MATCH (v:Vendor)-[:PUBLISHED]->(d) WHERE v.id IN $vendorIds }
WITH d, CASE $sortField WHEN 'title' THEN d.title WHEN 'publishedOn' THEN d.publishedOn ELSE d.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, d.id
WITH collect(d) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .title, .version, .publishedOn, .publisher, .sourceFile}] AS nodes
