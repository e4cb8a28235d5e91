/**
 * The tab's server side at 10,000 users (part of npm run bench): getViewPage on a 10,000-user view of the demo org
 * with the VCC simulator (the first page, which checks the whole view, then pages, sorts and searches, which reuse
 * the checks), and getJobPage on a 10,000-result job (the poll's size in bytes and its time). Goals: a page in
 * well under 300 ms, a poll of 50 results under 20 KB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resultMessage, type CreationResult, type CreationStatus, type ResultCode } from '../../src/core';
import { DemoOrg, type DemoOrgData, type DemoUser } from '../../src/service/DemoOrg';
import { VccUserCreationService } from '../../src/service/VccUserCreationService';
import { seededRandom } from '../../src/vcc/simulator/data';
import { clientFor, startTestSimulator } from '../../src/vcc/testing';

const USERS = 10_000;
const TEMPLATE = 'template.agent@vcc.example';

function bigOrgData(): DemoOrgData {
  const next = seededRandom(11);
  const users: DemoUser[] = [];
  for (let i = 0; i < USERS; i++) {
    users.push({
      id: `005${String(i).padStart(15, '0')}`,
      name: `${['Ava', 'Ben', 'Chloe', 'Daniel', 'Emma'][i % 5]} User${i}`,
      username: `user${i}@northwind.example`,
      email: `user${i}@northwind.example`,
      phone: next() < 0.05 ? null : `+44 20 7946 ${String(i % 10000).padStart(4, '0')}`,
      agentId: next() < 0.5 ? null : String(10_000 + i),
      callCenterId: next() < 0.1 ? null : '04v000000000001AAA',
      isActive: next() > 0.02,
      licenseName: 'Salesforce',
      team: 'Big'
    });
  }
  return {
    users,
    callCenters: [{ id: '04v000000000001AAA', name: 'Vonage Contact Center' }],
    listViews: [{ id: '00B000000000001AAA', label: 'Big', developerName: 'Big', filter: { team: 'Big' } }]
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A 10,000-user job half done, its results saved as a run saves them (in the state directory's jsonl). */
async function halfDoneJob(org: DemoOrg): Promise<string> {
  const userIds = Array.from({ length: USERS }, (_, i) => `005${String(i).padStart(15, '0')}`);
  const jobId = await org.createJob({
    status: 'Running',
    templateUsername: TEMPLATE,
    userIds,
    total: USERS,
    createdAt: new Date().toISOString(),
    attempted: [],
    error: null,
    listViewId: '00B000000000001AAA',
    listViewLabel: 'Big',
    startedAt: new Date().toISOString()
  });
  const codes: [CreationStatus, ResultCode][] = [
    ['Created', 'CREATED'],
    ['Failed', 'PHONE_MISSING'],
    ['Skipped', 'SKIPPED'],
    ['AlreadyLinked', 'ALREADY_LINKED']
  ];
  for (let start = 0; start < USERS / 2; start += 40) {
    const chunk: CreationResult[] = userIds.slice(start, start + 40).map((userId, i) => {
      const [status, code] = codes[(start + i) % 7 === 0 ? 1 + ((start + i) % 3) : 0];
      const username = `user${start + i}@northwind.example`;
      return {
        userId,
        username,
        status,
        code,
        message: resultMessage(code, { username, agentId: String(start + i), issueCodes: ['EMAIL_MISSING'] }),
        agentId: String(10_000 + start + i),
        vccUserId: status === 'Created' ? `u-${start + i}-0000-0000-0000` : null
      };
    });
    await org.saveResults(jobId, chunk);
  }
  return jobId;
}

export async function benchPages(runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vcc-bench-pages-'));
  const sim = await startTestSimulator();
  try {
    const dataFile = path.join(dir, 'org.json');
    writeFileSync(dataFile, JSON.stringify(bigOrgData()));
    const org = DemoOrg.load(dataFile, dir, () => undefined);
    const service = new VccUserCreationService(org, clientFor(sim));
    const listViewId = '00B000000000001AAA';
    const first = await timed(() => service.getViewPage({ listViewId, templateUsername: TEMPLATE }));
    const queries = [
      { offset: 5000 },
      { sortBy: 'agentId' as const, sortDir: 'desc' as const },
      { sortBy: 'issues' as const, onlyIssues: true },
      { search: 'user99' },
      { sortBy: 'phone' as const, offset: 9950, pageSize: 200 }
    ];
    const pageTimes: number[] = [];
    let pageBytes = 0;
    for (let run = 0; run < runs; run++) {
      for (const query of queries) {
        const { ms, value } = await timed(() =>
          service.getViewPage({ listViewId, templateUsername: TEMPLATE, query })
        );
        pageTimes.push(ms);
        pageBytes = Math.max(pageBytes, JSON.stringify(value).length);
      }
    }

    const jobId = await halfDoneJob(org);
    const pollTimes: number[] = [];
    let pollBytes = 0;
    let version = '';
    for (let run = 0; run < runs; run++) {
      const { ms, value } = await timed(() =>
        service.getJobPage({ jobId, query: { after: 4950, limit: 50 } })
      );
      pollTimes.push(ms);
      pollBytes = JSON.stringify(value).length;
      version = value.version;
    }
    const unchanged = await service.getJobPage({ jobId, query: { after: 5000, limit: 50, since: version } });
    const reopen = await timed(() => service.getJobPage({ jobId, query: { limit: 200 } }));

    console.log(
      `pages benchmark: ${USERS.toLocaleString('en')}-user view and job, demo org, median of ${runs} runs`
    );
    console.log(`  getViewPage first page (checks the whole view)  ${first.ms.toFixed(1).padStart(8)} ms`);
    console.log(
      `  getViewPage page/sort/search (checks reused)    ${median(pageTimes).toFixed(1).padStart(8)} ms median, ` +
        `${Math.max(...pageTimes).toFixed(1)} ms max, largest answer ${(pageBytes / 1024).toFixed(1)} KB ` +
        `(goal: well under 300 ms: ${Math.max(...pageTimes) < 300 ? 'yes' : 'NO'})`
    );
    console.log(
      `  getJobPage poll, 50 results of 10,000           ${median(pollTimes).toFixed(1).padStart(8)} ms, ` +
        `${(pollBytes / 1024).toFixed(1)} KB (goal under 20 KB: ${pollBytes < 20 * 1024 ? 'yes' : 'NO'}); ` +
        `unchanged ${(JSON.stringify(unchanged).length / 1024).toFixed(1)} KB`
    );
    console.log(
      `  getJobPage reopen, first 200 results            ${reopen.ms.toFixed(1).padStart(8)} ms, ` +
        `${(JSON.stringify(reopen.value).length / 1024).toFixed(1)} KB`
    );
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchPages(Number(process.env.BENCH_RUNS ?? 7));
}
