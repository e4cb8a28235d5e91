import { VccError } from './client';
import { clientFor, control, startTestSimulator } from './testing';
import type { RunningSimulator } from './simulator/server';
import type { SimulatorUser } from './simulator/store';

describe('VccClient', () => {
  let sim: RunningSimulator;
  afterEach(() => sim?.close());

  it('asks for one token and reuses it', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim);
    await Promise.all([client.listUsers(), client.listGroups(), client.listUsers('Active')]);
    expect(sim.stats.tokensIssued).toBe(1);
    expect(client.stats.tokenCalls).toBe(1);
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
    const groups = await client.listGroups();
    expect(groups).toHaveLength(6);
    expect(sim.stats.byStatus['401']).toBe(1);
    expect(sim.stats.tokensIssued).toBe(2);
  });

  it('says UNAUTHORIZED for wrong credentials, without retrying them', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim, { clientSecret: 'wrong' });
    await expect(client.listUsers()).rejects.toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(client.stats.tokenCalls).toBe(1);
  });

  it('pages through every user 5,000 at a time', async () => {
    const users: SimulatorUser[] = Array.from({ length: 12_001 }, (_, i) => ({
      username: `user${i}@example.com`,
      name: `User ${i}`,
      email: `user${i}@example.com`,
      userAccountConfiguration: {
        role: 'Agent',
        actAsAgent: {
          agentConfiguration: { agentDisplayId: String(i + 1), telephonyAddress: { telephoneAddress: '1' } }
        }
      }
    }));
    sim = await startTestSimulator({ data: { users } });
    const client = clientFor(sim);
    const all = await client.listUsers();
    expect(all).toHaveLength(12_001);
    expect(new Set(all.map((user) => user.userId)).size).toBe(12_001);
    expect(client.stats.calls - client.stats.tokenCalls).toBe(3);
    const ids = await client.getAgentIdsInUse();
    expect(ids).toHaveLength(12_001);
    expect(ids[12_000]).toBe('12001');
    expect((await client.findUserByUsername('USER11999@example.com'))?.name).toBe('User 11999');
    expect(await client.findUserByUsername('nobody@example.com')).toBeNull();
  });

  it('rides out a 429 storm, honouring Retry-After, with every request answered', async () => {
    sim = await startTestSimulator({ faults: { rateLimit: 20 } });
    const client = clientFor(sim, { concurrency: 8, maxRetries: 8 });
    const results = await Promise.all(Array.from({ length: 40 }, () => client.listGroups()));
    expect(results.every((groups) => groups.length === 6)).toBe(true);
    expect(sim.stats.rateLimited).toBeGreaterThan(0);
    expect(client.stats.rateLimited).toBe(sim.stats.rateLimited);
  }, 20_000);

  it('paces itself so that a known rate limit is never hit', async () => {
    sim = await startTestSimulator({ faults: { rateLimit: 25 } });
    const client = clientFor(sim, { concurrency: 8, maxRequestsPerSecond: 25 });
    await Promise.all(Array.from({ length: 40 }, () => client.listGroups()));
    expect(sim.stats.rateLimited).toBe(0);
  }, 20_000);

  it('retries 5xx with backoff, and gives up with VCC_UNAVAILABLE', async () => {
    sim = await startTestSimulator();
    const client = clientFor(sim, { maxRetries: 3 });
    await client.listGroups();
    sim.faults.failNext = 2;
    expect(await client.listGroups()).toHaveLength(6);
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

  it('says VCC_UNAVAILABLE with the reason when nothing answers', async () => {
    sim = await startTestSimulator();
    const url = sim.url;
    await sim.close();
    const client = clientFor(sim, { maxRetries: 1, apiUrl: url, tokenUrl: `${url}/Auth/connect/token` });
    await expect(client.listUsers()).rejects.toMatchObject({
      code: 'VCC_UNAVAILABLE',
      vccMessage: 'ECONNREFUSED'
    });
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
        username: 'template.agent@vcc.example',
        name: 'Copy',
        email: 'copy@example.com',
        userAccountConfiguration: { role: 'Admin' }
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'VCC_USER_EXISTS',
      status: 400,
      vccMessage: "A user with the username 'template.agent@vcc.example' already exists.",
      ambiguous: false
    });
  });
});
