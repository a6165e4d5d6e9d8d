// A fact whose subject is a service (infrastructure, data location, dependency,
// disclosure, time source), by its id, retracted or not: what a write reads
// before it changes the fact. No row when there is none.
// @param subjectId  the service id (the part of the fact id before the first `|`)
// @param id         the fact id
MATCH (:Service {id: $subjectId})-[r {id: $id}]->(target)
RETURN type(r) AS relationship, properties(r) AS props, target.id AS targetId
