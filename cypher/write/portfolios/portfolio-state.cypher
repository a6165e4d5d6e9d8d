// A :Portfolio node's stored properties by id, for a write to compare and
// version. No row when there is none.
// @param id  the portfolio id
MATCH (p:Portfolio {id: $id})
RETURN properties(p) AS props
