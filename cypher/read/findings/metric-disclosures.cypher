// The disclosures of each service that state one of the given metrics, with
// every metric value they state (normalised) and the evidence: what
// METRIC_AT_MOST and METRIC_AT_LEAST requirements are judged on.
// @param serviceIds  the services to read
// @param metrics     metric names, e.g. ["dataDeletionDays"]
UNWIND $serviceIds AS id
MATCH (:Service {id: id})-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control)
WHERE any(name IN d.metricNames WHERE name IN $metrics)
RETURN id AS serviceId, d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: id, controlId: c.id} AS disclosure
ORDER BY serviceId, c.position, disclosure.id
