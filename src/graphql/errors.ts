/**
 * Errors a client can act on. Each names the argument (or input field) at
 * fault in `extensions.argumentName`, so a frontend can put the message
 * next to the right input.
 */
import { GraphQLError } from 'graphql';

export function invalidArgument(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argumentName}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName },
  });
}

export function notFound(argumentName: string, kind: string, id: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argumentName}": unknown ${kind} "${id}"`, {
    extensions: { code: 'NOT_FOUND', argumentName },
  });
}
