// Removes a usage: it stays in the graph (and the change log) with
// retractedAt, and every read skips it.
// @param portfolioId  the portfolio id
// @param id           the usage id
// @param props        {retractedAt, retractedBy, retractReason, updatedAt, recordVersion}
MATCH (:Portfolio {id: $portfolioId})-[u:USES {id: $id}]->()
SET u += $props
