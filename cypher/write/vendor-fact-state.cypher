// A certification held (the only fact whose subject is a vendor), by its id,
// retracted or not. No row when there is none.
// @param subjectId  the vendor id (the part of the fact id before the first `|`)
// @param id         the fact id
MATCH (:Vendor {id: $subjectId})-[r:CERTIFIED_BY {id: $id}]->(target)
RETURN type(r) AS relationship, properties(r) AS props, target.id AS targetId
