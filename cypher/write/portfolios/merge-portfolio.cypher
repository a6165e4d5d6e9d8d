// Creates a portfolio or replaces its properties.
// @param id     the portfolio id
// @param props  every property it keeps (id, name, description, createdAt, updatedAt, recordVersion, ...)
MERGE (p:Portfolio {id: $id})
SET p = $props
