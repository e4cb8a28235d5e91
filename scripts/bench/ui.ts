/**
 * npm run bench:ui: the tab in Chromium against npm start's app.
 *   1. choosing a 2,000-user view until its table and issues are shown (goal < 1.5 s);
 *   2. Create until the last result, for 500 users, against the simulator at 50 requests/s (goal within 1.2x of
 *      the rate-limit bound: 2 calls a user / 50 per second).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DemoOrgData, DemoUser } from '../../src/service/DemoOrg';
import { launchBrowser } from '../preview/browser';
import { startApp } from '../start';

const RATE = 50;
const BIG = 2000;
const CREATE = 500;

function orgData(): DemoOrgData {
  const user = (prefix: string, i: number, agentId: number | null): DemoUser => ({
    id: `005${prefix}${String(i).padStart(10, '0')}`,
    name: `${prefix} User ${i}`,
    username: `${prefix.toLowerCase()}.user${i}@northwind.example`,
    email: `${prefix.toLowerCase()}.user${i}@northwind.example`,
    phone: i % 37 === 5 ? null : `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
    agentId: agentId === null ? null : String(agentId),
    callCenterId: i % 11 === 3 ? null : '04v000000000001AAA',
    isActive: i % 53 !== 7,
    licenseName: i % 29 === 4 ? 'Salesforce Platform' : 'Salesforce'
  });
  const big = Array.from({ length: BIG }, (_, i) => user('BIG', i, i % 2 === 0 ? 300_000 + i : null));
  const create = Array.from({ length: CREATE }, (_, i) => ({
    ...user('NEW', i, 400_000 + i),
    phone: `+44 20 7946 ${String(i).padStart(4, '0')}`,
    callCenterId: '04v000000000001AAA',
    isActive: true,
    licenseName: 'Salesforce'
  }));
  return {
    users: [...big, ...create],
    callCenters: [{ id: '04v000000000001AAA', name: 'Vonage Contact Center' }],
    listViews: [
      {
        id: '00BBENCH00000001AAA',
        label: 'Big View',
        developerName: 'Big_View',
        userIds: big.map((u) => u.id)
      },
      {
        id: '00BBENCH00000002AAA',
        label: 'Create 500',
        developerName: 'Create_500',
        userIds: create.map((u) => u.id)
      }
    ]
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vcc-bench-ui-'));
  writeFileSync(path.join(dir, 'org.json'), JSON.stringify(orgData()));
  const app = await startApp({
    port: 0,
    orgData: path.join(dir, 'org.json'),
    vccData: path.resolve(__dirname, '../../data/vcc-demo.json'),
    stateDir: dir,
    rate: RATE
  });
  const sim = app.simulator!;
  sim.faults.rateLimit = RATE;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(app.url);
    const template = page.getByLabel('Template username');
    await template.fill('template.agent@vcc.example');
    await template.press('Enter');
    await page.getByText('Takes calls').waitFor();

    const pick = async (label: string): Promise<void> => {
      await page.getByRole('combobox', { name: 'View' }).click();
      await page.getByRole('option', { name: label }).click();
    };
    const viewTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      await pick('Create 500');
      await page.getByText(`${CREATE} users,`).waitFor();
      const started = performance.now();
      await pick('Big View');
      await page.getByText(`${BIG} users,`).waitFor();
      await page.locator('c-vcc-user-table tbody tr').first().waitFor();
      viewTimes.push(performance.now() - started);
    }
    viewTimes.sort((a, b) => a - b);

    await pick('Create 500');
    await page.getByText(`${CREATE} users, 0 with errors`).waitFor();
    const requestsBefore = sim.stats.requests;
    const started = performance.now();
    await page.getByRole('button', { name: 'Create Vonage Contact Center users' }).click();
    await page.getByText(`${CREATE} created, 0 failed, 0 skipped`).waitFor({ timeout: 300_000 });
    const createSeconds = (performance.now() - started) / 1000;
    const calls = sim.stats.requests - requestsBefore;
    const bound = (CREATE * 2) / RATE;

    console.log(
      `UI benchmark: Chromium against npm start's app, simulator at ${RATE} requests/s, node ${process.version}`
    );
    console.log(
      `  choose a ${BIG}-user view -> table and issues shown: median ${(viewTimes[1] / 1000).toFixed(2)} s (runs ${viewTimes.map((t) => (t / 1000).toFixed(2)).join(', ')}; goal < 1.5 s)`
    );
    console.log(`  Create -> last result, ${CREATE} users: ${createSeconds.toFixed(1)} s`);
    console.log(
      `  rate-limit bound (2 calls a user / ${RATE} per s): ${bound.toFixed(1)} s -> ${(createSeconds / bound).toFixed(2)}x (goal <= 1.2x)`
    );
    console.log(
      `  calls made: ${calls} (${(calls / CREATE).toFixed(2)} a user, with the per-chunk reads of the template and user list); 429s: ${sim.stats.rateLimited}`
    );
    console.log(viewTimes[1] < 1500 && createSeconds / bound <= 1.2 ? 'goals met' : 'goals missed');
  } finally {
    await browser.close();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
