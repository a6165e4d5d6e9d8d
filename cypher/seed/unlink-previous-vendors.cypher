// A service has one vendor: before its PROVIDES link is merged, links from
// any other vendor (a vendor changed by an edited seed file or an update)
// are removed, so the service is not listed under both.
// @param rows  list of {from, to}: the service's vendor id ('' for none) and the service id
UNWIND $rows AS row
// Anchored on the service (an index lookup), not on the vendors: written the
// other way round the embedded engine scans every vendor for every row.
MATCH (s:Service {id: row.to})
MATCH (s)<-[old:PROVIDES]-(other:Vendor)
WHERE other.id <> row.from
DELETE old
