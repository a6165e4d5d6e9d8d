// The whole control catalog in catalog order, for coverage (gap) views.
MATCH (c:Control)
RETURN c {.id, .code, .title, .titleEn, .clause, .cloudSpecific, .position} AS node
ORDER BY c.position
