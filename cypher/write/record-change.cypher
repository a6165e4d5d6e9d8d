// One entry of the change log: who did what to which node or fact, when,
// why, and the state before and after (JSON text: properties hold no maps).
// @param change  {id, at, actor, operation, targetId, targetKind, version, before, after, reason}
CREATE (c:Change)
SET c = $change
