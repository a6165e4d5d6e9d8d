// Neo4j only: the names of the FULLTEXT indexes that exist, to report which
// ones start-up created.
SHOW FULLTEXT INDEXES YIELD name
RETURN collect(name) AS names
