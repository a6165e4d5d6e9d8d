// One page of regions, filtered and sorted, with the total count.
// @param ids             region ids
// @param codeIn          region codes, e.g. ap-northeast-1
// @param providerIds     operated by one of these providers
// @param countryIds      located in one of these countries
// @param disclosed       false for placeholder locations the documents do not name
// @param sortField       'id', 'code' or 'name'
// @param sortDescending  true for DESC
// @param offset          rows to skip
// @param limit           page size
MATCH (r:Region)
WHERE ($ids IS NULL OR r.id IN $ids)
  AND ($codeIn IS NULL OR r.code IN $codeIn)
  AND ($providerIds IS NULL OR r.provider IN $providerIds)
  AND ($countryIds IS NULL OR r.countryCode IN $countryIds)
  AND ($disclosed IS NULL OR r.disclosed = $disclosed)
WITH r, CASE $sortField WHEN 'code' THEN r.code WHEN 'name' THEN r.name ELSE r.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, r.id
WITH collect(r) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .code, .name, .provider, .countryCode, .disclosed}] AS nodes
