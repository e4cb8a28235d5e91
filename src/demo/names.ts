/** The people of the demo data: first and last names, and the users both the org and VCC hold. */

/** Salesforce users that VCC already has under the same username (with another agent ID). */
export const IN_VCC_ALREADY = [
  { username: 'daniel.okafor@northwind.example', name: 'Daniel Okafor', agentId: '1999' },
  { username: 'priya.shah@northwind.example', name: 'Priya Shah', agentId: '1998' }
];

/** First names the generators draw from. */
export const FIRST = [
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
/** Last names the generators draw from. */
export const LAST = [
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
