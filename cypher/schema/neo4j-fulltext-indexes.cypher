// Neo4j only (src/engines/neo4j-profile.ts): the FULLTEXT indexes search
// finds candidates in, over the same search grams as the embedded engine's
// text indexes (src/engines/derived-properties.ts). The grams are separated
// by spaces; the `whitespace` analyzer takes each one as a token, unchanged
// (they are lower case already), so a node is a candidate here exactly when
// it is one on the embedded engine. Not eventually consistent: a committed
// write is in the index when the transaction returns.
CREATE FULLTEXT INDEX vendor_search_grams IF NOT EXISTS FOR (n:Vendor) ON EACH [n.searchGrams] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX service_search_grams IF NOT EXISTS FOR (n:Service) ON EACH [n.searchGrams] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX service_disclosure_search_grams IF NOT EXISTS FOR (n:Service) ON EACH [n.disclosureSearchGrams] OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };
