/**
 * npm run demo-data: writes the shipped demo data, data/vcc-demo.json (the VCC simulator's users, skills and
 * groups). Deterministic: the same script always writes the same files, and a test checks they are current.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../src/vcc/simulator/data';
import type { DemoListView, DemoOrgData, DemoUser } from '../src/service/DemoOrg';
import { recordId } from '../src/service/salesforceIds';
import { stableId, type SimulatorData, type SimulatorUser } from '../src/vcc/simulator/store';

const DATA_DIR = path.resolve(__dirname, '../data');
export const VCC_DEMO_FILE = path.join(DATA_DIR, 'vcc-demo.json');
export const ORG_DEMO_FILE = path.join(DATA_DIR, 'org-demo.json');

/** Salesforce users that VCC already has under the same username (with another agent ID). */
const IN_VCC_ALREADY = [
  { username: 'daniel.okafor@northwind.example', name: 'Daniel Okafor', agentId: '1999' },
  { username: 'priya.shah@northwind.example', name: 'Priya Shah', agentId: '1998' }
];

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
  for (const known of IN_VCC_ALREADY) {
    users.push({
      userId: stableId('user', known.username),
      username: known.username,
      name: known.name,
      email: known.username,
      userAccountConfiguration: {
        role: 'Agent',
        country: 'GB',
        actAsAgent: agentConfiguration(known.agentId, '+442079469999')
      }
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

const CALL_CENTERS = [
  { id: recordId('04v', 1), name: 'Vonage Contact Center' },
  { id: recordId('04v', 2), name: 'Vonage Contact Center NAM' }
];

/**
 * The demo org: about 500 users in teams with the problems real orgs have (no phone, no agent ID, duplicate IDs,
 * an ID or a username VCC already has, inactive users, Platform licences, no call center), and the User list
 * views of the README, among them "Seed Example": the five users of the help page's example.
 */
export function orgDemoData(): DemoOrgData {
  const random = seededRandom(11);
  const users: DemoUser[] = [];
  let n = 0;
  const add = (user: Partial<DemoUser> & { team: string; name: string; username: string }): DemoUser => {
    const full: DemoUser = {
      id: recordId('005', ++n),
      email: user.username,
      phone: `+44 20 7946 ${String(1000 + n).padStart(4, '0')}`,
      agentId: null,
      callCenterId: CALL_CENTERS[0].id,
      isActive: true,
      licenseName: 'Salesforce',
      profileName: 'Standard User',
      ...user
    };
    users.push(full);
    return full;
  };

  const seed = [
    add({ team: 'Seed', name: 'Ava Patel', username: 'ava.patel@northwind.example', agentId: '2001' }),
    add({
      team: 'Seed',
      name: 'Ben Carter',
      username: 'ben.carter@northwind.example',
      agentId: '2002',
      phone: null
    }),
    add({ team: 'Seed', name: 'Chloe Nguyen', username: 'chloe.nguyen@northwind.example', agentId: '2003' }),
    add({ team: 'Seed', name: 'Daniel Okafor', username: IN_VCC_ALREADY[0].username, agentId: '2004' }),
    add({ team: 'Seed', name: 'Emma Rossi', username: 'emma.rossi@northwind.example', agentId: '2005' })
  ];

  const person = (i: number): { first: string; last: string } => ({
    first: FIRST[Math.floor(random() * FIRST.length)],
    last: LAST[(i * 7 + Math.floor(random() * LAST.length)) % LAST.length]
  });
  const username = (first: string, last: string, i: number): string =>
    `${first}.${last}${i}@northwind.example`.toLowerCase();

  // Support London: agents with IDs from 3000, and most of the problems of the help page.
  for (let i = 0; i < 60; i++) {
    const { first, last } = person(i);
    add({
      team: 'Support London',
      name: `${first} ${last}`,
      username: username(first, last, i),
      agentId: String(3000 + i),
      phone: i % 17 === 5 ? null : i % 23 === 7 ? '12345' : `+44 20 7946 ${String(3000 + i)}`,
      callCenterId: i % 13 === 3 ? null : CALL_CENTERS[0].id,
      isActive: i % 29 !== 11,
      licenseName: i % 19 === 4 ? 'Salesforce Platform' : 'Salesforce'
    });
  }
  const support = users.filter((user) => user.team === 'Support London');
  support[20].agentId = support[21].agentId; // the same ID twice in the view
  support[30].agentId = '1005'; // an ID a VCC user already has
  support[40].username = IN_VCC_ALREADY[1].username; // a username VCC already has
  support[40].name = IN_VCC_ALREADY[1].name;
  support[45].username = "sean.o'brien@northwind.example"; // a character VCC does not accept
  support[45].name = "Sean O'Brien";

  // Sales: no agent IDs yet (Generate Agent IDs), a few Platform licences.
  for (let i = 0; i < 80; i++) {
    const { first, last } = person(i);
    add({
      team: 'Sales',
      name: `${first} ${last}`,
      username: username(first, last, 100 + i),
      licenseName: i % 15 === 2 ? 'Salesforce Platform' : 'Salesforce',
      callCenterId: CALL_CENTERS[i % 2].id
    });
  }
  // New starters: no agent ID, no call center yet, some without a phone.
  for (let i = 0; i < 40; i++) {
    const { first, last } = person(i);
    add({
      team: 'New Starters',
      name: `${first} ${last}`,
      username: username(first, last, 200 + i),
      callCenterId: null,
      phone: i % 8 === 3 ? null : `+1 415 555 ${String(1000 + i)}`
    });
  }
  // Supervisors: no voice, no agent IDs needed with template.supervisor@vcc.example.
  for (let i = 0; i < 12; i++) {
    const { first, last } = person(i);
    add({
      team: 'Supervisors',
      name: `${first} ${last}`,
      username: username(first, last, 300 + i),
      profileName: 'Supervisor'
    });
  }
  // Everyone else: back office, with IDs from 5000 for some, the rest without.
  while (users.length < 500) {
    const i = users.length;
    const { first, last } = person(i);
    add({
      team: 'Back Office',
      name: `${first} ${last}`,
      username: username(first, last, 400 + i),
      agentId: random() < 0.5 ? String(5000 + i) : null,
      isActive: random() > 0.05,
      callCenterId: random() < 0.8 ? CALL_CENTERS[1].id : null
    });
  }

  let v = 0;
  const view = (label: string, developerName: string, rest: Partial<DemoListView>): DemoListView => ({
    id: recordId('00B', ++v),
    label,
    developerName,
    ...rest
  });
  return {
    users,
    callCenters: CALL_CENTERS,
    listViews: [
      view('Seed Example', 'Seed_Example', { userIds: seed.map((user) => user.id) }),
      view('Support Team - London', 'Support_Team_London', { filter: { team: 'Support London' } }),
      view('Sales Team', 'Sales_Team', { filter: { team: 'Sales' } }),
      view('New Starters', 'New_Starters', { filter: { team: 'New Starters' } }),
      view('Supervisors', 'Supervisors', { filter: { team: 'Supervisors' } }),
      view('All Active Users', 'AllActiveUsers', { filter: { isActive: true } }),
      view('All Users', 'AllUsers', { filter: {} }),
      view('Contractors', 'Contractors', { filter: { profileName: 'Contractor' } })
    ]
  };
}

export function demoFiles(): { file: string; text: string }[] {
  return [
    { file: VCC_DEMO_FILE, text: JSON.stringify(vccDemoData(), null, 2) + '\n' },
    { file: ORG_DEMO_FILE, text: JSON.stringify(orgDemoData(), null, 2) + '\n' }
  ];
}

if (require.main === module) {
  for (const { file, text } of demoFiles()) {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)} (${text.length} bytes)`);
  }
}
