import { loadTemplate, NOT_SENT, TemplateError } from './creator';
import {
  AGENT_SKILLS,
  creatorData,
  GROUPS,
  MEMBER_IDS,
  nextRun,
  person,
  REGION,
  setUpCreator,
  SUPERVISOR_PERMISSIONS,
  type CreatorSetup
} from './creatorTesting';
import { startSimulator, type RunningSimulator } from './simulator/server';
import { clientFor } from './testing';

const AGENT = 'template.agent@vcc.example';

let setup: CreatorSetup | undefined;
afterEach(async () => {
  await setup?.sim.close();
  setup = undefined;
});

/** The IDs of the users in a group, from the simulator's own store. */
function members(sim: RunningSimulator, groupId: string): string[] {
  return sim.store.getGroupUsers(groupId).map((member) => member.userId);
}

describe('loadTemplate', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    // the first page is 1 and arrays have their endpoint's names
    sim = await startSimulator({ data: creatorData(), strict: true, pageBase: 1, arrayName: 'named' });
  });
  afterAll(() => sim.close());

  it('reads an agent template whole: 28 skills with levels, and a group where it is member 30 of 35', async () => {
    const template = await loadTemplate(clientFor(sim), 'TEMPLATE.AGENT@vcc.example');
    expect(template.skills.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }))).toEqual(
      AGENT_SKILLS
    );
    expect(template.groups.map((group) => group.groupId).sort()).toEqual([GROUPS.emea, GROUPS.floor].sort());
    expect(template.permissions).toBeNull();
    expect(template.summary).toEqual({
      username: AGENT,
      vccUserId: 'id-template.agent',
      name: 'template.agent',
      role: 'Agent',
      actsAsAgent: true,
      needsAgentId: true,
      skillCount: 28,
      groupCount: 2
    });
  });

  it("reads a supervisor's four permission lists, and knows a no-voice supervisor needs no agent ID", async () => {
    const voice = await loadTemplate(clientFor(sim), 'template.supervisor.voice@vcc.example');
    expect(voice.permissions).toEqual(SUPERVISOR_PERMISSIONS);
    expect(voice.summary).toMatchObject({ role: 'Supervisor', actsAsAgent: true, needsAgentId: true });
    const silent = await loadTemplate(clientFor(sim), 'template.supervisor@vcc.example');
    expect(silent.permissions).toEqual({
      groups: SUPERVISOR_PERMISSIONS.groups,
      queues: SUPERVISOR_PERMISSIONS.queues,
      addresses: [],
      interactionPlans: []
    });
    expect(silent.summary).toMatchObject({ actsAsAgent: false, needsAgentId: false, skillCount: 0 });
  });

  it('says clearly when the username is blank, unknown or archived', async () => {
    const client = clientFor(sim);
    await expect(loadTemplate(client, '  ')).rejects.toMatchObject({ code: 'TEMPLATE_REQUIRED' });
    await expect(loadTemplate(client, 'ghost@vcc.example')).rejects.toThrow(
      new TemplateError(
        'TEMPLATE_NOT_FOUND',
        "No VCC user has the username 'ghost@vcc.example'. Type the username of an existing VCC user, as it " +
          'appears in User Admin in the VCC Admin Portal.'
      )
    );
    await expect(loadTemplate(client, 'archived.template@vcc.example')).rejects.toMatchObject({
      code: 'TEMPLATE_ARCHIVED'
    });
  });
});

describe('VccUserCreator.process: new users', () => {
  it("the help page's example: three created, one without a phone, one whose username VCC has", async () => {
    setup = await setUpCreator(AGENT);
    const users = [
      person(1),
      person(2),
      person(3, { phone: null }),
      person(4, { username: 'taken.username@northwind.example' }),
      person(5)
    ];
    const results = [];
    for (const user of users) {
      results.push(await setup.creator.process(user));
    }
    expect(results.map((result) => [result.status, result.code])).toEqual([
      ['Created', 'CREATED'],
      ['Created', 'CREATED'],
      ['Failed', 'PHONE_MISSING'],
      ['Failed', 'VCC_USER_EXISTS'],
      ['Created', 'CREATED']
    ]);
    expect(results[0].message).toBe("Created in VCC and linked through agent ID '5001'.");
    expect(results[2].message).toBe(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    expect(results[3].message).toMatch(/^A VCC user already exists with the username 'taken.username@/);
    expect(setup.sim.stats.usersCreated).toBe(3);
    expect(results[1].vccUserId).toBe(setup.sim.store.findByUsername(person(2).username)!.userId);
  });

  it("gives a new agent the template's 28 skills and groups in 3 calls; a group of 35 keeps every member", async () => {
    setup = await setUpCreator(AGENT, { pageBase: 1, arrayName: 'named' });
    const floorBefore = members(setup.sim, GROUPS.floor);
    expect(floorBefore).toHaveLength(35);
    const nightBefore = members(setup.sim, GROUPS.night);
    const calls = setup.client.stats.calls;

    const result = await setup.creator.process(person(7, { phone: '+44 20 7946-5007 ext. 3' }));

    expect(result).toMatchObject({ status: 'Created', code: 'CREATED', agentId: '5007' });
    expect(setup.client.stats.calls - calls).toBe(3); // POST, PUT skills, PUT groups
    const created = setup.sim.store.getUser(result.vccUserId!);
    const skills = setup.sim.store.getSkills(created.userId);
    expect(skills.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }))).toEqual(
      AGENT_SKILLS
    );
    expect(members(setup.sim, GROUPS.floor)).toEqual([...floorBefore, created.userId]);
    expect(members(setup.sim, GROUPS.emea)).toContain(created.userId);
    expect(members(setup.sim, GROUPS.night)).toEqual(nightBefore);
    expect(created.userAccountConfiguration).toEqual({
      role: 'Agent',
      actAsAgent: true,
      agentConfiguration: {
        agentDisplayId: '5007',
        webrtc: true,
        handleMultipleInteractions: false,
        outboundWrapUp: 30,
        location: 'GB',
        capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
        telephonyAddress: {
          telephoneAddress: '+442079465007',
          telephonyExtension: '3',
          outboundTelephonyRegion: REGION,
          nationalDisplay: true
        }
      }
    });
  });

  it('on a tenant of the other readings (page 1, items, PascalCase capacity, string levels) the copy is exact', async () => {
    setup = await setUpCreator(AGENT, {
      pageBase: 1,
      arrayName: 'items',
      capacityKey: 'pascal',
      skillLevelType: 'string'
    });
    const result = await setup.creator.process(person(18));
    expect(result.code).toBe('CREATED');
    const created = setup.sim.store.getUser(result.vccUserId!);
    expect(created.userAccountConfiguration.agentConfiguration?.capacity).toEqual({
      IsAgentLevel: true,
      Live: 1,
      NonLive: 3,
      SemiLive: 2
    });
    const skills = setup.sim.store.getSkills(created.userId);
    expect(skills.map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }))).toEqual(
      AGENT_SKILLS
    );
  });

  it('never sends a create for an agent ID or username VCC already has', async () => {
    setup = await setUpCreator(AGENT);
    const calls = setup.client.stats.calls;
    const inUse = await setup.creator.process(person(8, { agentId: '01001' }));
    const taken = await setup.creator.process(person(9, { username: 'Taken.Username@northwind.example' }));
    expect([inUse.code, taken.code]).toEqual(['AGENT_ID_IN_USE', 'VCC_USER_EXISTS']);
    expect(inUse.message).toMatch(/^Agent ID '01001' is already in use\./);
    expect(setup.client.stats.calls).toBe(calls);
    expect(members(setup.sim, GROUPS.floor)).toContain(MEMBER_IDS[0]);
  });

  it('after a dropped answer to its create, finds the user by agent ID: created once, and complete', async () => {
    setup = await setUpCreator(AGENT);
    setup.sim.faults.dropNext = 1;
    const result = await setup.creator.process(person(10));
    expect(result).toMatchObject({ status: 'Created', code: 'CREATED' });
    expect(setup.sim.stats.dropped).toBe(1);
    expect(setup.sim.stats.usersCreated).toBe(1);
    expect(setup.sim.store.getSkills(result.vccUserId!)).toHaveLength(28);
    expect(members(setup.sim, GROUPS.floor)).toContain(result.vccUserId);
    // a second process of the same user in the same job converges, never creates again
    expect((await setup.creator.process(person(10))).code).toBe('ALREADY_LINKED');
    expect(setup.sim.stats.usersCreated).toBe(1);
  });

  it('after a dropped answer for a user without agent ID (no-voice template), finds it in a list read', async () => {
    setup = await setUpCreator('template.supervisor@vcc.example', { pageBase: 1, arrayName: 'items' });
    setup.sim.faults.dropNext = 1;
    const result = await setup.creator.process(person(11, { agentId: null, phone: null }));
    expect(result).toMatchObject({ status: 'Created', code: 'CREATED' });
    expect(setup.sim.stats.usersCreated).toBe(1);
    expect(members(setup.sim, GROUPS.supervisors)).toContain(result.vccUserId);
  });

  it('after a 5xx on its create, confirms the user is not there, then creates it once', async () => {
    setup = await setUpCreator(AGENT);
    setup.sim.faults.failNext = 1;
    const result = await setup.creator.process(person(12));
    expect(result.code).toBe('CREATED');
    expect(setup.sim.stats.failed).toBe(1);
    expect(setup.sim.stats.usersCreated).toBe(1);
  });

  it('a user whose skills and groups failed after its create is PartiallyCreated; the next run finishes it', async () => {
    setup = await setUpCreator(AGENT);
    const { sim, client } = setup;
    const put = client.putUserSkills.bind(client);
    // VCC goes down right after the create answered
    jest.spyOn(client, 'putUserSkills').mockImplementationOnce((userId, skills) => {
      sim.faults.failRate = 1;
      return put(userId, skills);
    });
    const first = await setup.creator.process(person(13));
    expect(first).toMatchObject({ status: 'PartiallyCreated', code: 'PARTIALLY_CREATED' });
    expect(first.vccUserId).toBe(sim.store.findByUsername(person(13).username)!.userId);
    expect(first.message).toMatch(/^The VCC user exists, but skills and groups could not be set \(/);

    sim.faults.failRate = 0;
    const again = await (await nextRun(setup)).process(person(13));
    expect(again).toMatchObject({ status: 'Updated', code: 'UPDATED', vccUserId: first.vccUserId });
    expect(again.message).toBe('Already linked in VCC: added 28 skills and 2 groups from the template.');
    expect(sim.store.getSkills(first.vccUserId!)).toHaveLength(28);
    expect(members(sim, GROUPS.floor)).toHaveLength(36);
    expect(sim.stats.usersCreated).toBe(1);
  });

  it('reports a user whose create outcome could not be checked, and a later run finishes it', async () => {
    setup = await setUpCreator(AGENT, {}, { client: { maxRetries: 0 } });
    const { sim, client } = setup;
    sim.faults.dropNext = 1;
    const find = client.findUserByAgentDisplayId.bind(client);
    // VCC goes down right after the dropped create, so the lookup that follows fails
    jest.spyOn(client, 'findUserByAgentDisplayId').mockImplementationOnce((id) => {
      sim.faults.failRate = 1;
      return find(id);
    });
    const result = await setup.creator.process(person(14));
    sim.faults.failRate = 0;
    expect(result.code).toBe('VCC_UNAVAILABLE');
    expect(result.message).toContain('the outcome could not be checked');
    expect(sim.store.findByUsername(person(14).username)).toBeDefined();
    const later = await (await nextRun(setup)).process(person(14));
    expect(later.code).toBe('UPDATED');
    expect(sim.stats.usersCreated).toBe(1);
  });

  it('once VCC stops answering, sends nothing more: every user still gets one result', async () => {
    setup = await setUpCreator(AGENT, {}, { creator: { stopAfterUnavailable: 2 } });
    setup.sim.faults.failRate = 1;
    const down = [await setup.creator.process(person(15)), await setup.creator.process(person(16))];
    expect(down.map((result) => result.code)).toEqual(['VCC_UNAVAILABLE', 'VCC_UNAVAILABLE']);
    expect(setup.creator.stopped).toBe(true);
    const requests = setup.sim.stats.requests;
    const notSent = await setup.creator.process(person(17));
    expect(notSent).toMatchObject({ status: 'Failed', code: 'VCC_UNAVAILABLE' });
    expect(notSent.message).toContain(NOT_SENT);
    expect(setup.sim.stats.requests).toBe(requests);
    expect(setup.sim.stats.usersCreated).toBe(0);
  });
});
