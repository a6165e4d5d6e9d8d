// Neo4j only: the FULLTEXT indexes that exist, one row each (start-up
// reports which ones it created).
SHOW FULLTEXT INDEXES YIELD name
RETURN name
