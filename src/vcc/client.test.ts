import { VccClient, VccError, type VccRetryInfo } from './client';
import { fakeServer, json } from './fakeServer';
import { clientFor, control, startTestSimulator } from './testing';
import type { RunningSimulator } from './simulator/server';
import { vccRegionUrls } from './types';

const TEMPLATE = 'template.agent@vcc.example';

describe('VccClient', () => {
  let sim: RunningSimulator;
  afterEach(() => sim?.close());

  it('asks for one token with the one scope users:write, and reuses it', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    await Promise.all([client.listGroups(), client.readDirectory(), client.listGroups()]);
    expect(sim.stats.tokensIssued).toBe(1);
    expect(client.stats.tokenCalls).toBe(1);
    expect(client.endpoints.scope).toBe('users:write');
    expect(clientFor(sim, { readOnly: true }).endpoints.scope).toBe('users:read');
  });

  it('picks the documented hosts from the region, and lets either URL be overridden', () => {
    expect(vccRegionUrls('nam')).toEqual({
      tokenUrl: 'https://nam.cc.vonage.com/Auth/connect/token',
      apiUrl: 'https://nam.api.newvoicemedia.com/useradmin'
    });
    const client = new VccClient({ region: 'apac', clientId: 'c', clientSecret: 's' });
    expect(client.endpoints).toMatchObject({
      apiUrl: 'https://apac.api.newvoicemedia.com/useradmin',
      tokenUrl: 'https://apac.cc.vonage.com/Auth/connect/token'
    });
    const custom = new VccClient({
      apiUrl: 'https://vcc.example/useradmin/',
      clientId: 'c',
      clientSecret: 's'
    });
    expect(custom.endpoints).toMatchObject({
      apiUrl: 'https://vcc.example/useradmin',
      tokenUrl: 'https://emea.cc.vonage.com/Auth/connect/token'
    });
    expect(() => vccRegionUrls('mars')).toThrow('emea, nam, apac');
  });

  it('renews the token before it expires, mid-run', async () => {
    sim = await startTestSimulator({ tokenTtl: 1 });
    const client = clientFor(sim);
    for (let i = 0; i < 3; i++) {
      await client.listGroups();
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
    expect(sim.stats.tokensIssued).toBeGreaterThanOrEqual(2);
    expect(sim.stats.byStatus['401']).toBeUndefined();
  });

  it('fetches a new token once when VCC refuses the cached one', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    await client.listGroups();
    await control(sim, 'POST', 'revoke-tokens');
    expect(await client.listGroups()).toHaveLength(30);
    expect(sim.stats.byStatus['401']).toBe(1);
    expect(sim.stats.tokensIssued).toBe(2);
  });

  it('says the client ID and secret were refused, once, without the secret', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim, { clientSecret: 'wrong-secret-value' });
    const error = (await client.listGroups().catch((caught: unknown) => caught)) as VccError;
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(error.message).toMatch(/client ID and secret/);
    expect(error.message).not.toContain('wrong-secret-value');
    expect(client.stats.tokenCalls).toBe(1);
  });

  it('says the token URL looks wrong on a 404, and that a scope is missing on a 403', async () => {
    sim = await startTestSimulator();
    const wrongPath = clientFor(sim, { tokenUrl: `${sim.url}/oauth/token` });
    await expect(wrongPath.listGroups()).rejects.toThrow(
      /token URL .*\/oauth\/token looks wrong: it answered HTTP 404/
    );
    const wrongApi = clientFor(sim, { apiUrl: `${sim.url}/v2` });
    await expect(wrongApi.readDirectory()).rejects.toThrow(/API URL .*\/v2\/useradmin looks wrong/);
    const readOnly = clientFor(sim, { readOnly: true });
    expect(await readOnly.listGroups()).toHaveLength(30);
    const forbidden = await readOnly.putUserGroups('x', []).catch((caught: unknown) => caught);
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect((forbidden as Error).message).toMatch(/needs the scope users:read|users:write/);
  });

  it('never lets the secret into a message, even when the token server echoes it', async () => {
    const server = await fakeServer((_req, body, res) =>
      json(res, 400, { error: `bad request: ${new URLSearchParams(body).get('client_secret')}` })
    );
    try {
      const client = new VccClient({
        apiUrl: server.url,
        tokenUrl: server.url,
        clientId: 'id',
        clientSecret: 's3cr3t!'
      });
      const error = (await client.listGroups().catch((caught: unknown) => caught)) as VccError;
      expect(error).toBeInstanceOf(VccError);
      expect(`${error.message} ${error.vccMessage}`).not.toContain('s3cr3t!');
    } finally {
      await server.close();
    }
  });

  it('finds a user by agent display ID, and answers null when there is none', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    expect((await client.findUserByAgentDisplayId('9001'))?.username).toBe(TEMPLATE);
    expect(await client.findUserByAgentDisplayId('987654')).toBeNull();
  });

  it('creates with allowOverages=false unless asked: VCC refuses an agent past the licence limit', async () => {
    sim = await startTestSimulator({ licences: 0 });
    const client = clientFor(sim);
    const body = {
      username: 'over@example.com',
      name: 'Over',
      email: 'over@example.com',
      userAccountConfiguration: {
        role: 'Agent' as const,
        actAsAgent: true,
        agentConfiguration: { agentDisplayId: '777001', telephonyAddress: { telephoneAddress: '+4420' } }
      }
    };
    await expect(client.createUser(body)).rejects.toMatchObject({ code: 'LICENCE_LIMIT', status: 400 });
    expect((await client.createUser(body, { allowOverages: true })).username).toBe('over@example.com');
    const overages = clientFor(sim, { allowOverages: true });
    const next = { ...body, username: 'over2@example.com' };
    next.userAccountConfiguration = {
      ...body.userAccountConfiguration,
      agentConfiguration: { agentDisplayId: '777002', telephonyAddress: { telephoneAddress: '+4420' } }
    };
    expect((await overages.createUser(next)).username).toBe('over2@example.com');
  });

  it('rides out a 429 storm, honouring Retry-After, halving its pace, with every request answered', async () => {
    sim = await startTestSimulator({ faults: { rateLimit: 20 } });
    const retries: VccRetryInfo[] = [];
    const client = clientFor(sim, {
      concurrency: 8,
      maxRequestsPerSecond: 40,
      onRetry: (info) => retries.push(info)
    });
    const results = await Promise.all(Array.from({ length: 40 }, () => client.listGroups()));
    expect(results.every((groups) => groups.length === 30)).toBe(true);
    expect(sim.stats.rateLimited).toBeGreaterThan(0);
    expect(client.stats.rateLimited).toBe(sim.stats.rateLimited);
    expect(client.pace).toBeLessThan(40);
    expect(retries[0]).toMatchObject({ status: 429, reason: 'rate-limited', maxAttempts: null });
  }, 30_000);

  it('keeps retrying 429s for its time budget, then says RATE_LIMITED', async () => {
    let refused = 0;
    const server = await fakeServer((req, _body, res) => {
      if (req.url?.startsWith('/token')) {
        return json(res, 200, { access_token: 't', expires_in: 3600 });
      }
      refused++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ message: 'Too many requests.' }));
    });
    try {
      const client = new VccClient({
        apiUrl: server.url,
        tokenUrl: `${server.url}/token`,
        clientId: 'c',
        clientSecret: 's',
        maxRequestsPerSecond: 0,
        baseDelayMs: 5,
        maxDelayMs: 20,
        maxRetries: 1,
        rateLimitBudgetMs: 300
      });
      const error = (await client.listGroups().catch((caught: unknown) => caught)) as VccError;
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(error.message).toMatch(/VCC kept refusing for 0 s/);
      // far more tries than maxRetries: a 429 is bounded by time, not by a small count
      expect(refused).toBeGreaterThan(2);
    } finally {
      await server.close();
    }
  });

  it('finishes every request when VCC allows half its pace: none ends RATE_LIMITED', async () => {
    sim = await startTestSimulator({ faults: { rateLimit: 4 } });
    const client = clientFor(sim, {
      concurrency: 4,
      maxRequestsPerSecond: 8,
      baseDelayMs: 100,
      maxDelayMs: 2000
    });
    const template = (await client.readDirectory()).byUsername(TEMPLATE)!;
    const answers = await Promise.allSettled(
      Array.from({ length: 24 }, () => client.getUserGroups(template.userId))
    );
    expect(answers.filter((answer) => answer.status === 'rejected')).toEqual([]);
  }, 60_000);

  it('paces itself so that a known rate limit is never hit, fractions allowed', async () => {
    sim = await startTestSimulator({ faults: { rateLimit: 25 } });
    const client = clientFor(sim, { concurrency: 8, maxRequestsPerSecond: 25 });
    await Promise.all(Array.from({ length: 40 }, () => client.listGroups()));
    expect(sim.stats.rateLimited).toBe(0);
    expect(clientFor(sim, { maxRequestsPerSecond: 0.5 }).pace).toBe(0.5);
  }, 20_000);

  it('retries 5xx with backoff, telling onRetry, and gives up with VCC_UNAVAILABLE', async () => {
    sim = await startTestSimulator();
    const retries: VccRetryInfo[] = [];
    const client = clientFor(sim, { maxRetries: 3, onRetry: (info) => retries.push(info) });
    await client.listGroups();
    sim.faults.failNext = 2;
    expect(await client.listGroups()).toHaveLength(30);
    expect(retries.map((info) => `${info.attempt} of ${info.maxAttempts}`)).toEqual(['1 of 4', '2 of 4']);
    sim.faults.failNext = 10;
    const error = await client.listGroups().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VccError);
    expect(error).toMatchObject({ code: 'VCC_UNAVAILABLE', ambiguous: false });
    expect(sim.faults.failNext).toBe(10 - 4);
  });

  it('never retries a POST whose outcome is unknown: it says ambiguous', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    await client.listGroups();
    sim.faults.dropNext = 1;
    const error = await client
      .createUser({
        username: 'dropped@example.com',
        name: 'Dropped',
        email: 'dropped@example.com',
        userAccountConfiguration: { role: 'Admin' }
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'VCC_UNAVAILABLE', ambiguous: true });
    expect(sim.stats.byStatus['201']).toBeUndefined();
    expect(sim.store.findByUsername('dropped@example.com')).toBeDefined();
  });

  it('says VCC_UNREACHABLE naming the host and the network error when nothing listens', async () => {
    sim = await startTestSimulator();
    const url = sim.url;
    await sim.close();
    const retries: VccRetryInfo[] = [];
    const client = clientFor(sim, {
      apiUrl: url,
      tokenUrl: `${url}/Auth/connect/token`,
      onRetry: (info) => retries.push(info)
    });
    const error = (await client.listUsers().catch((caught: unknown) => caught)) as VccError;
    expect(error).toMatchObject({ code: 'VCC_UNREACHABLE', vccMessage: 'ECONNREFUSED' });
    expect(error.message).toContain(`VCC at ${new URL(url).host} cannot be reached (ECONNREFUSED)`);
    expect(retries.length).toBeLessThanOrEqual(2);
  });

  it('says VCC_UNREACHABLE for a host that does not exist', async () => {
    const client = new VccClient({
      apiUrl: 'http://vcc.invalid',
      tokenUrl: 'http://vcc.invalid/Auth/connect/token',
      clientId: 'c',
      clientSecret: 's',
      baseDelayMs: 5
    });
    const error = (await client.listGroups().catch((caught: unknown) => caught)) as VccError;
    expect(error.code).toBe('VCC_UNREACHABLE');
    expect(error.message).toMatch(/VCC at vcc\.invalid cannot be reached \((ENOTFOUND|EAI_AGAIN)/);
  });

  it('times out a request that takes too long', async () => {
    sim = await startTestSimulator({ faults: { latencyMs: 300 } });
    const client = clientFor(sim, { timeoutMs: 100, maxRetries: 1 });
    await expect(client.listGroups()).rejects.toMatchObject({
      code: 'VCC_UNAVAILABLE',
      vccMessage: 'no answer within 100 ms'
    });
  });

  it('keeps no more requests in flight than its concurrency', async () => {
    sim = await startTestSimulator({ faults: { latencyMs: 30 } });
    const client = clientFor(sim, { concurrency: 3 });
    await client.listGroups();
    await Promise.all(Array.from({ length: 20 }, () => client.listGroups()));
    expect(sim.stats.maxConcurrent).toBe(3);
  });

  it('classifies VCC 400s through the shared rules', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    const error = await client
      .createUser({
        username: TEMPLATE,
        name: 'Copy',
        email: 'copy@example.com',
        userAccountConfiguration: { role: 'Admin' }
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'VCC_USER_EXISTS',
      status: 400,
      vccMessage: `A user with the username '${TEMPLATE}' already exists.`,
      ambiguous: false
    });
  });
});
