// Vendors without `searchGrams` (a graph loaded before the loader wrote
// them), with the text to compute them from; see
// src/engines/derived-properties.ts.
// @param limit  most vendors returned
MATCH (v:Vendor)
WHERE v.searchGrams IS NULL
RETURN v.id AS id, coalesce(v.searchText, '') AS text
LIMIT $limit
