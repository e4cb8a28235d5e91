/**
 * npm run demo-data: writes the shipped demo data, data/vcc-demo.json (the VCC simulator's users, skills and
 * groups). Deterministic: the same script always writes the same files, and a test checks they are current.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/vcc/simulator/data';
import { stableId, type SimulatorData, type SimulatorUser } from '../src/vcc/simulator/store';

const DATA_DIR = path.resolve(__dirname, '../data');
export const VCC_DEMO_FILE = path.join(DATA_DIR, 'vcc-demo.json');

const FIRST = [
  'Olivia',
  'Liam',
  'Noah',
  'Amelia',
  'Isla',
  'Leo',
  'Mia',
  'Oscar',
  'Freya',
  'Arthur',
  'Sofia',
  'Theo',
  'Grace',
  'Jack',
  'Lily',
  'Harry',
  'Ella',
  'Muhammad',
  'Ivy',
  'George',
  'Aria',
  'Luca',
  'Zara',
  'Ethan',
  'Nora'
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Wright',
  'Khan',
  'Walker',
  'Evans',
  'Green',
  'Hughes',
  'Murphy',
  'Kaur',
  'Edwards',
  'Hall',
  'Lewis',
  'Clarke',
  'Singh'
];

export const SKILLS = [
  'Sales',
  'Support',
  'Billing',
  'Spanish',
  'French',
  'Technical',
  'VIP',
  'Escalations'
].map((name) => ({ skillId: stableId('skill', name), name }));
export const GROUPS = ['Sales Team', 'Support Team', 'EMEA', 'NAM', 'Supervisors', 'Night Shift'].map(
  (name) => ({
    groupId: stableId('group', name),
    name
  })
);
const skill = (name: string, level: number): { skillId: string; agentSkillLevel: number } => ({
  skillId: SKILLS.find((s) => s.name === name)!.skillId,
  agentSkillLevel: level
});
const REGION = stableId('region', 'EMEA London');

function agentConfiguration(
  agentId: string,
  phone: string
): NonNullable<SimulatorUser['userAccountConfiguration']['actAsAgent']> {
  return {
    agentConfiguration: {
      agentDisplayId: agentId,
      webrtc: true,
      location: 'Remote',
      capacity: { isAgentLevel: true, live: 1, nonLive: 3, semiLive: 2 },
      telephonyAddress: {
        telephoneAddress: phone,
        telephonyExtension: null,
        outboundTelephonyRegion: REGION,
        nationalDisplay: false,
        virtualLocation: null,
        selectedCallbackNumberId: null
      }
    }
  };
}

/** The three templates of the README, then a few hundred existing users with agent IDs from 1000 upwards. */
export function vccDemoData(): SimulatorData {
  const templates: SimulatorUser[] = [
    {
      userId: stableId('user', 'template.agent@vcc.example'),
      username: 'template.agent@vcc.example',
      name: 'Template Agent',
      email: 'template.agent@vcc.example',
      userAccountConfiguration: {
        role: 'Agent',
        country: 'GB',
        language: 'en-GB',
        timeZone: 'Europe/London',
        actAsAgent: agentConfiguration('9001', '+442079460001')
      },
      skills: [skill('Sales', 5), skill('Support', 3), skill('Spanish', 2)]
    },
    {
      userId: stableId('user', 'template.supervisor.voice@vcc.example'),
      username: 'template.supervisor.voice@vcc.example',
      name: 'Template Supervisor (voice)',
      email: 'template.supervisor.voice@vcc.example',
      userAccountConfiguration: {
        role: 'Supervisor',
        country: 'GB',
        language: 'en-GB',
        timeZone: 'Europe/London',
        actAsAgent: agentConfiguration('9002', '+442079460002')
      },
      skills: [skill('Support', 7), skill('Escalations', 6)]
    },
    {
      userId: stableId('user', 'template.supervisor@vcc.example'),
      username: 'template.supervisor@vcc.example',
      name: 'Template Supervisor',
      email: 'template.supervisor@vcc.example',
      userAccountConfiguration: {
        role: 'Supervisor',
        country: 'GB',
        language: 'en-GB',
        timeZone: 'Europe/London'
      }
    }
  ];
  const random = seededRandom(7);
  const users: SimulatorUser[] = [...templates];
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
        ? { role: 'Supervisor', country: 'GB' }
        : { role: 'Agent', country: 'GB', actAsAgent: agentConfiguration(String(agentId), phone) },
      skills: supervisor
        ? undefined
        : [skill(random() < 0.5 ? 'Sales' : 'Support', 1 + Math.floor(random() * 5))]
    });
  }
  const member = (picks: (user: SimulatorUser, index: number) => boolean): string[] =>
    users.filter(picks).map((user) => user.userId!);
  return {
    users,
    skills: SKILLS,
    groups: [
      { ...GROUPS[0], users: member((_user, i) => i === 0 || (i > 2 && i % 3 === 0)) },
      { ...GROUPS[1], users: member((_user, i) => i === 1 || (i > 2 && i % 3 === 1)) },
      { ...GROUPS[2], users: member((_user, i) => i === 0 || (i > 2 && i % 2 === 0)) },
      { ...GROUPS[3], users: member((_user, i) => i > 2 && i % 2 === 1) },
      { ...GROUPS[4], users: member((user) => user.userAccountConfiguration.role === 'Supervisor') },
      { ...GROUPS[5], users: member((_user, i) => i > 2 && i % 10 === 0) }
    ]
  };
}

export function demoFiles(): { file: string; text: string }[] {
  return [{ file: VCC_DEMO_FILE, text: JSON.stringify(vccDemoData(), null, 2) + '\n' }];
}

if (require.main === module) {
  for (const { file, text } of demoFiles()) {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
  }
}
