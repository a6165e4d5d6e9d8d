// Services without their copy of their disclosed metrics (a graph loaded
// before the loader wrote it), with the metrics of their IMPLEMENTS edges to
// compute it from; see src/engines/derived-properties.ts.
// @param limit  most services returned
MATCH (s:Service)
WHERE s.disclosedMetricNames IS NULL
WITH s
LIMIT $limit
OPTIONAL MATCH (s)-[d:IMPLEMENTS]->(:Control)
WITH s, collect(d) AS disclosures
RETURN s.id AS id,
  reduce(names = [], d IN disclosures | names + coalesce(d.metricNames, [])) AS names,
  reduce(values = [], d IN disclosures | values + coalesce(d.metricNormalized, [])) AS values
