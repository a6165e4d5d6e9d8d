// A service has one vendor: before its PROVIDES link is merged, links from
// any other vendor (a vendor changed by an edited seed file or an update)
// are removed, so the service is not listed under both. Written from the
// service (found by its id) back to its vendors: the embedded engine plans
// `(other:Vendor)-[:PROVIDES]->(:Service {id})` as a walk of every PROVIDES
// link per row (1,000 rows on 5,000 links: 10.6 s, against 22 ms this way).
// @param rows  list of {from, to}: the service's vendor id ('' for none) and the service id
UNWIND $rows AS row
MATCH (s:Service {id: row.to})<-[old:PROVIDES]-(other:Vendor)
WHERE other.id <> row.from
DELETE old
