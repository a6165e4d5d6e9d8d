// The most metric values one disclosure states, and one service over all its
// disclosures: the largest `metrics` and comparison `values` lists. Read at
// start-up for the query cost estimate.
MATCH (s:Service)-[d:IMPLEMENTS]->(:Control)
WITH s, size(coalesce(d.metricNames, [])) AS values
WITH s, max(values) AS perDisclosure, sum(values) AS perService
RETURN max(perDisclosure) AS perDisclosure, max(perService) AS perService
