// What each service discloses about the given controls, with the evidence:
// what CONTROL_DISCLOSED requirements are judged on.
// @param serviceIds  the services to read
// @param controls    control ids, e.g. ["iso27017:12.3.1"]
UNWIND $serviceIds AS id
MATCH (:Service {id: id})-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control)
WHERE c.id IN $controls
RETURN id AS serviceId, d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: id, controlId: c.id} AS disclosure
ORDER BY serviceId, disclosure.id
