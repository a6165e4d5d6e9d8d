// Writes services' `searchGrams` and `disclosureSearchGrams`
// (src/engines/derived-properties.ts).
// @param rows  list of {id, grams, disclosureGrams}
UNWIND $rows AS row
MATCH (s:Service {id: row.id})
SET s.searchGrams = row.grams, s.disclosureSearchGrams = row.disclosureGrams
