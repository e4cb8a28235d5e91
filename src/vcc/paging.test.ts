/** Every list read whole, in each reading of the points where Vonage's pages disagree. */
import { VccClient } from './client';
import { fakeServer, json } from './fakeServer';
import { clientFor, startTestSimulator } from './testing';
import type { RunningSimulator } from './simulator/server';
import type { SimulatorUser } from './simulator/store';

const TEMPLATE = 'template.agent@vcc.example';
const SUPERVISOR = 'template.supervisor.voice@vcc.example';

const manyUsers = (count: number): SimulatorUser[] =>
  Array.from({ length: count }, (_, i) => ({
    username: `user${i}@example.com`,
    name: `User ${i}`,
    email: `user${i}@example.com`,
    userAccountConfiguration: {
      role: 'Agent',
      actAsAgent: true,
      agentConfiguration: { agentDisplayId: String(i + 1), telephonyAddress: { telephoneAddress: '1' } }
    }
  }));

describe('VccClient lists', () => {
  let sim: RunningSimulator;
  afterEach(() => sim?.close());

  describe.each([
    [0, 'items'],
    [0, 'named'],
    [1, 'items'],
    [1, 'named']
  ] as const)(
    'every list, read whole, on a tenant paging from %i with arrays named %s',
    (pageBase, arrayName) => {
      it('reads users, a 28-skill template, its groups, 30 groups and a supervisor permission list', async () => {
        sim = await startTestSimulator({ pageBase, arrayName });
        const client = clientFor(sim, { pageSize: 25 });
        const directory = await client.readDirectory();
        expect(directory.size).toBe(sim.store.userCount);
        expect(client.lastListShape).toMatchObject({
          firstPage: pageBase,
          arrayName: arrayName === 'items' ? 'items' : 'users'
        });
        const template = directory.byUsername(TEMPLATE.toUpperCase())!;
        expect(template.agentId).toBe('9001');
        expect(directory.byAgentId('0009001')?.username).toBe(TEMPLATE);
        const skills = await client.getUserSkills(template.userId);
        expect(skills).toHaveLength(28);
        expect(new Set(skills.map((skill) => skill.skillId)).size).toBe(28);
        expect(skills.every((skill) => typeof skill.agentSkillLevel === 'number')).toBe(true);
        expect((await client.getUserGroups(template.userId)).map((group) => group.groupName).sort()).toEqual([
          'EMEA',
          'Sales Team'
        ]);
        expect(await client.listGroups()).toHaveLength(30);
        const salesTeam = sim.store.listGroups().find((group) => group.name === 'Sales Team')!;
        expect(await client.getGroupUsers(salesTeam.groupId)).toHaveLength(
          sim.store.getGroupUsers(salesTeam.groupId).length
        );
        const supervisor = directory.byUsername(SUPERVISOR)!;
        expect(await client.getUserPermissions(supervisor.userId, 'interactionPlans')).toHaveLength(1);
        expect(await client.getUserPermissions(supervisor.userId, 'groups')).toHaveLength(3);
      });
    }
  );

  it('pages through 12,001 users 5,000 at a time, keeping only keys', async () => {
    sim = await startTestSimulator({ data: { users: manyUsers(12_001) } });
    const client = clientFor(sim);
    const directory = await client.readDirectory();
    expect(directory.size).toBe(12_001);
    expect(client.stats.calls - client.stats.tokenCalls).toBe(3);
    const ids = await client.getAgentIdsInUse();
    expect(ids).toHaveLength(12_001);
    expect(ids).toContain('12001');
    expect((await client.findUserByUsername('USER11999@example.com'))?.name).toBe('User 11999');
    expect(await client.findUserByUsername('nobody@example.com')).toBeNull();
  });

  it('reads skill levels answered as strings as numbers', async () => {
    sim = await startTestSimulator({ skillLevelType: 'string' });
    const client = clientFor(sim);
    const template = (await client.readDirectory()).byUsername(TEMPLATE)!;
    const skills = await client.getUserSkills(template.userId);
    expect(skills[0].agentSkillLevel).toBe(1);
    expect(skills[9].agentSkillLevel).toBe(10);
  });

  it('stops with a clear error when a list does not add up to meta.totalCount', async () => {
    const server = await fakeServer((req, _body, res) => {
      if (req.url?.startsWith('/token')) {
        return json(res, 200, { access_token: 't', expires_in: 3600 });
      }
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      json(res, 200, {
        meta: { page, count: 2, pageCount: 2, totalCount: 5 },
        users:
          page <= 2
            ? [
                { userId: `a${page}`, username: `a${page}@x` },
                { userId: `b${page}`, username: `b${page}@x` }
              ]
            : []
      });
    });
    try {
      const client = new VccClient({
        apiUrl: server.url,
        tokenUrl: `${server.url}/token`,
        clientId: 'c',
        clientSecret: 's'
      });
      await expect(client.readDirectory()).rejects.toThrow(
        /gave 4 entries in 2 page\(s\) but meta.totalCount says 5/
      );
    } finally {
      await server.close();
    }
  });
});
