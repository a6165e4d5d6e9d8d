// Health check: answers one row when the engine is reachable.
RETURN 1 AS ok
