// A usage (Portfolio USES Service) by its id, removed or not, as stored: what
// a write reads before it changes it. No row when there is none.
// @param portfolioId  the portfolio id
// @param id           the usage id, `<portfolio>|uses|<service>`
MATCH (:Portfolio {id: $portfolioId})-[u:USES {id: $id}]->(s:Service)
RETURN properties(u) AS props, s.id AS serviceId
