// Regions a service USES_INFRA, with purpose, basis and evidence on the edge.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})-[u:USES_INFRA WHERE u.retractedAt IS NULL]->(r:Region)
RETURN id AS key, u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: id, regionId: r.id} AS edge
ORDER BY r.id
