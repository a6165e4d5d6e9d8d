// What a portfolio's findings are evaluated over: its requirements (by id)
// and its usages (most critical first, then by service name), each usage
// with its service and vendor. One row; none when there is no such portfolio.
// @param portfolioId  portfolio id
MATCH (p:Portfolio {id: $portfolioId})
OPTIONAL MATCH (p)-[:REQUIRES]->(r:Requirement)
WITH p, r
ORDER BY r.id
WITH p, collect(r {.id, .title, .kind, .countries, .metric, .value, .scheme, .requireValid, .control, .appliesToMaxCriticality, .appliesToDataClasses, .createdAt, .updatedAt, .recordVersion}) AS requirements
OPTIONAL MATCH (p)-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)
OPTIONAL MATCH (v:Vendor)-[:PROVIDES]->(s)
WITH p, requirements, u, s, v
ORDER BY u.criticality, s.name, s.id
RETURN p.id AS portfolioId, p.name AS portfolioName, requirements,
  collect(u {.id, .criticality, .dataClasses, .businessOwner, .contractStart, .contractEnd, .notes, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, serviceName: s.name, vendorId: v.id, vendorName: v.name}) AS usages
