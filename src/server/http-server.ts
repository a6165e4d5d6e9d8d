/**
 * The HTTP front: `/graphql` goes to Apollo Server (POST for operations, GET
 * for the Sandbox landing page and GET queries), `/health` reports whether
 * the database answers. Built on node:http with Apollo's own integration
 * API, so there is no web framework to keep up to date.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphDatabase } from '../db/graph-database.js';
import type { Config } from '../config/config.js';
import { createContext, type GraphContext } from '../graphql/context.js';
import type { Logger } from './logger.js';
import type { InFlight } from './in-flight.js';
import { handleCors } from './cors.js';
import { AuthenticationError, type Authenticator } from '../auth/authenticator.js';
import { unauthenticated } from '../graphql/errors.js';

const maxBodyBytes = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new HttpError(413, `Request body is over ${maxBodyBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A client's x-request-id is kept when it is a sane token; otherwise a new one is made. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}

export function createHttpServer(
  apollo: ApolloServer<GraphContext>,
  db: GraphDatabase,
  config: Config,
  logger: Logger,
  inFlight: InFlight,
  authenticator: Authenticator,
): Server {
  /** The caller, from the Authorization header; a token that does not verify ends the request with UNAUTHENTICATED. */
  const principalOf = async (req: IncomingMessage) => {
    try {
      return await authenticator.authenticate(req.headers.authorization);
    } catch (error) {
      if (error instanceof AuthenticationError) throw unauthenticated(error.message);
      throw error;
    }
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req);
      const contentType = headers.get('content-type') ?? '';
      if (contentType.startsWith('application/json')) {
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          throw new HttpError(400, 'Request body is not valid JSON');
        }
      } else {
        body = text;
      }
    }
    const requestId = requestIdOf(req);
    const response = await inFlight.track(
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => createContext(db, requestId, config.limits, { principal: await principalOf(req), writesEnabled: config.writesEnabled }),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/health') {
        const up = await db.ping();
        return sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', engine: db.engine, database: up ? 'reachable' : 'unreachable' });
      }
      if (url.pathname === '/graphql') {
        if (handleCors(req, res, config.corsOrigins)) return;
        return handleGraphQL(req, res, url);
      }
      if (url.pathname === '/') {
        res.writeHead(302, { location: '/graphql' });
        return res.end();
      }
      return sendJson(res, 404, { error: `No route for ${url.pathname}; the API is at /graphql` });
    };
    route().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) logger.error('http request failed', { path: url.pathname, error: (error as Error).message, stack: (error as Error).stack });
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'Internal server error' : (error as Error).message });
      else res.end();
    });
  });
}
