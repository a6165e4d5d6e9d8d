/**
 * `GET /export/<name>.<csv|xlsx>?portfolio=<id>[&by=<dimension>]`: the
 * exports (src/export/) as a download, with the API's authentication:
 * portfolio data needs at least the reader role whenever auth is
 * configured; the rest (the concentration over the whole graph) as the
 * catalogue, public unless AUTH_READS=required. A refused request is
 * answered in JSON, in the shape of a GraphQL error, naming the parameter.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readerAccess } from '../auth/reader-access.js';
import type { Principal } from '../auth/principal.js';
import { checkExportRequest, ExportRequestError, runExport, type ExportRequest } from '../export/exports.js';
import type { GraphReader } from '../queries/statement.js';

export const exportPathPrefix = '/export/';

export interface ExportContext {
  db: GraphReader;
  principal: Principal;
  readsRequired: boolean;
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}

/** `register.csv` → name and format; a path with no extension has format "". */
function requestOf(url: URL): ExportRequest {
  const file = decodeURIComponent(url.pathname.slice(exportPathPrefix.length));
  const dot = file.lastIndexOf('.');
  const param = (key: string) => url.searchParams.get(key) || null;
  return {
    name: dot < 0 ? file : file.slice(0, dot),
    format: dot < 0 ? '' : file.slice(dot + 1),
    portfolioId: param('portfolio'),
    by: param('by'),
  };
}

/** RFC 6266: an ASCII fallback and the UTF-8 name (a portfolio id is a slug, but say it properly). */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function answerExport(req: IncomingMessage, res: ServerResponse, url: URL, context: ExportContext): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on an export: use GET`);
  }
  const request = requestOf(url);
  try {
    checkExportRequest(request);
    const needsReader = request.portfolioId !== null || context.readsRequired;
    const access = needsReader
      ? readerAccess(context.principal, request.portfolioId !== null ? 'portfolio data' : 'reading (AUTH_READS=required)')
      : { allowed: true as const };
    if (!access.allowed) return sendError(res, access.reason === 'unauthenticated' ? 401 : 403, access.reason.toUpperCase(), access.message);
    const file = await runExport(context.db, request);
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length), 'content-disposition': attachment(file.fileName) });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  } catch (error) {
    if (!(error instanceof ExportRequestError)) throw error;
    sendError(res, error.status, error.status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', error.message, { parameter: error.parameter });
  }
}
