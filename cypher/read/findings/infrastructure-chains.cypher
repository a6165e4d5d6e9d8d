// The infrastructure of each service and of every service it reaches through
// DEPENDS_ON (up to 8 hops), each USES_INFRA link with its basis, reasoning
// and evidence, and the shortest chain of services that leads to it (empty
// for the service's own): what NO_INFERRED_ONLY_INFRASTRUCTURE requirements
// are judged on.
// @param serviceIds  the services to read
UNWIND $serviceIds AS id
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (:Service {id: id})-[hops:DEPENDS_ON*0..8]->(x:Service)
WITH id, x, hops
ORDER BY size(hops)
WITH id, x, head(collect([hop IN hops | endNode(hop).id])) AS via
MATCH (x)-[i:USES_INFRA WHERE i.retractedAt IS NULL]->(r:Region)
RETURN id AS serviceId, x.name AS holderName, via, i {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: x.id, regionId: r.id} AS usage
ORDER BY serviceId, usage.id
