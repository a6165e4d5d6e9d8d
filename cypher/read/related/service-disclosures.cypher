// A service's disclosures: the IMPLEMENTS edges to controls, in catalog order.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control)
RETURN id AS key, d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: id, controlId: c.id} AS edge
ORDER BY c.position, d.id
