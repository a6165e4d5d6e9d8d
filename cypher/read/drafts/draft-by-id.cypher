// One draft with its proposed file and review state. No row when there is none.
// @param id  the draft id
MATCH (d:Draft {id: $id})
RETURN properties(d) AS props
