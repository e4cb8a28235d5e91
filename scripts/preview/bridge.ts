/**
 * The Apex bridge of npm start: POST /apex/VccUserCreationController/<method> with the parameters as a JSON
 * body, answered by the TypeScript service; errors in the Apex shape { body: { message }, status }. A call is
 * served only when the guard lets it through (scripts/preview/guard.ts); a refusal is answered with its status
 * and one-line reason and logged in one line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ServiceError } from '../../src/service/errors';
import { CONTROLLER_OPERATIONS, type VccUserCreationService } from '../../src/service/VccUserCreationService';
import { checkApexCall, MAX_BODY_BYTES, securityHeaders, type Refusal } from './guard';

export const APEX_ROUTE = /^\/apex\/VccUserCreationController\/(\w+)$/;

export interface BridgeContext {
  service: VccUserCreationService;
  /** The port the app listens on: the Host and Origin must name it. */
  port: number;
  token: string;
  log: (line: string) => void;
}

/** A JSON answer with the security headers, never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown, close = false): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {})
  });
  res.end(JSON.stringify(body));
}

/** Answers a refused request (403, 405 or 413) in the Apex error shape and logs one line. */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  refusal: Refusal,
  log: (line: string) => void
): void {
  const path = (req.url ?? '/').split('?')[0].slice(0, 120);
  log(`refused ${req.method ?? '?'} ${path} (${refusal.status}): ${refusal.reason}`);
  // An unread body is not read after a refusal: the connection is closed instead.
  const close = !req.complete;
  sendJson(
    res,
    refusal.status,
    { body: { message: `Refused: ${refusal.reason}.` }, status: refusal.status },
    close
  );
  if (close) {
    res.once('finish', () => {
      req.socket.end();
      setTimeout(() => req.socket.destroy(), 1000).unref();
    });
  }
}

/** The body as text, or null as soon as it grows over `limit` bytes (the rest is never read). */
export function readLimitedBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** One bridge call: the guard, the body (at most 1 MB, JSON), then the service's operation. */
export async function handleApexCall(
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  context: BridgeContext
): Promise<void> {
  const refusal = checkApexCall(req, context.port, context.token);
  if (refusal) {
    return refuse(req, res, refusal, context.log);
  }
  if (!(CONTROLLER_OPERATIONS as readonly string[]).includes(method)) {
    return sendJson(res, 404, {
      body: { message: `VccUserCreationController has no method ${method}` },
      status: 404
    });
  }
  const raw = await readLimitedBody(req);
  if (raw === null) {
    return refuse(req, res, { status: 413, reason: `the body is over ${MAX_BODY_BYTES} bytes` }, context.log);
  }
  let params: Record<string, unknown>;
  try {
    const parsed: unknown = raw.trim() === '' ? {} : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error('not an object');
    }
    params = parsed as Record<string, unknown>;
  } catch {
    return sendJson(res, 400, { body: { message: 'The parameters are not a JSON object' }, status: 400 });
  }
  try {
    const call = context.service[method as (typeof CONTROLLER_OPERATIONS)[number]] as (
      input: Record<string, unknown>
    ) => Promise<unknown>;
    return sendJson(res, 200, (await call.call(context.service, params)) ?? null);
  } catch (error) {
    const status = error instanceof ServiceError ? error.status : 500;
    const message = error instanceof Error ? error.message : String(error);
    return sendJson(res, status, { body: { message }, status });
  }
}
