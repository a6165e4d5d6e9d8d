// Count, minimum, maximum and average of one metric's normalised values per
// group, over the services in scope: those a portfolio USES, or every
// service when no portfolio is given. Reads each service's copy of its
// disclosed metrics (src/seed/disclosed-metrics.ts): every value a current
// disclosure states counts, so a service stating one value per data kind
// counts each. Groups: PROVIDER and REGION, the infrastructure a service
// USES_INFRA itself; VENDOR, its vendor; CERTIFICATION, its vendor's
// certifications; CRITICALITY, the portfolio's criticality of its usage.
// @param portfolioId  portfolio id, or null for the whole graph
// @param metric       metric name, e.g. dataDeletionDays
// @param groupBy      PROVIDER, REGION, VENDOR, CERTIFICATION or CRITICALITY
CALL () {
  MATCH (s:Service)
  WHERE $portfolioId IS NULL
  RETURN s, null AS criticality
  UNION
  MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)
  RETURN s, u.criticality AS criticality
}
WITH s, criticality, [i IN range(0, size(coalesce(s.disclosedMetricNames, [])) - 1) WHERE s.disclosedMetricNames[i] = $metric | s.disclosedMetricValues[i]] AS values
WHERE size(values) > 0
CALL (s, criticality) {
  WITH s WHERE $groupBy IN ['PROVIDER', 'REGION']
  MATCH (s)-[ui:USES_INFRA WHERE ui.retractedAt IS NULL]->(r:Region)
  OPTIONAL MATCH (r)-[:OPERATED_BY]->(p:InfrastructureProvider)
  RETURN CASE $groupBy WHEN 'PROVIDER' THEN r.provider ELSE r.id END AS key,
    CASE $groupBy WHEN 'PROVIDER' THEN coalesce(p.name, r.provider) ELSE r.name END AS name
  UNION
  WITH s WHERE $groupBy = 'VENDOR'
  MATCH (s)<-[:PROVIDES]-(v:Vendor)
  RETURN v.id AS key, v.name AS name
  UNION
  WITH s WHERE $groupBy = 'CERTIFICATION'
  MATCH (s)<-[:PROVIDES]-(:Vendor)-[held:CERTIFIED_BY WHERE held.retractedAt IS NULL]->(c:Certification)
  RETURN c.id AS key, c.name AS name
  UNION
  WITH criticality WHERE $groupBy = 'CRITICALITY' AND criticality IS NOT NULL
  RETURN toString(criticality) AS key, CASE criticality WHEN 1 THEN 'critical' WHEN 2 THEN 'important' ELSE 'other' END AS name
}
UNWIND values AS value
RETURN key, name, count(value) AS count, count(DISTINCT s) AS serviceCount, min(value) AS min, max(value) AS max, avg(value) AS average
ORDER BY key
