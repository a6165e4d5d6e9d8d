// Gives every service that lacks them the copy of its disclosed metrics
// (`disclosedMetricNames`, `disclosedMetricValues`, parallel lists) that the
// metric filter of list/services reads: on a graph loaded before the loader
// wrote them. Built from the IMPLEMENTS edges, as the loader builds it from
// the seed. A graph the current loader wrote has nothing to do.
MATCH (s:Service)
WHERE s.disclosedMetricNames IS NULL
OPTIONAL MATCH (s)-[d:IMPLEMENTS]->(:Control)
WITH s, collect(d) AS disclosures
SET s.disclosedMetricNames = reduce(names = [], d IN disclosures | names + coalesce(d.metricNames, [])),
  s.disclosedMetricValues = reduce(values = [], d IN disclosures | values + coalesce(d.metricNormalized, []))
RETURN count(s) AS written
