import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestSimulator } from '../testing';
import { VCC_ACCEPT } from '../types';
import type { RunningSimulator } from './server';
import type { SimulatorData } from './store';
import { agentUser, api, bearer, send, token } from './testApi';

describe('VCC simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(() => sim.close());

  describe('/Auth/connect/token', () => {
    it('issues a bearer token for the right client credentials', async () => {
      const response = await token(sim);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({
        access_token: expect.stringMatching(/^[0-9a-f]{48}$/),
        expires_in: 7200,
        token_type: 'Bearer',
        scope: 'users:read users:write'
      });
    });

    it('accepts the credentials in a Basic header too', async () => {
      const response = await fetch(`${sim.url}/Auth/connect/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: 'Basic ' + Buffer.from('demo-client:demo-secret').toString('base64')
        },
        body: 'grant_type=client_credentials'
      });
      expect(response.status).toBe(200);
    });

    it('refuses a wrong secret with 401, a wrong grant and an unknown scope with 400', async () => {
      expect((await token(sim, { client_secret: 'nope' })).status).toBe(401);
      expect(await (await token(sim, { grant_type: 'password' })).json()).toEqual({
        error: 'unsupported_grant_type'
      });
      expect((await token(sim, { scope: 'users:read admin' })).status).toBe(400);
    });
  });

  describe('every API call', () => {
    it('needs a token', async () => {
      const response = await fetch(`${sim.url}/useradmin/users`, { headers: { accept: VCC_ACCEPT } });
      expect(response.status).toBe(401);
    });

    it('refuses an expired token', async () => {
      const shortLived = await startTestSimulator({ tokenTtl: 1 });
      try {
        const value = await bearer(shortLived);
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const response = await fetch(`${shortLived.url}/useradmin/users`, {
          headers: { authorization: `Bearer ${value}`, accept: VCC_ACCEPT }
        });
        expect(response.status).toBe(401);
      } finally {
        await shortLived.close();
      }
    });

    it('needs the v4 Accept header, with VCC messages', async () => {
      const missing = await api(sim, 'GET', '/users', undefined, { accept: 'application/json' });
      expect(missing).toMatchObject({
        status: 400,
        body: { message: 'Version missing from Accept header!' }
      });
      const wrong = await api(sim, 'GET', '/users', undefined, {
        accept: 'application/vnd.newvoicemedia.v3+json'
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toMatch(/^Invalid api-version 'v3'/);
    });

    it('reads with a users:write token too (one scope per token)', async () => {
      const read = await api(sim, 'GET', '/users?limit=1', undefined, {}, 'users:write');
      expect(read.status).toBe(200);
    });

    it('needs the users:write scope to change anything', async () => {
      const readOnly = await bearer(sim, 'users:read');
      const response = await send(sim, readOnly, 'POST', '/users', agentUser('x@example.com', '77777'));
      expect(response.status).toBe(403);
    });
  });

  describe('GET /users', () => {
    it('pages from 0 with 25 by default and the documented meta', async () => {
      const first = await api(sim, 'GET', '/users?include=All');
      const total = sim.store.listUsers('All').length;
      expect(first.body.meta).toEqual({
        page: 0,
        count: 25,
        pageCount: Math.ceil(total / 25),
        totalCount: total
      });
      const last = await api(sim, 'GET', `/users?include=All&page=${Math.ceil(total / 25) - 1}`);
      expect((last.body.users as unknown[]).length).toBe(total - 25 * (Math.ceil(total / 25) - 1));
    });

    it('returns up to 5000 and refuses more', async () => {
      const all = await api(sim, 'GET', '/users?include=All&limit=5000');
      expect((all.body.users as unknown[]).length).toBe(sim.store.listUsers('All').length);
      expect((await api(sim, 'GET', '/users?limit=5001')).status).toBe(400);
      expect((await api(sim, 'GET', '/users?page=-1')).status).toBe(400);
    });

    it('includes Active users by default, Archived or All on request', async () => {
      const count = async (include: string): Promise<number> =>
        ((await api(sim, 'GET', `/users?limit=5000${include}`)).body.meta as { totalCount: number })
          .totalCount;
      const active = await count('');
      const archived = await count('&include=Archived');
      expect(archived).toBeGreaterThan(0);
      expect(active + archived).toBe(await count('&include=All'));
    });
  });

  describe('POST /users', () => {
    it('creates a user with its configuration and answers 201 with a Location', async () => {
      const created = await api(
        sim,
        'POST',
        '/users?allowOverages=false',
        agentUser('new@example.com', '55555')
      );
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe(`/useradmin/users/${created.body.userId as string}`);
      const read = await api(sim, 'GET', `/users/${created.body.userId as string}`);
      expect(read.body).toMatchObject({ username: 'new@example.com', active: true, ssoExternalId: null });
    });

    it('refuses a username already taken, whatever its case', async () => {
      const response = await api(sim, 'POST', '/users', agentUser('Template.Agent@VCC.example', '55555'));
      expect(response).toMatchObject({
        status: 400,
        body: { message: "A user with the username 'Template.Agent@VCC.example' already exists." }
      });
    });

    it('refuses an agentDisplayId already in use, compared by number', async () => {
      const response = await api(sim, 'POST', '/users', agentUser('new@example.com', '09001'));
      expect(response).toMatchObject({
        status: 400,
        body: { message: "Agent display ID '09001' is already in use." }
      });
    });

    it('refuses an agent without a telephone address, and missing required fields', async () => {
      expect(
        (await api(sim, 'POST', '/users', agentUser('new@example.com', '55555', null))).body.message
      ).toBe('Telephone address is required for users that act as agents.');
      expect((await api(sim, 'POST', '/users', { name: 'x' })).body.message).toBe('Username is required.');
      const noRole = { ...agentUser('a@example.com', '1'), userAccountConfiguration: { role: 'Boss' } };
      expect((await api(sim, 'POST', '/users', noRole)).status).toBe(400);
    });
  });

  describe('skills and groups', () => {
    it('PUT skills replaces the whole list', async () => {
      const template = sim.store.findByUsername('template.agent@vcc.example')!;
      const first = await api(sim, 'GET', `/users/${template.userId}/skills`);
      expect(first.body).toMatchObject({
        meta: { page: 0, count: 25, pageCount: 2, totalCount: 28 },
        userId: template.userId,
        agentDisplayId: '9001'
      });
      const skills = first.body.agentSkills as { skillId: string }[];
      expect(skills[0]).toEqual({
        skillId: expect.any(String),
        skillDisplayId: expect.any(String),
        skillName: 'Sales',
        agentSkillLevel: 1
      });
      const one = [{ skillId: skills[0].skillId, agentSkillLevel: 9 }];
      expect((await api(sim, 'PUT', `/users/${template.userId}/skills`, { agentSkills: one })).status).toBe(
        200
      );
      expect((await api(sim, 'GET', `/users/${template.userId}/skills`)).body.agentSkills).toEqual([
        expect.objectContaining(one[0])
      ]);
      const unknown = [{ skillId: 'nope', agentSkillLevel: 1 }];
      expect(
        (await api(sim, 'PUT', `/users/${template.userId}/skills`, { agentSkills: unknown })).status
      ).toBe(400);
    });

    it('PUT group users replaces the whole membership', async () => {
      const groups = (await api(sim, 'GET', '/groups?limit=100')).body.groups as {
        groupId: string;
        groupName: string;
      }[];
      expect(groups).toHaveLength(30);
      const night = groups.find((group) => group.groupName === 'Night Shift')!;
      const template = sim.store.findByUsername('template.agent@vcc.example')!;
      await api(sim, 'PUT', `/groups/${night.groupId}/users`, { users: [{ userId: template.userId }] });
      expect((await api(sim, 'GET', `/groups/${night.groupId}/users`)).body).toEqual({
        meta: { page: 0, count: 1, pageCount: 1, totalCount: 1 },
        users: [{ userId: template.userId }]
      });
      const bad = await api(sim, 'PUT', `/groups/${night.groupId}/users`, { users: [{ userId: 'ghost' }] });
      expect(bad.status).toBe(400);
      expect((await api(sim, 'GET', '/groups/nope/users')).status).toBe(404);
    });
  });

  describe('faults', () => {
    it('answers 429 with Retry-After over the rate limit', async () => {
      sim.faults.rateLimit = 3;
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 6; i++) {
        const response = await token(sim);
        statuses.push(response.status);
        retryAfter ??= response.headers.get('retry-after');
      }
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    });

    it('fails with a 5xx without doing anything', async () => {
      const value = await bearer(sim);
      sim.faults.failNext = 1;
      const response = await fetch(`${sim.url}/useradmin/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${value}`, accept: VCC_ACCEPT, 'content-type': 'application/json' },
        body: JSON.stringify(agentUser('new@example.com', '55555'))
      });
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(sim.store.findByUsername('new@example.com')).toBeUndefined();
    });

    it('drops the connection after applying a create: the ambiguous case', async () => {
      const value = await bearer(sim);
      sim.faults.dropNext = 1;
      await expect(
        send(sim, value, 'POST', '/users', agentUser('new@example.com', '55555'))
      ).rejects.toThrow();
      expect(sim.store.findByUsername('new@example.com')).toBeDefined();
    });
  });
});

describe('npm run vcc-sim', () => {
  const root = path.resolve(__dirname, '../../..');

  function launch(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/vcc-sim.ts', ...args], { cwd: root });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /VCC simulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) {
          resolve({
            url: match[1],
            stop: () =>
              new Promise((done) => {
                child.once('exit', (code) => done(code));
                child.kill('SIGINT');
              })
          });
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`vcc-sim exited with ${code}: ${out}`)));
    });
  }

  it('serves your own data and keeps changes in the state file across a restart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vcc-sim-'));
    const data: SimulatorData = {
      users: [
        {
          username: 'mine@example.com',
          name: 'Mine',
          email: 'mine@example.com',
          userAccountConfiguration: { role: 'Admin' }
        }
      ]
    };
    writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
    const args = [
      '--port',
      '0',
      '--data',
      path.join(dir, 'data.json'),
      '--state',
      path.join(dir, 'state.json')
    ];
    args.push('--client-id', 'me', '--client-secret', 's3cret', '--page-base', '1', '--array-name', 'items');

    const login = async (url: string): Promise<string> => {
      const response = await fetch(`${url}/Auth/connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=me&client_secret=s3cret'
      });
      return ((await response.json()) as { access_token: string }).access_token;
    };
    const first = await launch(args);
    const created = await fetch(`${first.url}/useradmin/users`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await login(first.url)}`,
        accept: VCC_ACCEPT,
        'content-type': 'application/json'
      },
      body: JSON.stringify(agentUser('added@example.com', '123'))
    });
    expect(created.status).toBe(201);
    expect(await first.stop()).toBe(0);

    const second = await launch(args);
    try {
      const list = await fetch(`${second.url}/useradmin/users?limit=10`, {
        headers: { authorization: `Bearer ${await login(second.url)}`, accept: VCC_ACCEPT }
      });
      const body = (await list.json()) as { meta: { page: number }; items: { username: string }[] };
      expect(body.meta.page).toBe(1);
      expect(body.items.map((user) => user.username)).toEqual(['mine@example.com', 'added@example.com']);
      const state = JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8')) as SimulatorData;
      expect(state.users).toHaveLength(2);
    } finally {
      await second.stop();
    }
  }, 30_000);

  it('says what is wrong with a bad data file, and exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vcc-sim-'));
    writeFileSync(path.join(dir, 'bad.json'), '{"people": []}');
    await expect(launch(['--port', '0', '--data', path.join(dir, 'bad.json')])).rejects.toThrow(
      /exited with 2: vcc-sim: .*bad\.json is not VCC simulator data: it needs a "users" array/
    );
  }, 30_000);
});
