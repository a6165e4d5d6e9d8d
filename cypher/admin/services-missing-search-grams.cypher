// Services without `searchGrams` or `disclosureSearchGrams` (a graph loaded
// before the loader wrote them), with the texts to compute them from: their
// own and their disclosures'; see src/engines/derived-properties.ts.
// @param limit  most services returned
MATCH (s:Service)
WHERE s.searchGrams IS NULL OR s.disclosureSearchGrams IS NULL
WITH s
LIMIT $limit
OPTIONAL MATCH (s)-[d:IMPLEMENTS]->(:Control)
RETURN s.id AS id, coalesce(s.searchText, '') AS text, collect(d.searchText) AS disclosureTexts
