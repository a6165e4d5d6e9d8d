// A portfolio's register: each usage (removed ones skipped) with its
// service, vendor, infrastructure, data locations, sub-processors and the
// vendor's certifications, retracted facts skipped; by criticality, then
// service name.
// @param portfolioId  portfolio id
MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)
OPTIONAL MATCH (s)<-[:PROVIDES]-(v:Vendor)
RETURN u {.criticality, .dataClasses, .businessOwner, .contractStart, .contractEnd, .notes} AS usage,
  s {.id, .name} AS service,
  v {.id, .name} AS vendor,
  [(s)-[ui:USES_INFRA WHERE ui.retractedAt IS NULL]->(r:Region) | {id: r.id, name: r.name, basis: ui.basis}] AS infrastructure,
  [(s)-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country) | {code: c.id, basis: l.basis}] AS dataLocations,
  [(s)-[d:DEPENDS_ON WHERE d.retractedAt IS NULL]->(sub:Service) | sub.name] AS subprocessors,
  [(v)-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]->(c:Certification) | {name: c.name, validUntil: h.validUntil}] AS certifications
ORDER BY u.criticality, s.name, s.id
