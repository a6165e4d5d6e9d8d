// Services side by side on one control or one metric: for each service, the
// disclosures about that control or carrying that metric (an empty list when
// the service is silent on it).
// @param serviceIds  the services to compare; null for every service
// @param controlId   compare on this control, or null
// @param metricName  compare on this metric, or null
MATCH (s:Service)
WHERE $serviceIds IS NULL OR s.id IN $serviceIds
RETURN s {.id, .name, .category, .description, .vendorId} AS service,
  [(s)-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control) WHERE ($controlId IS NULL OR c.id = $controlId) AND ($metricName IS NULL OR $metricName IN d.metricNames) | d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: s.id, controlId: c.id}] AS disclosures
ORDER BY s.name
