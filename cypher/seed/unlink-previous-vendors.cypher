// A service has one vendor: before its PROVIDES link is merged, links from
// any other vendor (a vendor changed by an edited seed file or an update)
// are removed, so the service is not listed under both.
// @param rows  list of {from, to}: the service's vendor id ('' for none) and the service id
UNWIND $rows AS row
MATCH (other:Vendor)-[old:PROVIDES]->(:Service {id: row.to})
WHERE other.id <> row.from
DELETE old
