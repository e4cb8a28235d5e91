/**
 * npm run bench:create [-- --big]: creation measured through the path a user runs: the CLI's setup and the
 * service in this process (the demo org on a file, a creation job followed with getJob), against the VCC
 * simulator in its own process with 100 ms latency and a rate limit. Prints figures; asserts nothing.
 *
 * - at 2.5 and at 10 requests/s (the client's pace equal to VCC's limit): calls per created agent (skills and
 *   groups included), elapsed against the bound (calls / limit), the share of requests answered 429;
 * - a VCC limit at half the client's pace: users ending RATE_LIMITED;
 * - with --big: a 10,000-user view against 100,000 VCC users: checkUsers (first and second call), a job of
 *   BIG_CREATE users, and the process's peak RSS.
 * Sizes: BENCH_USERS_SLOW (40), BENCH_USERS_FAST (150), BENCH_USERS_HALF (60), BIG_VIEW, BIG_VCC, BIG_CREATE;
 * BENCH_ONLY=slow|fast|half runs one scenario.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JobStatus } from '../../src/core';
import { setUp } from '../../src/cli/setup';
import type { DemoOrgData, DemoUser } from '../../src/service/DemoOrg';
import { recordId } from '../../src/service/salesforceIds';
import { vccDemoData } from '../demo-data';

const ROOT = path.resolve(__dirname, '../..');
const TEMPLATE = 'template.agent@vcc.example';
const LATENCY_MS = 100;

interface Scenario {
  name: string;
  users: number;
  /** The client's pace, requests per second. */
  pace: number;
  /** VCC's limit, requests per second. */
  limit: number;
}

interface Simulator {
  url: string;
  stop(): Promise<void>;
}

/** The simulator in its own process, so this process's memory is the CLI's alone. */
function startSimulator(dataFile: string, limit: number): Promise<Simulator> {
  const args = ['--import', 'tsx', 'scripts/vcc-sim.ts', '--port', '0', '--data', dataFile];
  args.push('--rate-limit', String(limit), '--latency', String(LATENCY_MS));
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit']
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /VCC simulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        resolve({
          url: match[1],
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGINT');
            })
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`vcc-sim exited with ${code}: ${out}`)));
  });
}

/** The demo VCC data plus `extra` agents, written one user at a time (no giant string in this process). */
function writeVccData(file: string, extra: number): void {
  const data = vccDemoData();
  const fd = openSync(file, 'w');
  writeSync(fd, `{"skills":${JSON.stringify(data.skills)},"groups":${JSON.stringify(data.groups)},"users":[`);
  data.users.forEach((user, i) => writeSync(fd, (i > 0 ? ',' : '') + JSON.stringify(user)));
  for (let i = 0; i < extra; i++) {
    const username = `tenant.user${i}@vcc.example`;
    const agentConfiguration = {
      agentDisplayId: String(2_000_000 + i),
      telephonyAddress: { telephoneAddress: '+44' }
    };
    const user = {
      username,
      name: `Tenant ${i}`,
      email: username,
      userAccountConfiguration: { role: 'Agent', actAsAgent: true, agentConfiguration }
    };
    writeSync(fd, ',' + JSON.stringify(user));
  }
  writeSync(fd, ']}');
  closeSync(fd);
}

/** A demo org with `count` users who can all be created, in one list view "Bench". */
function writeOrgData(file: string, count: number): void {
  const users: DemoUser[] = Array.from({ length: count }, (_, i) => ({
    id: recordId('005', 10_000 + i),
    name: `Bench User ${i}`,
    username: `bench.user${i}@northwind.example`,
    email: `bench.user${i}@northwind.example`,
    phone: `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
    agentId: String(500_000 + i),
    callCenterId: recordId('04v', 1),
    isActive: true,
    licenseName: 'Salesforce',
    profileName: 'Standard User'
  }));
  const data: DemoOrgData = {
    users,
    callCenters: [{ id: recordId('04v', 1), name: 'Vonage Contact Center' }],
    listViews: [
      { id: recordId('00B', 1), label: 'Bench', developerName: 'Bench', userIds: users.map((u) => u.id) }
    ]
  };
  writeFileSync(file, JSON.stringify(data));
}

/** The peak RSS while `run` runs, sampled every 100 ms. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const value = await run();
    return { value, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

async function followJob(
  service: Awaited<ReturnType<typeof setUp>>['service'],
  jobId: string
): Promise<JobStatus> {
  for (;;) {
    const status = await service.getJob({ jobId });
    if (status.status !== 'Queued' && status.status !== 'Running') {
      return status;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One creation job through the setup and the service; its figures. */
async function runScenario(scenario: Scenario, vccData: string, viewUsers = scenario.users): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-create-'));
  writeOrgData(path.join(dir, 'org.json'), viewUsers);
  const sim = await startSimulator(vccData, scenario.limit);
  const setup = await setUp({
    orgData: path.join(dir, 'org.json'),
    stateDir: path.join(dir, 'state'),
    vccUrl: sim.url,
    clientId: 'demo-client',
    clientSecret: 'demo-secret',
    rate: scenario.pace
  });
  try {
    const listViewId = recordId('00B', 1);
    const userIds = (await setup.service.getViewUsers({ listViewId }))
      .slice(0, scenario.users)
      .map((u) => u.id);
    const started = performance.now();
    const { value: job, peakMb } = await withPeakRss(async () => {
      const { jobId } = await setup.service.createUsers({ templateUsername: TEMPLATE, userIds, listViewId });
      return followJob(setup.service, jobId);
    });
    report(scenario, job, (performance.now() - started) / 1000, setup.vcc.stats, peakMb);
  } finally {
    await setup.close();
    await sim.stop();
  }
}

function report(
  scenario: Scenario,
  job: JobStatus,
  seconds: number,
  stats: { calls: number; rateLimited: number },
  peakMb: number
): void {
  const bound = stats.calls / scenario.limit;
  const rateLimitedUsers = job.results.filter((result) => result.code === 'RATE_LIMITED').length;
  console.log(
    `${scenario.name}: ${scenario.users} users, pace ${scenario.pace}/s, VCC limit ${scenario.limit}/s`
  );
  console.log(
    `  job                      ${job.status}, ${job.created} created, ${job.failed} failed (${seconds.toFixed(1)} s)`
  );
  console.log(
    `  calls per created agent  ${(stats.calls / Math.max(1, job.created)).toFixed(2)} (${stats.calls} calls, tokens and reads included)`
  );
  console.log(
    `  elapsed / bound          ${(seconds / bound).toFixed(3)} (bound ${bound.toFixed(1)} s = calls / limit)`
  );
  console.log(
    `  429 share                ${((100 * stats.rateLimited) / Math.max(1, stats.calls)).toFixed(2)}% (${stats.rateLimited})`
  );
  console.log(`  users RATE_LIMITED       ${rateLimitedUsers}`);
  console.log(`  peak RSS                 ${peakMb.toFixed(0)} MB`);
}

/** A 10,000-user view against 100,000 VCC users: checkUsers twice, a small job, the peak RSS. */
async function big(dir: string): Promise<void> {
  const viewSize = Number(process.env.BIG_VIEW ?? 10_000);
  const vccSize = Number(process.env.BIG_VCC ?? 100_000);
  const vccData = path.join(dir, 'vcc-big.json');
  writeVccData(vccData, vccSize);
  writeOrgData(path.join(dir, 'org-big.json'), viewSize);
  const sim = await startSimulator(vccData, 0);
  const setup = await setUp({
    orgData: path.join(dir, 'org-big.json'),
    stateDir: path.join(dir, 'big-state'),
    vccUrl: sim.url,
    rate: 0
  });
  try {
    const listViewId = recordId('00B', 1);
    const { peakMb } = await withPeakRss(async () => {
      for (const round of ['first', 'second']) {
        const started = performance.now();
        const checks = await setup.service.checkUsers({ templateUsername: TEMPLATE, listViewId });
        console.log(
          `big: checkUsers (${round}) ${checks.length} users in ${((performance.now() - started) / 1000).toFixed(2)} s`
        );
      }
      const userIds = (await setup.service.getViewUsers({ listViewId }))
        .slice(0, Number(process.env.BIG_CREATE ?? 100))
        .map((u) => u.id);
      const started = performance.now();
      const { jobId } = await setup.service.createUsers({ templateUsername: TEMPLATE, userIds, listViewId });
      const job = await followJob(setup.service, jobId);
      console.log(
        `big: job of ${userIds.length}: ${job.created} created in ${((performance.now() - started) / 1000).toFixed(1)} s`
      );
    });
    console.log(
      `big: ${viewSize}-user view against ${vccSize + vccDemoData().users.length} VCC users: peak RSS ${peakMb.toFixed(0)} MB`
    );
  } finally {
    await setup.close();
    await sim.stop();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-create-'));
  const vccData = path.join(dir, 'vcc.json');
  writeVccData(vccData, 0);
  console.log(
    `create benchmark: simulator with ${LATENCY_MS} ms latency in its own process, node ${process.version}`
  );
  if (process.argv.includes('--big')) {
    await big(dir);
    return;
  }
  const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
  const scenarios: Scenario[] = [
    { name: 'slow', users: env('BENCH_USERS_SLOW', 40), pace: 2.5, limit: 2.5 },
    { name: 'fast', users: env('BENCH_USERS_FAST', 150), pace: 10, limit: 10 },
    { name: 'half', users: env('BENCH_USERS_HALF', 60), pace: 10, limit: 5 }
  ];
  for (const scenario of scenarios.filter(
    (s) => !process.env.BENCH_ONLY || s.name === process.env.BENCH_ONLY
  )) {
    await runScenario(scenario, vccData);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
