// :Service nodes by id with their vendor, for a lookup that selects the
// vendor: one round trip for the service and its vendor instead of two.
// The vendor is read as read/by-id/vendors reads it, by the id the service
// names; null for a service with none (the CASE: the embedded engine
// projects a null node to a map of nulls). Unknown ids return no row.
// @param ids  list of ids
UNWIND $ids AS id
MATCH (n:Service {id: id})
OPTIONAL MATCH (v:Vendor {id: n.vendorId})
RETURN id AS key, n {.id, .name, .category, .description, .vendorId,
  vendor: CASE WHEN v IS NULL THEN null ELSE v {.id, .name, .nameEn, .website} END} AS node
