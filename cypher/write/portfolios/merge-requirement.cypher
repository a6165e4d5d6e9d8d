// Creates a requirement held by a portfolio, or replaces its properties.
// @param portfolioId  the portfolio id
// @param id           the requirement id, `<portfolio>|req|<slug>`
// @param props        every property it keeps (title, kind, its parameters, scope, ...)
MATCH (p:Portfolio {id: $portfolioId})
MERGE (p)-[:REQUIRES]->(r:Requirement {id: $id})
SET r = $props
