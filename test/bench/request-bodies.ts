/** GraphQL request bodies as the load client sends them. */

/**
 * `body` with `benchNonce: n` among its variables. The operation does not
 * declare it, so graphql-js ignores it and the answer is the same; but no
 * answer kept for another request (a response cache keys on the variables)
 * can serve it.
 */
export function withNonce(body: string, n: number): string {
  const request = JSON.parse(body) as { variables?: Record<string, unknown> };
  return JSON.stringify({ ...request, variables: { ...request.variables, benchNonce: n } });
}
