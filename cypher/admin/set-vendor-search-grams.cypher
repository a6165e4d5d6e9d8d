// Writes vendors' `searchGrams` (src/engines/derived-properties.ts).
// @param rows  list of {id, grams}
UNWIND $rows AS row
MATCH (v:Vendor {id: row.id})
SET v.searchGrams = row.grams
