// Creates a usage (Portfolio USES Service) or replaces its properties; a
// removed one comes back (its retractedAt is not in the new properties).
// @param portfolioId  the portfolio id
// @param serviceId    the service id
// @param id           the usage id, `<portfolio>|uses|<service>`
// @param props        every property it keeps (criticality, dataClasses, businessOwner, ...)
MATCH (p:Portfolio {id: $portfolioId})
MATCH (s:Service {id: $serviceId})
MERGE (p)-[u:USES {id: $id}]->(s)
SET u = $props
