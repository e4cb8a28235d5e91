/**
 * The token endpoint (OAuth 2.0 client credentials) and the checks every API call passes: a live bearer token,
 * the v4 Accept header, and the scope (GET takes users:read or users:write; POST, PUT and PATCH users:write).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { VCC_ACCEPT } from '../types';

const GRANTABLE_SCOPES = ['users:read', 'users:write'];

type Reply = [number, unknown, Record<string, string>?];

export class TokenIssuer {
  issued = 0;
  private readonly tokens = new Map<string, { expiresAt: number; scopes: Set<string> }>();

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly ttlSeconds: number
  ) {}

  revokeAll(): number {
    const revoked = this.tokens.size;
    this.tokens.clear();
    return revoked;
  }

  /** POST /Auth/connect/token. */
  token(req: IncomingMessage, raw: string): Reply {
    if (req.method !== 'POST') {
      return [405, { error: 'invalid_request', error_description: 'Use POST.' }];
    }
    const form = new URLSearchParams(raw);
    let id = form.get('client_id');
    let secret = form.get('client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (basic) {
      const [user, ...pass] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      id = decodeURIComponent(user);
      secret = decodeURIComponent(pass.join(':'));
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return [400, { error: 'unsupported_grant_type' }];
    }
    if (id !== this.clientId || secret !== this.clientSecret) {
      return [401, { error: 'invalid_client' }];
    }
    const requested = (form.get('scope') ?? GRANTABLE_SCOPES.join(' ')).split(/\s+/).filter(Boolean);
    const unknown = requested.filter((scope) => !GRANTABLE_SCOPES.includes(scope));
    if (unknown.length > 0) {
      return [400, { error: 'invalid_scope', error_description: `Unknown scope ${unknown.join(' ')}` }];
    }
    const accessToken = randomBytes(24).toString('hex');
    this.tokens.set(accessToken, {
      expiresAt: Date.now() + this.ttlSeconds * 1000,
      scopes: new Set(requested)
    });
    this.issued++;
    return [
      200,
      {
        access_token: accessToken,
        expires_in: this.ttlSeconds,
        token_type: 'Bearer',
        scope: requested.join(' ')
      }
    ];
  }

  /** The refusal of an API call without a live token, the v4 header or the scope; null when it may go on. */
  check(req: IncomingMessage): Reply | null {
    const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const granted = auth ? this.tokens.get(auth[1]) : undefined;
    if (!granted || granted.expiresAt <= Date.now()) {
      if (auth && granted) {
        this.tokens.delete(auth[1]);
      }
      return [
        401,
        { message: 'Authorization has been denied for this request.' },
        { 'www-authenticate': 'Bearer error="invalid_token"' }
      ];
    }
    const version = /application\/vnd\.newvoicemedia\.v(\d+)\+json/i.exec(req.headers.accept ?? '');
    if (!version) {
      return [400, { message: 'Version missing from Accept header!' }];
    }
    if (version[1] !== '4') {
      return [
        400,
        {
          message: `Invalid api-version 'v${version[1]}'. The supported version is v4 (Accept: ${VCC_ACCEPT}).`
        }
      ];
    }
    const reads = req.method === 'GET';
    if (!granted.scopes.has('users:write') && !(reads && granted.scopes.has('users:read'))) {
      return [403, { message: `The token has no '${reads ? 'users:read' : 'users:write'}' scope.` }];
    }
    return null;
  }
}
