/**
 * The demo org the product ships (data/org-demo.json): users in teams, call centers and User list views.
 * Deterministic: the same call always gives the same data.
 */
import type { DemoListView, DemoOrgData, DemoUser } from '../service/DemoOrg';
import { recordId } from '../service/salesforceIds';
import { seededRandom } from '../vcc/simulator/data';
import { FIRST, IN_VCC_ALREADY, LAST } from './names';
import { readinessDemoData } from './readinessDemo';

const CALL_CENTERS = [
  { id: recordId('04v', 1), name: 'Vonage Contact Center' },
  { id: recordId('04v', 2), name: 'Vonage Contact Center NAM' }
];

type NewUser = Partial<DemoUser> & { team: string; name: string; username: string };

/** The org's users as they are added, numbered in order, and the seeded names they draw. */
class DemoUsers {
  readonly all: DemoUser[] = [];
  private readonly random = seededRandom(11);

  /** Adds a user with the defaults of a ready Salesforce user (phone, call center, active, licence). */
  add(user: NewUser): DemoUser {
    const n = this.all.length + 1;
    const full: DemoUser = {
      id: recordId('005', n),
      email: user.username,
      phone: `+44 20 7946 ${String(1000 + n).padStart(4, '0')}`,
      agentId: null,
      callCenterId: CALL_CENTERS[0].id,
      isActive: true,
      licenseName: 'Salesforce',
      profileName: 'Standard User',
      ...user
    };
    this.all.push(full);
    return full;
  }

  /** The next drawn person of a team: `name` and `username` numbered `number`. */
  person(i: number, number: number): { name: string; username: string } {
    const first = FIRST[Math.floor(this.random() * FIRST.length)];
    const last = LAST[(i * 7 + Math.floor(this.random() * LAST.length)) % LAST.length];
    return {
      name: `${first} ${last}`,
      username: `${first}.${last}${number}@northwind.example`.toLowerCase()
    };
  }

  /** A number drawn from the same seeded sequence, in [0, 1). */
  draw(): number {
    return this.random();
  }
}

/** The five users of the help page's example. */
function seedUsers(users: DemoUsers): DemoUser[] {
  return [
    users.add({ team: 'Seed', name: 'Ava Patel', username: 'ava.patel@northwind.example', agentId: '2001' }),
    users.add({
      team: 'Seed',
      name: 'Ben Carter',
      username: 'ben.carter@northwind.example',
      agentId: '2002',
      phone: null
    }),
    users.add({
      team: 'Seed',
      name: 'Chloe Nguyen',
      username: 'chloe.nguyen@northwind.example',
      agentId: '2003'
    }),
    users.add({ team: 'Seed', name: 'Daniel Okafor', username: IN_VCC_ALREADY[0].username, agentId: '2004' }),
    users.add({ team: 'Seed', name: 'Emma Rossi', username: 'emma.rossi@northwind.example', agentId: '2005' })
  ];
}

/** Support London: agents with IDs from 3000, and most of the problems of the help page. */
function supportLondon(users: DemoUsers): void {
  const support: DemoUser[] = [];
  for (let i = 0; i < 60; i++) {
    const { name, username } = users.person(i, i);
    support.push(
      users.add({
        team: 'Support London',
        name,
        username,
        agentId: String(3000 + i),
        phone: i % 17 === 5 ? null : i % 23 === 7 ? '12345' : `+44 20 7946 ${String(3000 + i)}`,
        callCenterId: i % 13 === 3 ? null : CALL_CENTERS[0].id,
        isActive: i % 29 !== 11,
        licenseName: i % 19 === 4 ? 'Salesforce Platform' : 'Salesforce'
      })
    );
  }
  support[20].agentId = support[21].agentId; // the same ID twice in the view
  support[30].agentId = '1005'; // an ID a VCC user already has
  support[40].username = IN_VCC_ALREADY[1].username; // a username VCC already has
  support[40].name = IN_VCC_ALREADY[1].name;
  support[45].username = "sean.o'brien@northwind.example"; // a character VCC does not accept
  support[45].name = "Sean O'Brien";
}

/** Sales (no agent IDs yet), New Starters (no call center, some without a phone) and Supervisors. */
function otherTeams(users: DemoUsers): void {
  // Sales: no agent IDs yet (Generate Agent IDs), a few Platform licences.
  for (let i = 0; i < 80; i++) {
    users.add({
      team: 'Sales',
      ...users.person(i, 100 + i),
      licenseName: i % 15 === 2 ? 'Salesforce Platform' : 'Salesforce',
      callCenterId: CALL_CENTERS[i % 2].id
    });
  }
  // New starters: no agent ID, no call center yet, some without a phone.
  for (let i = 0; i < 40; i++) {
    users.add({
      team: 'New Starters',
      ...users.person(i, 200 + i),
      callCenterId: null,
      phone: i % 8 === 3 ? null : `+1 415 555 ${String(1000 + i)}`
    });
  }
  // Supervisors: no voice, no agent IDs needed with template.supervisor@vcc.example.
  for (let i = 0; i < 12; i++) {
    users.add({ team: 'Supervisors', ...users.person(i, 300 + i), profileName: 'Supervisor' });
  }
}

/** Everyone else up to 500: back office, with IDs from 5000 for some, the rest without. */
function backOffice(users: DemoUsers): void {
  while (users.all.length < 500) {
    const i = users.all.length;
    const person = users.person(i, 400 + i);
    users.add({
      team: 'Back Office',
      ...person,
      agentId: users.draw() < 0.5 ? String(5000 + i) : null,
      isActive: users.draw() > 0.05,
      callCenterId: users.draw() < 0.8 ? CALL_CENTERS[1].id : null
    });
  }
}

/** The User list views of the README, "Seed Example" first. */
function listViews(seed: DemoUser[]): DemoListView[] {
  let v = 0;
  const view = (label: string, developerName: string, rest: Partial<DemoListView>): DemoListView => ({
    id: recordId('00B', ++v),
    label,
    developerName,
    ...rest
  });
  return [
    view('Seed Example', 'Seed_Example', { userIds: seed.map((user) => user.id) }),
    view('Support Team - London', 'Support_Team_London', { filter: { team: 'Support London' } }),
    view('Sales Team', 'Sales_Team', { filter: { team: 'Sales' } }),
    view('New Starters', 'New_Starters', { filter: { team: 'New Starters' } }),
    view('Supervisors', 'Supervisors', { filter: { team: 'Supervisors' } }),
    view('All Active Users', 'AllActiveUsers', { filter: { isActive: true } }),
    view('All Users', 'AllUsers', { filter: {} }),
    view('Contractors', 'Contractors', { filter: { profileName: 'Contractor' } })
  ];
}

/**
 * The demo org: about 500 users in teams with the problems real orgs have (no phone, no agent ID, duplicate IDs,
 * an ID or a username VCC already has, inactive users, Platform licences, no call center), and the User list
 * views of the README, among them "Seed Example": the five users of the help page's example.
 */
export function orgDemoData(): DemoOrgData {
  const users = new DemoUsers();
  const seed = seedUsers(users);
  supportLondon(users);
  otherTeams(users);
  backOffice(users);
  const readiness = readinessDemoData(users);
  return { users: users.all, callCenters: CALL_CENTERS, listViews: listViews(seed), readiness };
}
