/**
 * Why a request's statements were stopped. The HTTP front pulls a request's
 * stop (src/db/request-stop.ts) with one of these as the reason, and the request's gate
 * (src/db/request-gate.ts) throws that reason from every statement
 * it refuses, so the error a client sees says what happened.
 */
import { GraphQLError } from 'graphql';

export function requestTimedOut(limitMs: number): GraphQLError {
  return new GraphQLError(`The request took longer than ${limitMs} ms (REQUEST_TIMEOUT_MS) and was stopped; ask for less (a smaller first, fewer fields)`, {
    extensions: { code: 'REQUEST_TIMEOUT', limitMs },
  });
}

/** No client sees this one (it has gone); it stops the work and names the cause in the log. */
export function clientWentAway(): GraphQLError {
  return new GraphQLError('The client closed the connection before the answer was ready; the request was stopped', {
    extensions: { code: 'CLIENT_CLOSED_REQUEST' },
  });
}

export function serverStopping(graceMs: number): GraphQLError {
  return new GraphQLError(`The server is shutting down and the request did not finish within ${graceMs} ms (SHUTDOWN_GRACE_MS); retry`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}
