/** The simulator as VCC-API.md documents the API: shapes, per-user resources, readings, strict mode, licences. */
import { startTestSimulator } from '../testing';
import type { RunningSimulator } from './server';
import type { SimulatorData } from './store';
import { agentUser, api } from './testApi';

describe('VCC simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startTestSimulator();
  });
  afterEach(() => sim.close());

  describe('as VCC-API.md documents it', () => {
    const supervisorId = (): string =>
      sim.store.findByUsername('template.supervisor.voice@vcc.example')!.userId;

    it('answers users with a boolean actAsAgent, agentConfiguration beside it, and the read-only chargeable', async () => {
      const template = sim.store.findByUsername('template.agent@vcc.example')!;
      const read = await api(sim, 'GET', `/users/${template.userId}`);
      expect(read.body.userAccountConfiguration).toMatchObject({
        role: 'Agent',
        chargeable: true,
        actAsAgent: true,
        agentConfiguration: { agentDisplayId: '9001', capacity: { isAgentLevel: true, live: 1 } }
      });
    });

    it('strict: refuses read-only and undocumented fields, naming each, and an object actAsAgent', async () => {
      const body = agentUser('strict@example.com', '55556') as Record<string, unknown>;
      const config = body.userAccountConfiguration as Record<string, unknown>;
      const refused = await api(sim, 'POST', '/users', {
        ...body,
        userId: 'x',
        locked: false,
        userAccountConfiguration: { ...config, chargeable: true, country: 'GB' }
      });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(
        'The request body has fields VCC does not accept: userId (read-only), locked (read-only), ' +
          'userAccountConfiguration.chargeable (read-only), userAccountConfiguration.country (not a documented field).'
      );
      const nested = await api(sim, 'POST', '/users', {
        ...body,
        userAccountConfiguration: {
          role: 'Agent',
          actAsAgent: { agentConfiguration: config.agentConfiguration }
        }
      });
      expect(nested.body.message).toMatch(/userAccountConfiguration\.actAsAgent \(must be true or false\)/);
      expect(sim.store.findByUsername('strict@example.com')).toBeUndefined();
      expect((await api(sim, 'POST', '/users', body)).status).toBe(201);
    });

    it('without strict mode, takes what it knows and keeps the rest', async () => {
      const loose = await startTestSimulator({ strict: false });
      try {
        const body = agentUser('loose@example.com', '55557');
        const created = await api(loose, 'POST', '/users', { ...body, locked: true });
        expect(created.status).toBe(201);
      } finally {
        await loose.close();
      }
    });

    it('finds a user by agent display ID, 404 when none has it', async () => {
      expect((await api(sim, 'GET', '/users/by/agentDisplayId/9001')).body.username).toBe(
        'template.agent@vcc.example'
      );
      expect((await api(sim, 'GET', '/users/by/agentDisplayId/424242')).status).toBe(404);
    });

    it("PUT /users/{id}/groups replaces that user's groups only: no other member is touched", async () => {
      const template = sim.store.findByUsername('template.agent@vcc.example')!;
      const mine = (await api(sim, 'GET', `/users/${template.userId}/groups`)).body.agentGroups as {
        groupId: string;
        groupName: string;
      }[];
      expect(mine.map((group) => group.groupName).sort()).toEqual(['EMEA', 'Sales Team']);
      const night = sim.store.listGroups().find((group) => group.name === 'Night Shift')!.groupId;
      const sales = mine.find((group) => group.groupName === 'Sales Team')!.groupId;
      const before = sim.store.getGroupUsers(sales).length;
      const nightBefore = sim.store.getGroupUsers(night).length;
      const put = await api(sim, 'PUT', `/users/${template.userId}/groups`, {
        agentGroups: [{ groupId: night }]
      });
      expect(put.status).toBe(200);
      expect(sim.store.getGroupUsers(sales)).toHaveLength(before - 1);
      expect(sim.store.getGroupUsers(night)).toHaveLength(nightBefore + 1);
      const extra = await api(sim, 'PUT', `/users/${template.userId}/groups`, {
        agentGroups: [{ groupId: night, groupName: 'Night Shift' }]
      });
      expect(extra.body.message).toMatch(/agentGroups\[\]\.groupName \(not a documented field\)/);
    });

    it('keeps per-user permissions: GET answers interactionPlanPermission, PUT takes interactionPlanPermissions', async () => {
      const read = await api(sim, 'GET', `/users/${supervisorId()}/permissions/interactionPlans`);
      expect(read.body.interactionPlanPermission).toHaveLength(1);
      const entry = { interactionPlanId: 'plan-1', interactionPlanPermission: 'Read' };
      const wrongName = await api(sim, 'PUT', `/users/${supervisorId()}/permissions/interactionPlans`, {
        interactionPlanPermission: [entry]
      });
      expect(wrongName.status).toBe(400);
      const put = await api(sim, 'PUT', `/users/${supervisorId()}/permissions/interactionPlans`, {
        interactionPlanPermissions: [entry]
      });
      expect(put.body.interactionPlanPermission).toEqual([entry]);
      const groups = await api(sim, 'GET', `/users/${supervisorId()}/permissions/groups`);
      expect(groups.body.groupPermissions).toHaveLength(3);
      const state = (await (await fetch(`${sim.url}/_sim/state`)).json()) as SimulatorData;
      const saved = state.users.find((user) => user.userId === supervisorId())!;
      expect(saved.permissions?.interactionPlans).toEqual([entry]);
    });

    it('a tenant starting at page 1 answers 400 to page=0, and can name every array items', async () => {
      const one = await startTestSimulator({ pageBase: 1, arrayName: 'items' });
      try {
        const first = await api(one, 'GET', '/users?limit=2');
        expect(first.body.meta).toMatchObject({ page: 1, count: 2 });
        expect(first.body.items).toHaveLength(2);
        expect((await api(one, 'GET', '/users?page=0')).status).toBe(400);
      } finally {
        await one.close();
      }
    });

    it('changes its reading while it runs through /_sim/tenant, refusing values it does not know', async () => {
      const put = (body: unknown): Promise<Response> =>
        fetch(`${sim.url}/_sim/tenant`, { method: 'PUT', body: JSON.stringify(body) });
      expect((await put({ pageBase: 1, arrayName: 'items', licences: 500 })).status).toBe(200);
      const first = await api(sim, 'GET', '/users?limit=2');
      expect(first.body.meta).toMatchObject({ page: 1 });
      expect(first.body.items).toHaveLength(2);
      expect(sim.store.licences).toBe(500);
      const bad = await put({ pageBase: 2 });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { message: string }).message).toBe(
        "pageBase must be one of 0, 1, not '2'"
      );
    });

    it('answers capacity keys and skill levels in the reading it is set to', async () => {
      const other = await startTestSimulator({ capacityKey: 'pascal', skillLevelType: 'string' });
      try {
        const template = other.store.findByUsername('template.agent@vcc.example')!;
        const user = await api(other, 'GET', `/users/${template.userId}`);
        const config = user.body.userAccountConfiguration as { agentConfiguration: { capacity: unknown } };
        expect(config.agentConfiguration.capacity).toEqual({
          IsAgentLevel: true,
          Live: 1,
          NonLive: 3,
          SemiLive: 2
        });
        const skills = (await api(other, 'GET', `/users/${template.userId}/skills`)).body.agentSkills as {
          agentSkillLevel: unknown;
        }[];
        expect(skills[0].agentSkillLevel).toBe('1');
      } finally {
        await other.close();
      }
    });

    it('refuses an agent past the licence limit unless allowOverages=true', async () => {
      sim.store.licences = sim.store.licencesUsed;
      const refused = await api(
        sim,
        'POST',
        '/users?allowOverages=false',
        agentUser('lic@example.com', '55558')
      );
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/license limit/);
      const admin = { username: 'admin2@example.com', name: 'Admin', email: 'a@example.com' };
      expect(
        (await api(sim, 'POST', '/users', { ...admin, userAccountConfiguration: { role: 'Admin' } })).status
      ).toBe(201);
      const allowed = await api(
        sim,
        'POST',
        '/users?allowOverages=true',
        agentUser('lic@example.com', '55558')
      );
      expect(allowed.status).toBe(201);
    });
  });
});
