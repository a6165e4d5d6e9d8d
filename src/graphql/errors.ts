/**
 * Errors a client can act on (their HTTP status: error-codes.ts). Each names the argument (or input field) at
 * fault in `extensions.argumentName`, so a frontend can put the message
 * next to the right input.
 */
import { GraphQLError } from 'graphql';

export function invalidArgument(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

/** A write refused for its input: like `invalidArgument` (nothing was written). */
export function refusedInput(argumentName: string, problem: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argumentName}": ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

export function notFound(argumentName: string, kind: string, id: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argumentName}": unknown ${kind} "${id}"`, {
    extensions: { code: 'NOT_FOUND', argumentName },
  });
}

/** No token, or one that does not verify (bad signature, expired, wrong issuer or audience): HTTP 401. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** A verified caller whose role is too low, or a write on a read-only server: HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Someone else changed the node or fact since the caller read it (`expectedVersion`). */
export function conflict(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Conflict on "${argumentName}": ${message}`, { extensions: { code: 'CONFLICT', argumentName } });
}
