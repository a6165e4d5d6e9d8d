/**
 * Sending an answer the response cache kept (src/graphql/response-store.ts)
 * straight from the HTTP front: the stored bytes, closed with this
 * request's own extensions where they are shown, and the headers a
 * computed answer carries. Nothing of GraphQL runs.
 *
 * Why here and not in Apollo's pipeline: a kept answer of 140 KB (a page
 * of 100 services with their infrastructure and disclosures) cost 5 ms of
 * the main thread per hit there. Apollo parses the kept JSON back into
 * objects, runs the request's plugins, serialises the answer again, and
 * Node encodes the string to UTF-8 twice (once to count its bytes, once to
 * send it). Here it is one write of bytes encoded when the answer was kept.
 */
import type { ServerResponse } from 'node:http';
import type { GraphVersion } from '../db/graph-version.js';
import type { KeptAnswer } from '../graphql/response-store.js';
import type { Logger } from './logger.js';

export interface KeptAnswerRequest {
  requestId: string;
  /** The graph version the answer reflects (it was looked up under it). */
  version: GraphVersion;
  /** performance.now() when the request arrived: the log line's duration. */
  startedAt: number;
}

/**
 * Sends `answer` as a computed one would be sent: status 200, its content
 * type, `x-cache: hit`, `x-graph-version`, `x-request-id`, and outside
 * production `extensions.queryStats` (no round trip). Logged like one.
 */
export function sendKeptAnswer(
  res: ServerResponse,
  answer: KeptAnswer,
  { requestId, version, startedAt }: KeptAnswerRequest,
  { logger, showQueryStats }: { logger: Logger; showQueryStats: boolean },
): void {
  const durationMs = Math.round((performance.now() - startedAt) * 10) / 10;
  const stats = { roundTrips: 0, databaseMs: 0 };
  // Apollo ends every JSON answer with a newline; a kept one does too.
  const closing = showQueryStats ? `,"extensions":${JSON.stringify({ queryStats: { ...stats, durationMs } })}}\n` : '}\n';
  res.writeHead(200, {
    'content-type': answer.contentType,
    'content-length': answer.opening.length + Buffer.byteLength(closing),
    'x-cache': 'hit',
    'x-graph-version': String(version.counter),
    'x-request-id': requestId,
  });
  res.write(answer.opening);
  res.end(closing);
  logger.info('graphql', { requestId, operationName: answer.operationName, durationMs, ...stats, cache: 'hit' });
}
