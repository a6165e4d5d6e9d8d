// How many nodes of each label: no page holds more. Read at start-up for
// the query cost estimate; one typed part per label, which the label
// indexes answer without a scan of the graph.
MATCH (n:Vendor)
RETURN 'Vendor' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Service)
RETURN 'Service' AS label, count(n) AS nodes
UNION ALL
MATCH (n:InfrastructureProvider)
RETURN 'InfrastructureProvider' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Region)
RETURN 'Region' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Country)
RETURN 'Country' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Certification)
RETURN 'Certification' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Control)
RETURN 'Control' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Framework)
RETURN 'Framework' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Document)
RETURN 'Document' AS label, count(n) AS nodes
UNION ALL
MATCH (n:DocumentRevision)
RETURN 'DocumentRevision' AS label, count(n) AS nodes
UNION ALL
MATCH (n:TimeSource)
RETURN 'TimeSource' AS label, count(n) AS nodes
UNION ALL
MATCH (n:Draft)
RETURN 'Draft' AS label, count(n) AS nodes
