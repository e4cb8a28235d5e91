import {
  AGENT_SKILLS,
  creatorData,
  GROUPS,
  linkedAgent,
  nextRun,
  person,
  setUpCreator,
  SUPERVISOR_PERMISSIONS,
  withUser,
  type CreatorSetup
} from './creatorTesting';
import { VCC_PERMISSION_KINDS } from './types';

const AGENT = 'template.agent@vcc.example';
const VOICE_SUPERVISOR = 'template.supervisor.voice@vcc.example';
const SUPERVISOR = 'template.supervisor@vcc.example';

let setup: CreatorSetup | undefined;
afterEach(async () => {
  await setup?.sim.close();
  setup = undefined;
});

function groupsOf(setup: CreatorSetup, userId: string): string[] {
  return setup.sim.store
    .getUserGroups(userId)
    .map((group) => group.groupId)
    .sort();
}

describe('VccUserCreator.process: users already linked', () => {
  it('adds the skills and groups a linked user lacks, keeping what an admin gave it', async () => {
    const adminSkill = { skillId: 'skill-30', agentSkillLevel: 7 };
    // linked by an earlier run: 25 of the template's skills (one at another level), an admin's skill, one group
    const own = [...AGENT_SKILLS.slice(0, 24), { skillId: 'skill-25', agentSkillLevel: 9 }, adminSkill];
    const data = withUser(creatorData(), linkedAgent(1, own), [GROUPS.emea, GROUPS.night]);
    setup = await setUpCreator(AGENT, { pageBase: 1, arrayName: 'named' }, { data });

    const result = await setup.creator.process(person(1));

    expect(result).toMatchObject({ status: 'Updated', code: 'UPDATED', vccUserId: 'id-linked-1' });
    expect(result.message).toBe('Already linked in VCC: added 3 skills and 1 group from the template.');
    const skills = setup.sim.store
      .getSkills('id-linked-1')
      .map(({ skillId, agentSkillLevel }) => ({ skillId, agentSkillLevel }));
    expect(skills).toEqual([...own, ...AGENT_SKILLS.slice(25)]);
    expect(groupsOf(setup, 'id-linked-1')).toEqual([GROUPS.emea, GROUPS.night, GROUPS.floor].sort());
    expect(setup.sim.stats.usersCreated).toBe(0);

    // nothing is missing now: two reads, no write
    const calls = setup.client.stats.calls;
    const again = await setup.creator.process(person(1));
    expect(again).toMatchObject({ status: 'AlreadyLinked', code: 'ALREADY_LINKED' });
    expect(setup.client.stats.calls - calls).toBe(2);
  });

  it('a VCC user with this username and another agent ID is not linked: VCC_USER_EXISTS, untouched', async () => {
    const data = withUser(creatorData(), linkedAgent(2, []));
    setup = await setUpCreator(AGENT, {}, { data });
    const result = await setup.creator.process(person(2, { agentId: '7777' }));
    expect(result.code).toBe('VCC_USER_EXISTS');
    expect(setup.sim.store.getSkills('id-linked-2')).toEqual([]);
  });
});

describe('VccUserCreator.process: supervisor templates', () => {
  it("gives a new user the template's group, queue, line and interaction-plan permissions", async () => {
    setup = await setUpCreator(VOICE_SUPERVISOR, { pageBase: 1 });
    const calls = setup.client.stats.calls;
    const result = await setup.creator.process(person(3));
    expect(result.code).toBe('CREATED');
    // POST, skills, groups and one PUT per permission list
    expect(setup.client.stats.calls - calls).toBe(3 + VCC_PERMISSION_KINDS.length);
    for (const kind of VCC_PERMISSION_KINDS) {
      expect(setup.sim.store.getPermissions(result.vccUserId!, kind)).toEqual(SUPERVISOR_PERMISSIONS[kind]);
    }
    expect(setup.sim.store.getUser(result.vccUserId!).userAccountConfiguration).toMatchObject({
      role: 'Supervisor',
      actAsAgent: true,
      agentConfiguration: { agentDisplayId: '5003' }
    });
  });

  it('adds missing permissions to a linked supervisor and keeps its own', async () => {
    const linked = linkedAgent(4, AGENT_SKILLS.slice(0, 2));
    linked.userAccountConfiguration.role = 'Supervisor';
    const ownQueue = { queueId: 'queue-support', queuePermission: 'Write' };
    // its own Read on the floor stays Read, though the template has Write
    linked.permissions = {
      groups: [{ groupId: GROUPS.floor, groupPermission: 'Read' }],
      queues: [ownQueue, SUPERVISOR_PERMISSIONS.queues[1]],
      addresses: SUPERVISOR_PERMISSIONS.addresses,
      interactionPlans: SUPERVISOR_PERMISSIONS.interactionPlans
    };
    const data = withUser(creatorData(), linked, [GROUPS.emea]);
    setup = await setUpCreator(VOICE_SUPERVISOR, {}, { data });

    const result = await setup.creator.process(person(4));

    expect(result.code).toBe('UPDATED');
    expect(result.message).toBe(
      'Already linked in VCC: added 1 group permission and 1 queue permission from the template.'
    );
    expect(setup.sim.store.getPermissions('id-linked-4', 'groups')).toEqual([
      { groupId: GROUPS.floor, groupPermission: 'Read' },
      SUPERVISOR_PERMISSIONS.groups[1]
    ]);
    expect(setup.sim.store.getPermissions('id-linked-4', 'queues')).toEqual([
      ownQueue,
      SUPERVISOR_PERMISSIONS.queues[1],
      SUPERVISOR_PERMISSIONS.queues[0]
    ]);
  });

  it('a no-voice supervisor needs no phone, is not sent its agent ID, and is linked by username later', async () => {
    setup = await setUpCreator(SUPERVISOR, { arrayName: 'named' });
    const user = person(5, { phone: null });
    const result = await setup.creator.process(user);
    expect(result).toMatchObject({ status: 'Created', code: 'CREATED', agentId: null });
    expect(result.message).toBe(
      "Created in VCC and linked through the username. Agent ID '5005' was not sent: the template does not take calls."
    );
    const created = setup.sim.store.getUser(result.vccUserId!);
    expect(created.userAccountConfiguration).toEqual({ role: 'Supervisor', actAsAgent: false });
    expect(groupsOf(setup, created.userId)).toEqual([GROUPS.supervisors]);
    expect(setup.sim.store.getPermissions(created.userId, 'queues')).toEqual(SUPERVISOR_PERMISSIONS.queues);

    const again = await (await nextRun(setup)).process(user);
    expect(again).toMatchObject({
      status: 'AlreadyLinked',
      code: 'ALREADY_LINKED',
      vccUserId: created.userId
    });
    expect(setup.sim.stats.usersCreated).toBe(1);
  });
});

describe('VccUserCreator.process: the licence limit', () => {
  it('stops sending creates after VCC refuses one for the licence limit; linked users still converge', async () => {
    const data = withUser(creatorData(), linkedAgent(9, AGENT_SKILLS), [GROUPS.emea]);
    setup = await setUpCreator(AGENT, {}, { data });
    setup.sim.store.licences = setup.sim.store.licencesUsed + 1;

    const first = await setup.creator.process(person(6));
    const refused = await setup.creator.process(person(7));
    expect([first.code, refused.code]).toEqual(['CREATED', 'LICENCE_LIMIT']);
    expect(refused.message).toMatch(/^VCC refused: the account has no licence left for another user \(/);
    expect(setup.creator.licenceLimitReached).toBe(true);

    const calls = setup.client.stats.calls;
    const notSent = await setup.creator.process(person(8));
    expect(notSent).toMatchObject({ status: 'Failed', code: 'LICENCE_LIMIT' });
    expect(setup.client.stats.calls).toBe(calls);

    const linked = await setup.creator.process(person(9));
    expect(linked).toMatchObject({ code: 'UPDATED', message: expect.stringContaining('added 1 group') });
    expect(setup.sim.stats.usersCreated).toBe(1);
  });

  it('creates past the limit when overages are allowed', async () => {
    setup = await setUpCreator(AGENT, {}, { creator: { allowOverages: true } });
    setup.sim.store.licences = setup.sim.store.licencesUsed;
    expect((await setup.creator.process(person(10))).code).toBe('CREATED');
  });
});
