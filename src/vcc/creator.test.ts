import type { CreationResult } from '../core';
import {
  loadTemplate,
  newUserRequest,
  TemplateError,
  toTelephony,
  VccUserCreator,
  type SalesforceUserForVcc
} from './creator';
import { clientFor, startTestSimulator } from './testing';
import type { RunningSimulator } from './simulator/server';
import { agentDisplayIdOf } from './types';

const person = (n: number, overrides: Partial<SalesforceUserForVcc> = {}): SalesforceUserForVcc => ({
  userId: `005${String(n).padStart(12, '0')}`,
  username: `person${n}@northwind.example`,
  name: `Person ${n}`,
  email: `person${n}@northwind.example`,
  phone: `+44 20 7946 ${String(5000 + n)}`,
  agentId: String(50_000 + n),
  ...overrides
});

async function setUp(
  faults = {}
): Promise<{ sim: RunningSimulator; creator: VccUserCreator; client: ReturnType<typeof clientFor> }> {
  const sim = await startTestSimulator({ faults });
  const client = clientFor(sim);
  const template = await loadTemplate(client, 'template.agent@vcc.example');
  return { sim, client, creator: await VccUserCreator.start(client, template) };
}

/** Every user has exactly one result, and each created one exists once in VCC with its ID. */
function expectOneResultEach(
  sim: RunningSimulator,
  users: SalesforceUserForVcc[],
  results: CreationResult[]
): void {
  expect(results.map((result) => result.userId)).toEqual(users.map((user) => user.userId));
  for (const result of results) {
    const inVcc = sim.store.listUsers('All').filter((user) => user.username === result.username);
    if (
      result.code === 'CREATED' ||
      result.code === 'PARTIALLY_CREATED' ||
      result.code === 'ALREADY_LINKED'
    ) {
      expect(inVcc.map((user) => user.userId)).toEqual([result.vccUserId]);
    }
  }
}

describe('loadTemplate', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  it.each([
    ['template.agent@vcc.example', 'Agent', true, true, 3, 2],
    ['TEMPLATE.SUPERVISOR.VOICE@vcc.example', 'Supervisor', true, true, 2, 2],
    ['template.supervisor@vcc.example', 'Supervisor', false, false, 0, 1]
  ])(
    '%s: %s, acts as agent %s, needs an agent ID %s, %i skills, %i groups',
    async (username, role, acts, needs, skills, groups) => {
      const template = await loadTemplate(clientFor(sim), username);
      expect(template.summary).toEqual({
        username: username.toLowerCase(),
        vccUserId: template.user.userId,
        name: template.user.name,
        role,
        actsAsAgent: acts,
        needsAgentId: needs,
        skillCount: skills,
        groupCount: groups
      });
    }
  );

  it('says clearly when the username is blank, unknown or archived', async () => {
    const client = clientFor(sim);
    await expect(loadTemplate(client, '  ')).rejects.toMatchObject({ code: 'TEMPLATE_REQUIRED' });
    await expect(loadTemplate(client, 'ghost@vcc.example')).rejects.toThrow(
      new TemplateError(
        'TEMPLATE_NOT_FOUND',
        "No VCC user has the username 'ghost@vcc.example'. Type the username of an existing VCC user, as it appears " +
          'in User Admin in the VCC Admin Portal.'
      )
    );
    const archived = sim.store.listUsers('Archived')[0];
    await expect(loadTemplate(client, archived.username)).rejects.toMatchObject({
      code: 'TEMPLATE_ARCHIVED'
    });
  });
});

describe('the request body', () => {
  it("copies the template's configuration and takes identity, phone and agent ID from Salesforce", async () => {
    const sim = await startTestSimulator();
    try {
      const template = sim.store.findByUsername('template.agent@vcc.example')!;
      const body = newUserRequest(template, person(1, { phone: '+1 (415) 555-0100 ext. 42' }));
      expect(body.username).toBe('person1@northwind.example');
      const agent = body.userAccountConfiguration.actAsAgent!.agentConfiguration!;
      expect(agent.agentDisplayId).toBe('50001');
      expect(agent.telephonyAddress).toMatchObject({
        telephoneAddress: '+14155550100',
        telephonyExtension: '42',
        outboundTelephonyRegion:
          template.userAccountConfiguration.actAsAgent!.agentConfiguration!.telephonyAddress!
            .outboundTelephonyRegion
      });
      expect(agent.capacity).toEqual(
        template.userAccountConfiguration.actAsAgent!.agentConfiguration!.capacity
      );
      expect(agentDisplayIdOf(template)).toBe('9001');
    } finally {
      await sim.close();
    }
  });

  it('splits an extension from the number', () => {
    expect(toTelephony('020 7946 0000 x12')).toEqual({
      telephoneAddress: '02079460000',
      telephonyExtension: '12'
    });
    expect(toTelephony(null)).toEqual({ telephoneAddress: null, telephonyExtension: null });
  });
});

describe('VccUserCreator', () => {
  let sim: RunningSimulator;
  afterEach(() => sim?.close());

  it('creates users with the template skills, then adds them to its groups with one write per group', async () => {
    const setup = await setUp();
    sim = setup.sim;
    const users = [person(1), person(2), person(3)];
    const before = setup.client.stats.calls;
    const results = await setup.creator.createAll(users);
    // a POST and a skills PUT per user, then one read and one write per template group
    expect(setup.client.stats.calls - before).toBe(3 * 2 + setup.creator.template.groups.length * 2);
    expect(results.map((result) => result.code)).toEqual(['CREATED', 'CREATED', 'CREATED']);
    expect(results[0].message).toBe("Created in VCC and linked through agent ID '50001'.");
    expectOneResultEach(sim, users, results);
    const created = sim.store.findByUsername('person2@northwind.example')!;
    expect(sim.store.getSkills(created.userId)).toEqual(setup.creator.template.skills);
    for (const group of setup.creator.template.groups) {
      expect(sim.store.getGroupUsers(group.groupId)).toEqual(
        expect.arrayContaining(results.map((result) => ({ userId: result.vccUserId })))
      );
    }
  });

  it('never touches users VCC already has, and says why', async () => {
    const setup = await setUp();
    sim = setup.sim;
    const existing = sim.store.listUsers('Active').find((user) => agentDisplayIdOf(user) === '1005')!;
    const users = [
      person(1, { username: 'template.supervisor@vcc.example', agentId: null }),
      person(2, { username: 'TEMPLATE.AGENT@vcc.example', agentId: '9999' }),
      person(3, { agentId: '1005' }),
      person(4, { phone: null })
    ];
    const results = await setup.creator.createAll(users);
    expect(results.map((result) => [result.status, result.code])).toEqual([
      ['AlreadyLinked', 'ALREADY_LINKED'],
      ['Failed', 'VCC_USER_EXISTS'],
      ['Failed', 'AGENT_ID_IN_USE'],
      ['Failed', 'PHONE_MISSING']
    ]);
    expect(results[2].message).toMatch(/^Agent ID '1005' is already in use\./);
    expect(results[3].message).toBe(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    expect(sim.store.findByUsername(existing.username)).toEqual(existing);
    expect(sim.stats.usersCreated).toBe(0);
  });

  it('after a dropped create, looks before trying again: created once', async () => {
    const setup = await setUp();
    sim = setup.sim;
    sim.faults.dropNext = 1;
    const users = [person(7)];
    const results = await setup.creator.createAll(users);
    expect(results[0].code).toBe('CREATED');
    expect(sim.stats.dropped).toBe(1);
    expect(sim.stats.usersCreated).toBe(1);
    expectOneResultEach(sim, users, results);
  });

  it('after a 5xx on create, finds nothing and tries again', async () => {
    const setup = await setUp();
    sim = setup.sim;
    sim.faults.failNext = 1;
    const results = await setup.creator.createAll([person(8)]);
    expect(results[0].code).toBe('CREATED');
    expect(sim.stats.usersCreated).toBe(1);
  });

  it('survives an outage halfway: one result each, and a re-run creates only the rest', async () => {
    const setup = await setUp();
    sim = setup.sim;
    const users = Array.from({ length: 10 }, (_, i) => person(i + 1));
    const first = await VccUserCreator.start(clientFor(sim, { maxRetries: 1 }), setup.creator.template, {
      concurrency: 1,
      onResult: (result) => {
        if (result.userId === users[4].userId) {
          sim.faults.failRate = 1;
        }
      }
    });
    const results = await first.createAll(users);
    expectOneResultEach(sim, users, results);
    // created before the outage, but the group writes after the users failed too
    expect(results.slice(0, 5).map((result) => result.code)).toEqual(Array(5).fill('PARTIALLY_CREATED'));
    expect(results[0].message).toMatch(
      /^The VCC user was created, but group Sales Team, group EMEA could not be set/
    );
    expect(results.slice(5).map((result) => result.code)).toEqual(Array(5).fill('VCC_UNAVAILABLE'));
    expect(results[5].message).toMatch(/^VCC could not be reached \(.*\)\. Retry the failed users later/);

    sim.faults.failRate = 0;
    const again = await (await VccUserCreator.start(clientFor(sim), setup.creator.template)).createAll(users);
    expect(again.map((result) => result.code)).toEqual([
      ...Array(5).fill('ALREADY_LINKED'),
      ...Array(5).fill('CREATED')
    ]);
    expect(sim.stats.usersCreated).toBe(10);
    expectOneResultEach(sim, users, again);
  });

  it('reports a user whose outcome could not be checked, and a later run links it', async () => {
    const setup = await setUp();
    sim = setup.sim;
    const client = clientFor(sim, { maxRetries: 0 });
    const creator = await VccUserCreator.start(client, setup.creator.template);
    sim.faults.dropNext = 1;
    // VCC goes down right after the dropped create, so the look that follows fails
    const look = client.findUserByUsername.bind(client);
    jest.spyOn(client, 'findUserByUsername').mockImplementation((username) => {
      sim.faults.failRate = 1;
      return look(username);
    });
    const [result] = await creator.createEach([person(9)]);
    sim.faults.failRate = 0;
    expect(result.code).toBe('VCC_UNAVAILABLE');
    expect(result.message).toContain('the outcome could not be checked');
    expect(sim.store.findByUsername(person(9).username)).toBeDefined();
    const [later] = await (
      await VccUserCreator.start(clientFor(sim), setup.creator.template)
    ).createEach([person(9)]);
    expect(later.code).toBe('ALREADY_LINKED');
    expect(sim.stats.usersCreated).toBe(1);
  });

  it('marks users PARTIALLY_CREATED when their skills or a group cannot be written', async () => {
    const setup = await setUp();
    sim = setup.sim;
    const client = clientFor(sim, { maxRetries: 0 });
    const creator = await VccUserCreator.start(client, setup.creator.template);
    const first = await creator.create(person(1));
    expect(first.code).toBe('CREATED');

    // VCC fails the skills PUT that follows the next create
    const put = client.putUserSkills.bind(client);
    jest.spyOn(client, 'putUserSkills').mockImplementationOnce((userId, skills) => {
      sim.faults.failNext = 1;
      return put(userId, skills);
    });
    const second = await creator.create(person(2));
    expect(second).toMatchObject({ status: 'Failed', code: 'PARTIALLY_CREATED' });
    expect(second.vccUserId).toBe(sim.store.findByUsername(person(2).username)!.userId);
    expect(second.message).toMatch(/^The VCC user was created, but skills could not be set/);

    sim.faults.failNext = 1; // the read of the first group fails; the second group is written
    const [firstGroup, secondGroup] = setup.creator.template.groups;
    const final = await creator.addToGroups([first, second]);
    expect(final.map((result) => result.code)).toEqual(['PARTIALLY_CREATED', 'PARTIALLY_CREATED']);
    expect(final[0].message).toBe(
      `The VCC user was created, but group ${firstGroup.name} could not be set ` +
        '(An unexpected error occurred. Please try again.). Add them in the VCC Admin Portal (User Admin).'
    );
    expect(final[1].message).toMatch(
      new RegExp(`^The VCC user was created, but skills, group ${firstGroup.name} could`)
    );
    expect(sim.store.getGroupUsers(secondGroup.groupId)).toEqual(
      expect.arrayContaining([{ userId: first.vccUserId }, { userId: second.vccUserId }])
    );
    expect(sim.store.getGroupUsers(firstGroup.groupId)).not.toContainEqual({ userId: first.vccUserId });
  });
});
