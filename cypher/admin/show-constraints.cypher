// The constraints the engine holds. Plain SHOW (no YIELD) so both engines
// parse it; callers read the `name` column, which both return.
SHOW CONSTRAINTS
