// One page of services, filtered and sorted, with the total count, in one
// round trip. Every filter is optional: a null parameter leaves it out.
// @param ids                 service ids
// @param nameIn              exact names
// @param nameContains        substring of the name (NFKC, lower-cased)
// @param nameStartsWith      prefix of the name (NFKC, lower-cased)
// @param categoryIn          exact categories
// @param vendorIds           provided by one of these vendors
// @param providerIds         USES_INFRA a region of one of these providers
// @param regionIds           USES_INFRA one of these regions
// @param infraCountryIds     USES_INFRA a region located in one of these countries
// @param infraBasis          only infrastructure links with this basis count for the three filters above
// @param dataCountryIds      STORES_DATA_IN one of these countries
// @param dataOutsideCountry  STORES_DATA_IN some country other than this one
// @param controlIds          discloses (IMPLEMENTS) one of these controls
// @param metricName          has a disclosure metric of this name ...
// @param metricLt            ... whose normalised value is < this
// @param metricLte           ... <= this
// @param metricGt            ... > this
// @param metricGte           ... >= this
// @param timeSourceIds       SYNCS_TIME_WITH one of these time sources
// @param certificationIds    its vendor holds one of these certifications
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
  AND ($providerIds IS NULL OR EXISTS { MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.provider IN $providerIds AND ($infraBasis IS NULL OR u.basis = $infraBasis) })
  AND ($regionIds IS NULL OR EXISTS { MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.id IN $regionIds AND ($infraBasis IS NULL OR u.basis = $infraBasis) })
  AND ($infraCountryIds IS NULL OR EXISTS { MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.countryCode IN $infraCountryIds AND ($infraBasis IS NULL OR u.basis = $infraBasis) })
  AND ($dataCountryIds IS NULL OR EXISTS { MATCH (s)-[:STORES_DATA_IN]->(c:Country) WHERE c.id IN $dataCountryIds })
  AND ($dataOutsideCountry IS NULL OR EXISTS { MATCH (s)-[:STORES_DATA_IN]->(c:Country) WHERE c.id <> $dataOutsideCountry })
  AND ($controlIds IS NULL OR EXISTS { MATCH (s)-[:IMPLEMENTS]->(c:Control) WHERE c.id IN $controlIds })
  AND ($metricName IS NULL OR EXISTS {
    MATCH (s)-[d:IMPLEMENTS]->(:Control)
    WHERE any(i IN range(0, size(d.metricNames) - 1) WHERE d.metricNames[i] = $metricName
      AND ($metricLt IS NULL OR d.metricNormalized[i] < $metricLt)
      AND ($metricLte IS NULL OR d.metricNormalized[i] <= $metricLte)
      AND ($metricGt IS NULL OR d.metricNormalized[i] > $metricGt)
      AND ($metricGte IS NULL OR d.metricNormalized[i] >= $metricGte))
  })
  AND ($timeSourceIds IS NULL OR EXISTS { MATCH (s)-[:SYNCS_TIME_WITH]->(t:TimeSource) WHERE t.id IN $timeSourceIds })
  AND ($certificationIds IS NULL OR EXISTS { MATCH (s)<-[:PROVIDES]-(:Vendor)-[:CERTIFIED_BY]->(c:Certification) WHERE c.id IN $certificationIds })
WITH s, CASE $sortField WHEN 'name' THEN s.name WHEN 'category' THEN s.category ELSE s.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name, .category, .description, .vendorId}] AS nodes
