/**
 * The demo VCC tenant the product ships (data/vcc-demo.json, the simulator's users, skills and groups):
 * three templates, a few hundred users and the skills and groups they hold. Deterministic: the same call always
 * gives the same data.
 */
import { seededRandom } from '../vcc/simulator/data';
import { stableId, type SimulatorData, type SimulatorUser } from '../vcc/simulator/store';
import { FIRST, IN_VCC_ALREADY, LAST } from './names';

/** 30 skills: the agent template holds 28 of them, more than one page of 25. */
export const SKILLS = [
  'Sales',
  'Support',
  'Billing',
  'Spanish',
  'French',
  'Technical',
  'VIP',
  'Escalations',
  ...['German', 'Italian', 'Dutch', 'Polish', 'Portuguese', 'Arabic', 'Mandarin', 'Hindi'],
  ...['Retention', 'Renewals', 'Onboarding', 'Claims', 'Refunds', 'Payments', 'Fraud', 'Complaints'],
  ...['Chat', 'Email', 'Social', 'Callbacks', 'Outbound', 'Priority']
].map((name) => ({ skillId: stableId('skill', name), name }));
/** 30 groups, more than one page of 25: the six teams, then regional queues' groups. */
export const GROUPS = [
  ...['Sales Team', 'Support Team', 'EMEA', 'NAM', 'Supervisors', 'Night Shift'],
  ...Array.from({ length: 24 }, (_, i) => `Regional Pool ${String(i + 1).padStart(2, '0')}`)
].map((name) => ({ groupId: stableId('group', name), name }));
const skill = (name: string, level: number): { skillId: string; agentSkillLevel: number } => ({
  skillId: SKILLS.find((s) => s.name === name)!.skillId,
  agentSkillLevel: level
});
const REGION = stableId('region', 'EMEA London');

/** The documented shape: a boolean actAsAgent with agentConfiguration beside it. */
function agentSettings(
  agentId: string,
  phone: string
): Pick<SimulatorUser['userAccountConfiguration'], 'actAsAgent' | 'agentConfiguration'> {
  return {
    actAsAgent: true,
    agentConfiguration: {
      agentDisplayId: agentId,
      webrtc: true,
      agentControlWebrtc: true,
      handleMultipleInteractions: false,
      enforcedDispositionCodes: true,
      transcribeCalls: false,
      screenRecording: false,
      callParking: true,
      outboundWrapUp: 30,
      location: 'GB',
      capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
      telephonyAddress: {
        telephoneAddress: phone,
        telephonyExtension: null,
        outboundTelephonyRegion: REGION,
        nationalDisplay: false,
        virtualLocation: null,
        preventAutoCallbackNumber: false,
        selectedCallbackNumberId: null
      }
    }
  };
}

const group = (name: string): string => GROUPS.find((g) => g.name === name)!.groupId;

/** The supervisor templates' permissions: what they may see and do, per user. */
function supervisorPermissions(): NonNullable<SimulatorUser['permissions']> {
  return {
    groups: [
      { groupId: group('Support Team'), groupPermission: 'Write' },
      { groupId: group('Sales Team'), groupPermission: 'Read' },
      { groupId: group('Night Shift'), groupPermission: 'Read' }
    ],
    queues: [
      { queueId: stableId('queue', 'Support Queue'), queuePermission: 'Write' },
      { queueId: stableId('queue', 'Sales Queue'), queuePermission: 'Read' }
    ],
    addresses: [{ addressId: stableId('address', 'Support Line'), addressName: 'Support Line' }],
    interactionPlans: [
      { interactionPlanId: stableId('plan', 'Inbound Support'), interactionPlanPermission: 'Write' }
    ]
  };
}

/** The three templates of the README. */
function templates(): SimulatorUser[] {
  return [
    {
      userId: stableId('user', 'template.agent@vcc.example'),
      username: 'template.agent@vcc.example',
      name: 'Template Agent',
      email: 'template.agent@vcc.example',
      userAccountConfiguration: { role: 'Agent', ...agentSettings('9001', '+442079460001') },
      // 28 skills: more than one page of 25
      skills: SKILLS.slice(0, 28).map((s, i) => skill(s.name, 1 + (i % 10)))
    },
    {
      userId: stableId('user', 'template.supervisor.voice@vcc.example'),
      username: 'template.supervisor.voice@vcc.example',
      name: 'Template Supervisor (voice)',
      email: 'template.supervisor.voice@vcc.example',
      userAccountConfiguration: { role: 'Supervisor', ...agentSettings('9002', '+442079460002') },
      skills: [skill('Support', 7), skill('Escalations', 6)],
      permissions: supervisorPermissions()
    },
    {
      userId: stableId('user', 'template.supervisor@vcc.example'),
      username: 'template.supervisor@vcc.example',
      name: 'Template Supervisor',
      email: 'template.supervisor@vcc.example',
      userAccountConfiguration: { role: 'Supervisor', actAsAgent: false },
      permissions: supervisorPermissions()
    }
  ];
}

/** The templates, then a few hundred existing users with agent IDs from 1000 upwards. */
export function vccDemoData(): SimulatorData {
  const random = seededRandom(7);
  const users: SimulatorUser[] = templates();
  let agentId = 1000;
  for (let i = 0; i < 320; i++) {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const username = `${first}.${last}.${i}@vcc.example`.toLowerCase();
    const supervisor = i % 40 === 39;
    agentId += random() < 0.15 ? 2 : 1;
    const phone = `+4420794${String(61000 + i).padStart(5, '0')}`;
    users.push({
      userId: stableId('user', username),
      username,
      name: `${first} ${last}`,
      email: username,
      active: random() > 0.08,
      userAccountConfiguration: supervisor
        ? { role: 'Supervisor', actAsAgent: false }
        : { role: 'Agent', ...agentSettings(String(agentId), phone) },
      skills: supervisor
        ? undefined
        : [skill(random() < 0.5 ? 'Sales' : 'Support', 1 + Math.floor(random() * 5))]
    });
  }
  for (const known of IN_VCC_ALREADY) {
    users.push({
      userId: stableId('user', known.username),
      username: known.username,
      name: known.name,
      email: known.username,
      userAccountConfiguration: { role: 'Agent', ...agentSettings(known.agentId, '+442079469999') }
    });
  }
  return { users, skills: SKILLS, groups: demoGroups(users) };
}

/** Group memberships: the teams hold hundreds of users (many pages of 25); every regional pool 35. */
function demoGroups(users: SimulatorUser[]): SimulatorData['groups'] {
  const member = (picks: (user: SimulatorUser, index: number) => boolean): string[] =>
    users.filter(picks).map((user) => user.userId!);
  return [
    { ...GROUPS[0], users: member((_user, i) => i === 0 || (i > 2 && i % 3 === 0)) },
    { ...GROUPS[1], users: member((_user, i) => i === 1 || (i > 2 && i % 3 === 1)) },
    { ...GROUPS[2], users: member((_user, i) => i === 0 || (i > 2 && i % 2 === 0)) },
    { ...GROUPS[3], users: member((_user, i) => i > 2 && i % 2 === 1) },
    { ...GROUPS[4], users: member((user) => user.userAccountConfiguration.role === 'Supervisor') },
    { ...GROUPS[5], users: member((_user, i) => i > 2 && i % 10 === 0) },
    ...GROUPS.slice(6).map((pool, p) => ({
      ...pool,
      users: member((_user, i) => i > 2 && (i + p) % 9 === 0).slice(0, 35)
    }))
  ];
}
