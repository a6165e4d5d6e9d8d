// A requirement by id with the portfolio holding it, as stored. No row when
// there is none.
// @param id  the requirement id, `<portfolio>|req|<slug>`
MATCH (p:Portfolio)-[:REQUIRES]->(r:Requirement {id: $id})
RETURN properties(r) AS props, p.id AS portfolioId
