// The whole control catalog in catalog order, for coverage (gap) views.
MATCH (c:Control)
RETURN c {.*} AS node
ORDER BY c.position
