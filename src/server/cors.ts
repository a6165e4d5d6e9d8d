/**
 * CORS for browser frontends: an origin listed in CORS_ORIGINS gets its
 * origin echoed back with credentials allowed, and a preflight (OPTIONS with
 * Access-Control-Request-Method) is answered here with the methods and
 * headers the API takes. Any other origin gets no CORS headers, so the
 * browser keeps the response from the page. Apollo's CSRF prevention stays
 * on: a simple (non-preflighted) request must still carry a content type or
 * header that forces a preflight.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const allowedHeaders = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/** Adds the CORS headers; true when the request was a preflight and has been answered. */
export function handleCors(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && allowedOrigins.includes(origin);
  res.setHeader('vary', 'Origin');
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
  }
  const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', allowedHeaders);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(allowed ? 204 : 403);
  res.end();
  return true;
}
