// Disclosures about a control, from every service.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Control {id: id})<-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]-(s:Service)
RETURN id AS key, d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: s.id, controlId: id} AS edge
ORDER BY s.name, d.id
