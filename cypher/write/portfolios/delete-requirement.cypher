// Deletes a requirement (its last state stays in the change log): findings
// are computed from the requirements there are, so a removed rule is gone.
// @param id  the requirement id
MATCH (r:Requirement {id: $id})
DETACH DELETE r
