// Rewrites a service's copy of its current disclosures' metrics and search
// grams after one of them was written or retracted. A property given as null
// is removed (a metric no current disclosure states any more).
// @param id     the service id
// @param props  the derived properties
MATCH (s:Service {id: $id})
SET s += $props
