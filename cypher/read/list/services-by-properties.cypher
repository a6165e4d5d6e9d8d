// One page of services filtered on their own properties only (the common
// case: no relationship filter), sorted, with the total count. The same
// result as list/services with every relationship filter null, without
// paying for the relationship filters.
// @param ids                 service ids
// @param nameIn              exact names
// @param nameContains        substring of the name (NFKC, lower-cased)
// @param nameStartsWith      prefix of the name (NFKC, lower-cased)
// @param categoryIn          exact categories
// @param vendorIds           provided by one of these vendors
// @param sortField           'id', 'name' or 'category'
// @param sortDescending      true for DESC
// @param offset              rows to skip
// @param limit               page size
MATCH (s:Service)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($nameIn IS NULL OR s.name IN $nameIn)
  AND ($nameContains IS NULL OR s.nameKey CONTAINS $nameContains)
  AND ($nameStartsWith IS NULL OR s.nameKey STARTS WITH $nameStartsWith)
  AND ($categoryIn IS NULL OR s.category IN $categoryIn)
  AND ($vendorIds IS NULL OR s.vendorId IN $vendorIds)
WITH s, CASE $sortField WHEN 'name' THEN s.name WHEN 'category' THEN s.category ELSE s.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name, .category, .description, .vendorId}] AS nodes
