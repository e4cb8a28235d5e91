/**
 * Test data for the creator: a tenant whose templates hold more than a page of skills, a group of 35 where the
 * template is member 30, supervisor permissions of every kind, an archived user and users already in VCC.
 */
import type { VccClient, VccClientOptions } from './client';
import type { SalesforceUserForVcc } from './createBody';
import { VccUserCreator, type CreatorOptions } from './creator';
import type { VccDirectory } from './directory';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from './simulator/server';
import type { SimulatorData, SimulatorUser } from './simulator/store';
import { loadTemplate, type VccTemplate } from './template';
import { clientFor } from './testing';
import type { VccAgentSkill } from './types';

export const REGION = 'b4c6e398-ac69-4135-b3fd-64d7a6d14272';

export const SKILL_IDS = Array.from({ length: 30 }, (_, i) => `skill-${String(i + 1).padStart(2, '0')}`);
export const GROUPS = {
  floor: 'group-support-floor',
  emea: 'group-emea',
  night: 'group-night-shift',
  supervisors: 'group-supervisors'
} as const;

/** The agent template's 28 skills, levels 1 to 10. */
export const AGENT_SKILLS: VccAgentSkill[] = SKILL_IDS.slice(0, 28).map((skillId, i) => ({
  skillId,
  agentSkillLevel: (i % 10) + 1
}));

export const SUPERVISOR_PERMISSIONS = {
  groups: [
    { groupId: GROUPS.floor, groupPermission: 'Write' },
    { groupId: GROUPS.emea, groupPermission: 'Read' }
  ],
  queues: [
    { queueId: 'queue-billing', queuePermission: 'Write' },
    { queueId: 'queue-sales', queuePermission: 'Read' }
  ],
  addresses: [{ addressId: 'address-london', addressName: 'London main line' }],
  interactionPlans: [{ interactionPlanId: 'plan-inbound', interactionPlanPermission: 'Read' }]
};

function agent(username: string, agentId: string, extra: Partial<SimulatorUser> = {}): SimulatorUser {
  return {
    userId: `id-${username.split('@')[0]}`,
    username,
    name: username.split('@')[0],
    email: username,
    userAccountConfiguration: {
      role: 'Agent',
      actAsAgent: true,
      agentConfiguration: {
        agentDisplayId: agentId,
        telephonyAddress: { telephoneAddress: '+442079460000' }
      }
    },
    ...extra
  };
}

/** member.01 ... member.34: agents with IDs 1001 ... 1034. */
export const MEMBER_IDS = Array.from({ length: 34 }, (_, i) => `id-member.${String(i + 1).padStart(2, '0')}`);

export function creatorData(): SimulatorData {
  const members = MEMBER_IDS.map((userId, i) => agent(`${userId.slice(3)}@vcc.example`, String(1001 + i)));
  const templateAgent = agent('template.agent@vcc.example', '9001', { skills: AGENT_SKILLS });
  templateAgent.userAccountConfiguration.agentConfiguration = {
    agentDisplayId: '9001',
    webrtc: true,
    handleMultipleInteractions: false,
    outboundWrapUp: 30,
    location: 'GB',
    capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
    telephonyAddress: {
      telephoneAddress: '+442079460001',
      telephonyExtension: '12',
      outboundTelephonyRegion: REGION,
      nationalDisplay: true
    }
  };
  const voiceSupervisor = agent('template.supervisor.voice@vcc.example', '9002', {
    skills: AGENT_SKILLS.slice(0, 2),
    permissions: SUPERVISOR_PERMISSIONS
  });
  voiceSupervisor.userAccountConfiguration.role = 'Supervisor';
  const supervisor: SimulatorUser = {
    userId: 'id-template.supervisor',
    username: 'template.supervisor@vcc.example',
    name: 'Template Supervisor',
    email: 'template.supervisor@vcc.example',
    userAccountConfiguration: { role: 'Supervisor', actAsAgent: false },
    permissions: { groups: SUPERVISOR_PERMISSIONS.groups, queues: SUPERVISOR_PERMISSIONS.queues }
  };
  const floor = [...MEMBER_IDS.slice(0, 29), templateAgent.userId!, ...MEMBER_IDS.slice(29)];
  return {
    users: [
      ...members,
      templateAgent,
      voiceSupervisor,
      supervisor,
      agent('archived.template@vcc.example', '9009', { active: false }),
      agent('taken.username@northwind.example', '1500')
    ],
    skills: SKILL_IDS.map((skillId, i) => ({ skillId, name: `Skill ${i + 1}` })),
    groups: [
      { groupId: GROUPS.floor, name: 'Support Floor', users: floor },
      { groupId: GROUPS.emea, name: 'EMEA', users: [templateAgent.userId!, voiceSupervisor.userId!] },
      { groupId: GROUPS.night, name: 'Night Shift', users: MEMBER_IDS.slice(0, 5) },
      { groupId: GROUPS.supervisors, name: 'Supervisors', users: [supervisor.userId!] }
    ]
  };
}

/** A Salesforce user of the Northwind org, with a phone and the agent ID 5000 + n. */
export function person(n: number, overrides: Partial<SalesforceUserForVcc> = {}): SalesforceUserForVcc {
  return {
    userId: `005${String(n).padStart(12, '0')}`,
    username: `person${n}@northwind.example`,
    name: `Person ${n}`,
    email: `person${n}@northwind.example`,
    phone: `+44 20 7946 ${String(5000 + n)}`,
    agentId: String(5000 + n),
    ...overrides
  };
}

/** Adds a VCC user to the data, already in the given groups: e.g. one an earlier run linked. */
export function withUser(data: SimulatorData, user: SimulatorUser, groupIds: string[] = []): SimulatorData {
  data.users.push(user);
  for (const group of data.groups ?? []) {
    if (groupIds.includes(group.groupId)) {
      group.users = [...(group.users ?? []), user.userId!];
    }
  }
  return data;
}

/** The VCC user an earlier run made for person(n) from the agent template, with the given skills. */
export function linkedAgent(n: number, skills: VccAgentSkill[]): SimulatorUser {
  const sf = person(n);
  return agent(sf.username, sf.agentId!, { userId: `id-linked-${n}`, skills });
}

export interface CreatorSetup {
  sim: RunningSimulator;
  client: VccClient;
  directory: VccDirectory;
  template: VccTemplate;
  creator: VccUserCreator;
}

/**
 * A simulator with `data` (strict, as every test runs it), a client with quick retries, the directory read once
 * and the template loaded, as a job does, and a creator over them.
 */
export async function setUpCreator(
  templateUsername: string,
  simulator: Partial<SimulatorOptions> = {},
  options: { client?: Partial<VccClientOptions>; creator?: CreatorOptions; data?: SimulatorData } = {}
): Promise<CreatorSetup> {
  const sim = await startSimulator({ data: options.data ?? creatorData(), strict: true, ...simulator });
  const client = clientFor(sim, { maxRetries: 1, ...options.client });
  const directory = await client.readDirectory();
  const template = await loadTemplate(client, templateUsername, directory);
  return {
    sim,
    client,
    directory,
    template,
    creator: new VccUserCreator(client, template, directory, options.creator)
  };
}

/** A new job on the same tenant: the directory read again, the template loaded again. */
export async function nextRun(setup: CreatorSetup, options: CreatorOptions = {}): Promise<VccUserCreator> {
  const directory = await setup.client.readDirectory();
  const template = await loadTemplate(setup.client, setup.template.user.username, directory);
  return new VccUserCreator(setup.client, template, directory, options);
}
