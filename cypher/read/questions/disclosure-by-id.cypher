// Disclosures (IMPLEMENTS edges) by their id, for search hits and lookups.
// @param ids  disclosure ids
UNWIND $ids AS id
MATCH (s:Service)-[d:IMPLEMENTS {id: id} WHERE d.retractedAt IS NULL]->(c:Control)
RETURN id AS key, d {.id, .summary, .reviewNote, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, .metricNames, .metricValues, .metricUnits, .metricRaws, .metricSubjects, .metricNormalized, .metricNormalizedUnits, .metricApproximate, serviceId: s.id, controlId: c.id} AS edge
