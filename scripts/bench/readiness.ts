/**
 * Readiness of a 10,000-user view (part of npm run bench): the time of ReadinessService.checkReadiness on the
 * demo org, and the number of queries it costs there and through JsforceReadiness (queries counted, not sent).
 * Goal: a handful of queries whatever the number of users, and under 1 s in TypeScript.
 */
import { TASK_FIELD_ACCESS } from '../../src/core';
import { DemoOrg, type DemoUser } from '../../src/service/DemoOrg';
import type { OrgGateway } from '../../src/service/OrgGateway';
import { JsforceReadiness } from '../../src/service/jsforceReadiness';
import type { ReadinessGateway } from '../../src/service/readinessGateway';
import { ReadinessService } from '../../src/service/readinessService';
import { seededRandom } from '../../src/vcc/simulator/data';

const USERS = 10_000;
const ALL_FIELDS = Object.fromEntries(TASK_FIELD_ACCESS.map(({ field, access }) => [field, access]));

function bigOrg(): DemoOrg {
  const next = seededRandom(7);
  const users: DemoUser[] = [];
  const assignments: Record<string, string[]> = {};
  for (let i = 0; i < USERS; i++) {
    const id = `005${String(i).padStart(15, '0')}`;
    users.push({
      id,
      name: `User ${i}`,
      username: `user${i}@example.com`,
      phone: next() < 0.05 ? null : `+44 20 7946 ${String(i % 10000).padStart(4, '0')}`,
      callCenterId: next() < 0.1 ? null : '04v000000000001AAA',
      isActive: next() > 0.02,
      licenseName: next() < 0.05 ? 'Salesforce Platform' : 'Salesforce',
      profileName: 'Standard User'
    });
    assignments[id] = [next() < 0.8 ? 'PS1' : 'PS9', ...(next() < 0.7 ? ['PS2'] : [])];
  }
  return new DemoOrg({
    users,
    callCenters: [{ id: '04v000000000001AAA', name: 'VCC' }],
    listViews: [{ id: '00B000000000001AAA', label: 'Big', developerName: 'Big', filter: {} }],
    readiness: {
      permissionSets: [
        { id: 'PS1', name: 'NVMContactWorld__ContactWorld_Agent' },
        { id: 'PS2', name: 'VCC_Task_Field_Access', taskFields: ALL_FIELDS },
        ...Array.from({ length: 200 }, (_, i) => ({
          id: `PS${i + 9}`,
          name: `Other_${i}`,
          taskFields: { Subject: 'edit' as const }
        }))
      ],
      profiles: [{ name: 'Standard User', taskFields: { CallType: 'read' } }],
      assignments
    }
  });
}

/** Counts the calls the service makes to the org and its readiness gateway. */
function counted(org: DemoOrg): { org: OrgGateway; calls: () => number } {
  let calls = 0;
  const gateway = org.readiness();
  const wrapped: OrgGateway = Object.create(org) as OrgGateway;
  wrapped.getViewUsers = async (id) => (calls++, org.getViewUsers(id));
  const countedGateway: ReadinessGateway = Object.create(gateway) as ReadinessGateway;
  countedGateway.readPermissionFacts = async (ids) => (calls++, gateway.readPermissionFacts(ids));
  wrapped.readiness = () => countedGateway;
  return { org: wrapped, calls: () => calls };
}

export async function benchReadiness(runs: number): Promise<boolean> {
  const { org, calls } = counted(bigOrg());
  const service = new ReadinessService(org);
  const times: number[] = [];
  let notReady = 0;
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    notReady = (await service.checkReadiness({ listViewId: 'Big' })).notReady;
    if (i > 0) {
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  const demoCalls = calls() / (runs + 1);
  const soql: string[] = [];
  const real = new JsforceReadiness({} as never, {
    query: async (text) => (soql.push(text), []),
    call: (work) => work()
  });
  await real.readPermissionFacts(
    Array.from({ length: USERS }, (_, i) => `005${String(i).padStart(15, '0')}`)
  );
  const ok = ms < 1000 && soql.length <= 5;
  console.log(
    `readiness benchmark: a ${USERS.toLocaleString('en')}-user view (${notReady} not ready), median of ${runs} runs\n` +
      `  checkReadiness on the demo org ${ms.toFixed(1).padStart(8)} ms, ${demoCalls} org reads ` +
      `(view + permission facts)\n` +
      `  JsforceReadiness: ${soql.length} SOQL queries for ${USERS.toLocaleString('en')} users (goal: a handful, ` +
      `not per user)\n  ${ok ? 'goals met' : 'goals missed'}`
  );
  return ok;
}

if (require.main === module) {
  void benchReadiness(Number(process.env.BENCH_RUNS ?? 7));
}
