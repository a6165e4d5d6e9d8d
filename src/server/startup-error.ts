/**
 * A start-up failure an operator can fix (a port in use, an unreachable
 * database): main prints its one-line message and exits 1, no stack.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
