// Everything a portfolio holds, removed usages included, as stored: what the
// seed import compares a portfolio file against, so a re-seed writes (and
// logs) only what changed. No row when there is no such portfolio.
// @param id  the portfolio id
MATCH (p:Portfolio {id: $id})
OPTIONAL MATCH (p)-[u:USES]->(s:Service)
WITH p, collect(CASE WHEN u IS NULL THEN null ELSE {serviceId: s.id, props: properties(u)} END) AS usages
OPTIONAL MATCH (p)-[:REQUIRES]->(r:Requirement)
RETURN properties(p) AS props, usages, collect(CASE WHEN r IS NULL THEN null ELSE properties(r) END) AS requirements
