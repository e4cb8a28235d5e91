/**
 * Who may talk to npm start's app: the request checks of the page and of the Apex bridge, as pure functions of
 * the method and headers. The app listens on 127.0.0.1 only, but any web page the admin opens can still send
 * a "simple" request to it, and a page of a domain that resolves to 127.0.0.1 (DNS rebinding) can even read
 * the answers; so every request must name the app itself in Host, a bridge call must come from the app's own
 * origin, as JSON, with the token that only the app's page was given.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The header that carries the page's token on every bridge call. */
export const TOKEN_HEADER = 'x-vcc-token';

/** The largest bridge call body, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Headers = Record<string, string | string[] | undefined>;

export interface GuardRequest {
  method?: string;
  headers: Headers;
}

/** What to answer when a request is refused: the status and a one-line reason. */
export interface Refusal {
  status: 403 | 405 | 413;
  reason: string;
}

/** A new random token for one run of the app (256 bits, hex). */
export function newToken(): string {
  return randomBytes(32).toString('hex');
}

/** The Host values that name the app: the loopback address or localhost, with the app's port. */
export function allowedHosts(port: number): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return [...names.map((name) => `${name}:${port}`), ...(port === 80 ? names : [])];
}

/** The app's own origins, as a browser sends them in Origin. */
export function allowedOrigins(port: number): string[] {
  return ['127.0.0.1', 'localhost', '[::1]'].map((name) => `http://${name}${port === 80 ? '' : `:${port}`}`);
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Printable and short: a header value as it may appear in a reason. */
function shown(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}...` : clean;
}

/** Every request, static files included: the Host must be the app itself (no DNS rebinding). */
export function checkHost(request: GuardRequest, port: number): Refusal | null {
  const host = header(request.headers, 'host');
  if (host === undefined || host === '') {
    return { status: 403, reason: 'no Host header' };
  }
  if (!allowedHosts(port).includes(host.toLowerCase())) {
    return { status: 403, reason: `Host '${shown(host)}' is not this app (use http://127.0.0.1:${port})` };
  }
  return null;
}

/** Compares in constant time, so the token cannot be guessed a character at a time. */
function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The checks of a bridge call beyond the Host, in order: method, origin, content type, token, size. */
export function checkApexCall(request: GuardRequest, port: number, token: string): Refusal | null {
  const hostRefusal = checkHost(request, port);
  if (hostRefusal) {
    return hostRefusal;
  }
  if (request.method !== 'POST') {
    return { status: 405, reason: `${shown(request.method ?? '?')} is not allowed: use POST` };
  }
  const origin = header(request.headers, 'origin');
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { status: 403, reason: `Origin '${shown(origin)}' is not this app` };
  }
  const site = header(request.headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, reason: `a ${shown(site)} request (only the app's own page may call)` };
  }
  const type = header(request.headers, 'content-type');
  if (type === undefined || type.split(';')[0].trim().toLowerCase() !== 'application/json') {
    return {
      status: 403,
      reason: `Content-Type '${shown(type ?? '')}' is not application/json`
    };
  }
  const sent = header(request.headers, TOKEN_HEADER);
  if (sent === undefined || sent === '') {
    return { status: 403, reason: `no ${TOKEN_HEADER} header (reload the app's page)` };
  }
  if (!sameToken(sent, token)) {
    return { status: 403, reason: `wrong ${TOKEN_HEADER} (reload the app's page)` };
  }
  const length = header(request.headers, 'content-length');
  if (length !== undefined && Number(length) > MAX_BODY_BYTES) {
    return { status: 413, reason: `the body of ${shown(length)} bytes is over ${MAX_BODY_BYTES} bytes` };
  }
  return null;
}

/** Security headers of every answer; the page's own also forbid framing and caching. */
export function securityHeaders(): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin'
  };
}

/** The page's Content-Security-Policy: its own scripts, styles and calls only; never in a frame. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join('; ');
