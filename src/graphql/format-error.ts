/**
 * In production, an unexpected error reaches the client as a generic
 * message with its request id (added by the logging plugin); the details
 * are in the server log. Errors meant for the client (error-codes.ts) keep
 * their message, less graphql-js's "Did you mean …?" suggestions, which
 * would reveal the schema's field, argument and enum names with
 * introspection off.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryInputError } from '../queries/filters/conditions.js';
import { isClientErrorCode } from './error-codes.js';

const suggestion = / ?Did you mean [^?]*\?/g;

export function formatError(masked: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // The query layer reports a filter or sort it cannot run as given; to the client that is bad input, naming the field.
    const cause = unwrapResolverError(error);
    if (cause instanceof QueryInputError) {
      formatted = { ...formatted, message: cause.message, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', argumentName: cause.field } };
    }
    if (!masked) return formatted;
    if (isClientErrorCode(formatted.extensions?.code)) return { ...formatted, message: formatted.message.replace(suggestion, '') };
    return {
      message: 'Internal server error. The request id in extensions identifies it in the server log.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
