// A :Vendor node's stored properties by id, for a write to compare and version. No row when there is none.
// @param id  the node id
MATCH (n:Vendor {id: $id})
RETURN properties(n) AS props
