// What an aggregation is over: the services a portfolio USES (removed
// usages skipped) with their criticality mix, or every service when no
// portfolio is given; and whether the portfolio exists.
// @param portfolioId  portfolio id, or null for the whole graph
OPTIONAL MATCH (portfolio:Portfolio {id: $portfolioId})
WITH $portfolioId IS NULL OR portfolio IS NOT NULL AS known
CALL () {
  CALL () {
    MATCH (s:Service)
    WHERE $portfolioId IS NULL
    RETURN s, null AS criticality
    UNION
    MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)
    RETURN s, u.criticality AS criticality
  }
  // An aggregate with no grouping key: one row, zeros for a portfolio that uses nothing.
  RETURN count(s) AS serviceCount,
    count(DISTINCT s.vendorId) AS vendorCount,
    sum(CASE criticality WHEN 1 THEN 1 ELSE 0 END) AS critical,
    sum(CASE criticality WHEN 2 THEN 1 ELSE 0 END) AS important,
    sum(CASE criticality WHEN 3 THEN 1 ELSE 0 END) AS other
}
RETURN known, serviceCount, vendorCount, critical, important, other
