// Every country each service STORES_DATA_IN, stated or inferred, with the
// evidence: what DATA_IN_COUNTRIES requirements are judged on. One round trip
// for all the services of a portfolio.
// @param serviceIds  the services to read
UNWIND $serviceIds AS id
MATCH (:Service {id: id})-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country)
RETURN id AS serviceId, l {.id, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: id, countryId: c.id} AS location
ORDER BY serviceId, location.countryId
