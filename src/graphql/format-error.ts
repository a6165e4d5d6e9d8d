/**
 * In production, an unexpected error reaches the client as a generic
 * message with its request id (added by the logging plugin); the details
 * are in the server log. Errors meant for the client keep their message.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryInputError } from '../queries/filters/conditions.js';

const clientCodes = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_LIMIT_EXCEEDED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
]);

export function formatError(masked: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // The query layer reports a filter or sort it cannot run as given; to the client that is bad input, naming the field.
    const cause = unwrapResolverError(error);
    if (cause instanceof QueryInputError) {
      return { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', argumentName: cause.field } };
    }
    const code = formatted.extensions?.code;
    if (!masked || (typeof code === 'string' && clientCodes.has(code))) return formatted;
    return {
      message: 'Internal server error. The request id in extensions identifies it in the server log.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
