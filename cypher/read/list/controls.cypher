// One page of controls, filtered and sorted, with the total count. 'code'
// sorts in catalog order (5.1.1 before 10.1.1, each CLD control after the
// control it extends), which string order would not.
// @param ids             control ids
// @param codeIn          exact codes, e.g. 12.3.1
// @param codeStartsWith  code prefix, e.g. "12." or "CLD"
// @param titleContains   substring of the Japanese or English title (NFKC, lower-cased)
// @param cloudSpecific   true for the seven CLD controls
// @param disclosedBy     disclosed by one of these services
// @param sortField       'code' or 'id'
// @param sortDescending  true for DESC
// @param offset          rows to skip
// @param limit           page size
MATCH (c:Control)
WHERE ($ids IS NULL OR c.id IN $ids)
  AND ($codeIn IS NULL OR c.code IN $codeIn)
  AND ($codeStartsWith IS NULL OR c.code STARTS WITH $codeStartsWith)
  AND ($titleContains IS NULL OR c.titleKey CONTAINS $titleContains)
  AND ($cloudSpecific IS NULL OR c.cloudSpecific = $cloudSpecific)
WITH c WHERE $disclosedBy IS NULL OR EXISTS { MATCH (s:Service)-[:IMPLEMENTS]->(c) WHERE s.id IN $disclosedBy }
WITH c, CASE $sortField WHEN 'id' THEN c.id ELSE null END AS textKey, CASE $sortField WHEN 'id' THEN null ELSE c.position END AS numberKey
ORDER BY CASE WHEN $sortDescending THEN textKey END DESC, CASE WHEN $sortDescending THEN numberKey END DESC,
  CASE WHEN $sortDescending THEN null ELSE textKey END ASC, CASE WHEN $sortDescending THEN null ELSE numberKey END ASC, c.id
WITH collect(c) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .code, .title, .titleEn, .clause, .cloudSpecific, .position}] AS nodes
