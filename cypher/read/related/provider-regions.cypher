// Regions OPERATED_BY a provider.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:InfrastructureProvider {id: id})<-[:OPERATED_BY]-(r:Region)
RETURN id AS key, r {.id, .code, .name, .provider, .countryCode, .disclosed} AS node
ORDER BY r.id
