/** The request checks of npm start's app, as pure functions of the method and headers. */
import {
  allowedHosts,
  allowedOrigins,
  checkApexCall,
  checkHost,
  MAX_BODY_BYTES,
  newToken,
  TOKEN_HEADER
} from './guard';

const PORT = 3456;
const TOKEN = 'a'.repeat(64);

/** A call as the app's own page sends it; `headers` change or remove (undefined) some of it. */
function call(headers: Record<string, string | undefined> = {}, method = 'POST') {
  const base: Record<string, string | undefined> = {
    host: `127.0.0.1:${PORT}`,
    origin: `http://127.0.0.1:${PORT}`,
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    'content-length': '2',
    [TOKEN_HEADER]: TOKEN
  };
  return { method, headers: { ...base, ...headers } };
}

describe('checkHost', () => {
  it.each([`127.0.0.1:${PORT}`, `localhost:${PORT}`, `LOCALHOST:${PORT}`, `[::1]:${PORT}`])(
    'lets %s through',
    (host) => {
      expect(checkHost({ headers: { host } }, PORT)).toBeNull();
    }
  );

  it.each([
    [`evil.example:${PORT}`, "Host 'evil.example:3456' is not this app"],
    [`127.0.0.1:${PORT + 1}`, "Host '127.0.0.1:3457' is not this app"],
    ['127.0.0.1', "Host '127.0.0.1' is not this app"],
    [`127.0.0.2:${PORT}`, "Host '127.0.0.2:3456' is not this app"],
    [`localhost.evil.example:${PORT}`, 'is not this app'],
    ['', 'no Host header']
  ])('refuses Host %p with 403', (host, reason) => {
    const refusal = checkHost({ headers: { host } }, PORT);
    expect(refusal?.status).toBe(403);
    expect(refusal?.reason).toContain(reason);
  });

  it('refuses a request without Host', () => {
    expect(checkHost({ headers: {} }, PORT)).toEqual({ status: 403, reason: 'no Host header' });
  });

  it('accepts a bare host name only on port 80, where browsers leave the port out', () => {
    expect(allowedHosts(80)).toContain('localhost');
    expect(allowedHosts(PORT)).not.toContain('localhost');
    expect(allowedOrigins(80)).toContain('http://localhost');
  });

  it('keeps an unprintable or long Host out of the reason', () => {
    const refusal = checkHost({ headers: { host: `x\u001b[31m${'y'.repeat(500)}` } }, PORT);
    expect(refusal?.reason).not.toContain('\u001b');
    expect(refusal!.reason.length).toBeLessThan(160);
  });
});

describe('checkApexCall', () => {
  it("lets the page's own call through, with or without Origin and Sec-Fetch-Site", () => {
    expect(checkApexCall(call(), PORT, TOKEN)).toBeNull();
    expect(checkApexCall(call({ origin: undefined, 'sec-fetch-site': undefined }), PORT, TOKEN)).toBeNull();
    expect(
      checkApexCall(call({ 'content-type': 'application/json; charset=utf-8' }), PORT, TOKEN)
    ).toBeNull();
    expect(
      checkApexCall(call({ host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }), PORT, TOKEN)
    ).toBeNull();
  });

  it.each<[string, Record<string, string | undefined>, string]>([
    ['a foreign Host (DNS rebinding)', { host: `evil.example:${PORT}` }, 'is not this app'],
    ['another origin', { origin: 'http://evil.example' }, "Origin 'http://evil.example' is not this app"],
    ['an https origin on the port', { origin: `https://127.0.0.1:${PORT}` }, 'is not this app'],
    ['an opaque origin', { origin: 'null' }, "Origin 'null' is not this app"],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 'a cross-site request'],
    ['a same-site fetch from another port', { 'sec-fetch-site': 'same-site' }, 'a same-site request'],
    ['text/plain (a simple request)', { 'content-type': 'text/plain' }, "Content-Type 'text/plain'"],
    [
      'a form post',
      { 'content-type': 'application/x-www-form-urlencoded' },
      "Content-Type 'application/x-www-form-urlencoded' is not application/json"
    ],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, 'is not application/json'],
    ['no content type', { 'content-type': undefined }, "Content-Type '' is not application/json"],
    ['application/json-seq', { 'content-type': 'application/json-seq' }, 'is not application/json'],
    ['no token', { [TOKEN_HEADER]: undefined }, 'no x-vcc-token header'],
    ['an empty token', { [TOKEN_HEADER]: '' }, 'no x-vcc-token header'],
    ['a wrong token', { [TOKEN_HEADER]: 'b'.repeat(64) }, 'wrong x-vcc-token'],
    ['a prefix of the token', { [TOKEN_HEADER]: 'a'.repeat(63) }, 'wrong x-vcc-token']
  ])('refuses %s with 403', (_name, headers, reason) => {
    const refusal = checkApexCall(call(headers), PORT, TOKEN);
    expect(refusal?.status).toBe(403);
    expect(refusal?.reason).toContain(reason);
  });

  it('never repeats the token it was sent in the reason', () => {
    const sent = 'c'.repeat(64);
    expect(checkApexCall(call({ [TOKEN_HEADER]: sent }), PORT, TOKEN)?.reason).not.toContain(sent);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'])('answers %s with 405', (method) => {
    expect(checkApexCall(call({}, method), PORT, TOKEN)).toEqual({
      status: 405,
      reason: `${method} is not allowed: use POST`
    });
  });

  it('checks the Host before anything else, the method second', () => {
    expect(checkApexCall(call({ host: 'evil.example' }, 'GET'), PORT, TOKEN)?.status).toBe(403);
    expect(checkApexCall(call({ 'content-type': 'text/plain' }, 'GET'), PORT, TOKEN)?.status).toBe(405);
  });

  it('answers a declared body over 1 MB with 413, and only to a call that passed the other checks', () => {
    expect(checkApexCall(call({ 'content-length': String(MAX_BODY_BYTES) }), PORT, TOKEN)).toBeNull();
    expect(checkApexCall(call({ 'content-length': String(MAX_BODY_BYTES + 1) }), PORT, TOKEN)?.status).toBe(
      413
    );
    expect(
      checkApexCall(call({ 'content-length': '99999999', [TOKEN_HEADER]: undefined }), PORT, TOKEN)?.status
    ).toBe(403);
  });
});

describe('newToken', () => {
  it('is 64 hex digits and new each time', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => newToken()));
    expect(tokens.size).toBe(20);
    tokens.forEach((token) => expect(token).toMatch(/^[0-9a-f]{64}$/));
  });
});
