/**
 * The error codes a client causes, each with the HTTP status its response
 * gets when the error stops the whole operation: the one table that both
 * masking (format-error.ts: these keep their message in production) and the
 * status (plugins/http-status.ts) read. A code not here is the server's
 * fault: masked in production, its status left to Apollo Server.
 */
export const clientErrorStatus: Readonly<Record<string, number | undefined>> = {
  /** GraphQL syntax the parser refuses. */
  GRAPHQL_PARSE_FAILED: 400,
  /** Fields, arguments or types the schema does not have; variables of the wrong type. */
  GRAPHQL_VALIDATION_FAILED: 400,
  /** An argument value the API refuses, naming the argument. */
  BAD_USER_INPUT: 400,
  /** An argument naming something the graph does not hold, naming the argument. */
  NOT_FOUND: 404,
  /** No bearer token where one is needed, or one that does not verify (bad signature, expired, wrong issuer or audience). */
  UNAUTHENTICATED: 401,
  /** A verified caller whose role is too low, or a write on a read-only server (WRITES_ENABLED=false). */
  FORBIDDEN: 403,
  /** A write whose `expectedVersion` is not the current version: someone else changed it since the caller read it. */
  CONFLICT: 409,
  /** Over MAX_QUERY_DEPTH or MAX_QUERY_COMPLEXITY. */
  QUERY_LIMIT_EXCEEDED: 400,
  /** A request Apollo Server cannot read as GraphQL over HTTP (no query, CSRF prevention). */
  BAD_REQUEST: 400,
  /** Several operations and no (or an unknown) operationName. */
  OPERATION_RESOLUTION_FAILURE: 400,
  /** A body over the size the HTTP server reads. */
  PAYLOAD_TOO_LARGE: 413,
  /** Over REQUEST_TIMEOUT_MS. */
  REQUEST_TIMEOUT: 408,
  /** Over RATE_LIMIT_PER_MINUTE. */
  RATE_LIMITED: 429,
  /** Stopped because the server is shutting down (or still starting): retry shortly. */
  SERVICE_UNAVAILABLE: 503,
  /** Automatic persisted queries: the client retries with the full query; Apollo Server's own status stays. */
  PERSISTED_QUERY_NOT_FOUND: undefined,
};

export function isClientErrorCode(code: unknown): boolean {
  return typeof code === 'string' && Object.hasOwn(clientErrorStatus, code);
}
