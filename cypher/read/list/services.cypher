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
// @param metricName          discloses a metric of this name ...
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
// The metric filter reads the service's own copy of its disclosed metrics
// (src/seed/disclosed-metrics.ts), not its disclosures: the smallest and
// largest value it states for the metric decide a bound on one side; with
// bounds on both sides one value must meet both, which the list of every
// value decides (only then, hence the CASE).
WITH s,
  CASE $metricName
    WHEN 'dataDeletionDays' THEN s.dataDeletionDaysMin
    WHEN 'incidentNotificationHours' THEN s.incidentNotificationHoursMin
    WHEN 'backupGenerations' THEN s.backupGenerationsMin
    WHEN 'backupInterval' THEN s.backupIntervalMin
    WHEN 'backupRetentionDays' THEN s.backupRetentionDaysMin
    WHEN 'maintenanceNoticeDays' THEN s.maintenanceNoticeDaysMin
    WHEN 'logRetentionDays' THEN s.logRetentionDaysMin
    WHEN 'availabilityPercent' THEN s.availabilityPercentMin
    WHEN 'passwordMinLength' THEN s.passwordMinLengthMin
  END AS metricMin,
  CASE $metricName
    WHEN 'dataDeletionDays' THEN s.dataDeletionDaysMax
    WHEN 'incidentNotificationHours' THEN s.incidentNotificationHoursMax
    WHEN 'backupGenerations' THEN s.backupGenerationsMax
    WHEN 'backupInterval' THEN s.backupIntervalMax
    WHEN 'backupRetentionDays' THEN s.backupRetentionDaysMax
    WHEN 'maintenanceNoticeDays' THEN s.maintenanceNoticeDaysMax
    WHEN 'logRetentionDays' THEN s.logRetentionDaysMax
    WHEN 'availabilityPercent' THEN s.availabilityPercentMax
    WHEN 'passwordMinLength' THEN s.passwordMinLengthMax
  END AS metricMax
WHERE $metricName IS NULL OR (metricMin IS NOT NULL
  AND ($metricLt IS NULL OR metricMin < $metricLt)
  AND ($metricLte IS NULL OR metricMin <= $metricLte)
  AND ($metricGt IS NULL OR metricMax > $metricGt)
  AND ($metricGte IS NULL OR metricMax >= $metricGte)
  AND CASE
    WHEN ($metricLt IS NULL AND $metricLte IS NULL) OR ($metricGt IS NULL AND $metricGte IS NULL) THEN true
    ELSE any(i IN range(0, size(s.disclosedMetricNames) - 1) WHERE s.disclosedMetricNames[i] = $metricName
      AND ($metricLt IS NULL OR s.disclosedMetricValues[i] < $metricLt)
      AND ($metricLte IS NULL OR s.disclosedMetricValues[i] <= $metricLte)
      AND ($metricGt IS NULL OR s.disclosedMetricValues[i] > $metricGt)
      AND ($metricGte IS NULL OR s.disclosedMetricValues[i] >= $metricGte))
  END)
// One guarded subquery per relationship filter. The guard (`WITH s WHERE
// $x IS NOT NULL`) stops an unused filter before it expands anything; a
// plain `$x IS NULL OR EXISTS { … }` would still run the subquery per row
// on the embedded engine. (The resolver sends a list with no relationship
// filter to list/services-by-properties, which has none of this.)
CALL (s) {
  WITH s WHERE $providerIds IS NOT NULL
  MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.provider IN $providerIds AND ($infraBasis IS NULL OR u.basis = $infraBasis)
  RETURN count(*) AS providerHits
}
WITH s, providerHits WHERE $providerIds IS NULL OR providerHits > 0
CALL (s) {
  WITH s WHERE $regionIds IS NOT NULL
  MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.id IN $regionIds AND ($infraBasis IS NULL OR u.basis = $infraBasis)
  RETURN count(*) AS regionHits
}
WITH s, regionHits WHERE $regionIds IS NULL OR regionHits > 0
CALL (s) {
  WITH s WHERE $infraCountryIds IS NOT NULL
  MATCH (s)-[u:USES_INFRA]->(r:Region) WHERE r.countryCode IN $infraCountryIds AND ($infraBasis IS NULL OR u.basis = $infraBasis)
  RETURN count(*) AS infraCountryHits
}
WITH s, infraCountryHits WHERE $infraCountryIds IS NULL OR infraCountryHits > 0
CALL (s) {
  WITH s WHERE $dataCountryIds IS NOT NULL
  MATCH (s)-[:STORES_DATA_IN]->(c:Country) WHERE c.id IN $dataCountryIds
  RETURN count(*) AS dataCountryHits
}
WITH s, dataCountryHits WHERE $dataCountryIds IS NULL OR dataCountryHits > 0
CALL (s) {
  WITH s WHERE $dataOutsideCountry IS NOT NULL
  MATCH (s)-[:STORES_DATA_IN]->(c:Country) WHERE c.id <> $dataOutsideCountry
  RETURN count(*) AS dataOutsideHits
}
WITH s, dataOutsideHits WHERE $dataOutsideCountry IS NULL OR dataOutsideHits > 0
CALL (s) {
  WITH s WHERE $controlIds IS NOT NULL
  MATCH (s)-[:IMPLEMENTS]->(c:Control) WHERE c.id IN $controlIds
  RETURN count(*) AS controlHits
}
WITH s, controlHits WHERE $controlIds IS NULL OR controlHits > 0
CALL (s) {
  WITH s WHERE $timeSourceIds IS NOT NULL
  MATCH (s)-[:SYNCS_TIME_WITH]->(t:TimeSource) WHERE t.id IN $timeSourceIds
  RETURN count(*) AS timeSourceHits
}
WITH s, timeSourceHits WHERE $timeSourceIds IS NULL OR timeSourceHits > 0
CALL (s) {
  WITH s WHERE $certificationIds IS NOT NULL
  MATCH (s)<-[:PROVIDES]-(:Vendor)-[:CERTIFIED_BY]->(c:Certification) WHERE c.id IN $certificationIds
  RETURN count(*) AS certificationHits
}
WITH s, certificationHits WHERE $certificationIds IS NULL OR certificationHits > 0
WITH s, CASE $sortField WHEN 'name' THEN s.name WHEN 'category' THEN s.category ELSE s.id END AS sortKey
ORDER BY CASE WHEN $sortDescending THEN sortKey END DESC, CASE WHEN $sortDescending THEN null ELSE sortKey END ASC, s.id
WITH collect(s) AS matched
RETURN size(matched) AS totalCount, [n IN matched[$offset..($offset + $limit)] | n {.id, .name, .category, .description, .vendorId}] AS nodes
