/**
 * npm run bench: medians of the rules at 10k and 100k users against 1,000,000 agent IDs in use and
 * 200,000 VCC users. Goal: under 1 s each at 100k, and 10x the users costs at most ~12x the time.
 */
import {
  checkUsers,
  generateAgentIds,
  type OrgAgentId,
  type VccUserRef,
  type ViewUser
} from '../../src/core';
import { seededRandom } from '../../src/vcc/simulator/data';
import { benchPages } from './pages';
import { benchReadiness } from './readiness';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const IDS_IN_USE = 1_000_000;
const VCC_USERS = 200_000;

const next = seededRandom(42);
const idText = (): string => {
  const roll = next();
  const n = String(1 + Math.floor(next() * 3_000_000));
  if (roll < 0.02) return 'A' + n;
  return roll < 0.05 ? '00' + n : n;
};

const orgAgentIds: OrgAgentId[] = Array.from({ length: IDS_IN_USE }, (_, i) => ({
  userId: 'org' + i,
  agentId: idText()
}));
const idsInUse = orgAgentIds.map((row) => row.agentId as string);
const vccUsers: VccUserRef[] = Array.from({ length: VCC_USERS }, (_, i) => ({
  username: `vcc.user${i}@example.com`,
  agentId: next() < 0.9 ? idText() : null
}));

function viewUsers(count: number): ViewUser[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 'u' + i,
    name: 'User ' + i,
    username: next() < 0.01 ? `vcc.user${i}@example.com` : `user${i}@example.com`,
    email: `user${i}@example.com`,
    phone: next() < 0.05 ? null : '+44 20 7946 ' + String(i % 10000).padStart(4, '0'),
    agentId: next() < 0.5 ? null : idText(),
    callCenterId: next() < 0.1 ? null : '04v000000000001',
    callCenterName: 'VCC',
    isActive: next() > 0.02,
    licenseName: next() < 0.05 ? 'Salesforce Platform' : 'Salesforce'
  }));
}

function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows: { name: string; users: number; ms: number }[] = [];
for (const count of [10_000, 100_000]) {
  const users = viewUsers(count);
  rows.push({
    name: 'generateAgentIds',
    users: count,
    ms: median(() => generateAgentIds(users, { startingId: 1, idsInUse }))
  });
  rows.push({
    name: 'checkUsers',
    users: count,
    ms: median(() => checkUsers(users, { needsAgentId: true, orgAgentIds, vccUsers }))
  });
}

console.log(
  `rules benchmark: ${IDS_IN_USE.toLocaleString('en')} IDs in use, ${VCC_USERS.toLocaleString('en')} VCC users, ` +
    `median of ${RUNS} runs, node ${process.version}`
);
for (const row of rows) {
  console.log(
    `  ${row.name.padEnd(17)} ${String(row.users).padStart(7)} users  ${row.ms.toFixed(1).padStart(8)} ms`
  );
}
let ok = true;
for (const name of ['generateAgentIds', 'checkUsers']) {
  const small = rows.find((row) => row.name === name && row.users === 10_000)!;
  const large = rows.find((row) => row.name === name && row.users === 100_000)!;
  const ratio = large.ms / small.ms;
  const meets = large.ms < 1000 && ratio <= 12;
  ok &&= meets;
  console.log(
    `  ${name.padEnd(17)} 100k/10k time ratio ${ratio.toFixed(2)}x (goal <= ~12x), 100k under 1 s: ` +
      `${large.ms < 1000 ? 'yes' : 'NO'}${meets ? '' : '  <- goal missed'}`
  );
}
console.log(ok ? 'goals met' : 'goals missed');
void benchReadiness(RUNS).then(() => benchPages(RUNS));
