/**
 * The tab in a real browser: npm start's app (started here on a free port, with data of this test's own) driven by
 * playwright-core in Debian's Chromium. Screenshots of each state go to SCREENSHOT_DIR when it is set
 * (npm run screenshots writes docs/).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { DemoOrgData } from '../../src/service/DemoOrg';
import {
  chooseTemplate as pickTemplate,
  chooseView as pickView,
  openTab,
  keepState,
  startTab,
  stopTab,
  type TabHarness
} from './tabTesting';

jest.setTimeout(120_000);

const TEMPLATE = 'template.agent@vcc.example';

/** The help page's example before its agent IDs: five users, none with an NVM Agent Id. */
function orgData(): DemoOrgData {
  const person = (n: number, first: string, last: string, extra: Record<string, unknown> = {}) => ({
    id: `005BRWSR0000${n}AAA`,
    name: `${first} ${last}`,
    username: `${first}.${last}@northwind.example`.toLowerCase(),
    email: `${first}.${last}@northwind.example`.toLowerCase(),
    phone: `+44 20 7946 010${n}`,
    agentId: null,
    callCenterId: '04v000000000001AAA',
    isActive: true,
    licenseName: 'Salesforce',
    ...extra
  });
  const seed = [
    person(1, 'Ava', 'Patel'),
    person(2, 'Ben', 'Carter', { phone: null }),
    person(3, 'Chloe', 'Nguyen'),
    person(4, 'Daniel', 'Okafor'),
    person(5, 'Emma', 'Rossi')
  ];
  const team = Array.from({ length: 30 }, (_, i) =>
    person(10 + i, 'Team', `Member${i}`, {
      id: `005BRWSR${String(100 + i).padStart(4, '0')}AAA`,
      agentId: String(70_000 + i)
    })
  );
  return {
    users: [...seed, ...team],
    callCenters: [{ id: '04v000000000001AAA', name: 'Vonage Contact Center' }],
    listViews: [
      {
        id: '00BBRWSR00000001AAA',
        label: 'Seed Example',
        developerName: 'Seed_Example',
        userIds: seed.map((u) => u.id)
      },
      { id: '00BBRWSR00000002AAA', label: 'Team', developerName: 'Team', userIds: team.map((u) => u.id) },
      { id: '00BBRWSR00000003AAA', label: 'Contractors', developerName: 'Contractors', userIds: [] }
    ]
  };
}

describe('the User Creation tab in Chromium', () => {
  let harness: TabHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startTab('vcc-browser-', orgData());
  });

  afterAll(async () => {
    await stopTab(harness ?? {});
  });

  beforeEach(async () => {
    ({ page } = await openTab(harness, { acceptDownloads: true }));
  });

  afterEach(async () => {
    await page.close();
  });

  /** A state: its screenshot, and no serious or critical axe finding on it. */
  const shot = async (name: string) =>
    expect(await keepState(page, name)).toEqual({ state: name, problems: [] });
  const chooseTemplate = (username: string) => pickTemplate(page, username);
  const chooseView = (label: string) => pickView(page, label);

  const row = (username: string) => page.locator('c-vcc-user-table tbody tr', { hasText: username });
  const result = (username: string) => page.locator('c-vcc-creation-results tbody tr', { hasText: username });
  const summary = (text: string) =>
    page.locator('c-vcc-creation-results .summary').getByText(text, { exact: true });

  it("runs the help page's whole flow: issues, agent IDs from a Starting ID, create, results, CSV", async () => {
    await page.getByText('Choose a template user first.').waitFor();
    await shot('1-start');
    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls: each new user needs an NVM Agent Id').waitFor();
    await chooseView('Seed Example');
    await page.getByText('5 users: 5 with errors, 0 with warnings').waitFor();
    expect(await row('ben.carter').textContent()).toContain('No phone number');
    expect(await row('daniel.okafor').textContent()).toContain(
      "A VCC user already exists with the username 'daniel.okafor@northwind.example'"
    );
    expect(await row('ava.patel').textContent()).toContain('No NVM Agent Id');
    await shot('2-issues');

    await page.getByLabel('Starting ID').fill('2000');
    await page.getByText('IDs 2000 to 2004 for 5 users').waitFor();
    await page.getByRole('button', { name: 'Generate Agent IDs' }).click();
    await page.getByText('Every user in the view has an NVM Agent Id.').waitFor();
    expect(await row('ava.patel').locator('.agent-id').textContent()).toBe('2000');
    expect(await row('emma.rossi').locator('.agent-id').textContent()).toBe('2004');
    await page.getByText('5 users: 2 with errors, 0 with warnings').waitFor();
    await shot('3-agent-ids');

    await page.getByRole('button', { name: 'Create Vonage Contact Center users' }).click();
    await summary('3 created, 2 failed').waitFor({ timeout: 30_000 });
    expect(await result('ben.carter').textContent()).toContain(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    expect(await result('daniel.okafor').textContent()).toContain(
      'A VCC user already exists with the username'
    );
    expect(await result('ava.patel').textContent()).toContain(
      "Created in VCC and linked through agent ID '2000'."
    );
    await shot('4-results');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV', exact: true }).click()
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('Salesforce User ID,Username,Status,Code,Message,NVM Agent Id,VCC User ID');
    expect(csv.filter((line) => line.includes(',Created,CREATED,'))).toHaveLength(3);
    expect(csv.find((line) => line.includes('ben.carter'))).toContain(',Failed,PHONE_MISSING,');

    // the tab opened again shows the last job
    await page.reload();
    await summary('3 created, 2 failed').waitFor();
  });

  it('says when the view is empty, and keeps Create disabled with the reason', async () => {
    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls').waitFor();
    await chooseView('Contractors');
    await page.getByText('This view has no users. Choose another view, or add users to this one.').waitFor();
    await page.getByText('The view has no users to create.').waitFor();
    expect(await page.getByRole('button', { name: 'Create Vonage Contact Center users' }).isDisabled()).toBe(
      true
    );
    await shot('5-empty-view');
  });

  it('gives a clear error for a wrong template username', async () => {
    await chooseTemplate('nobody@vcc.example');
    await page.getByText("No VCC user has the username 'nobody@vcc.example'.").waitFor();
    await page.getByText('Choose a template user first.').waitFor();
    await shot('6-wrong-template');
  });

  it('gives every user a result when VCC goes down halfway', async () => {
    const sim = harness.app.simulator!;
    sim.faults.latencyMs = 60;
    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls').waitFor();
    await chooseView('Team');
    await page.getByText('30 users:').waitFor();
    const createdBefore = sim.stats.usersCreated;
    await page.getByRole('button', { name: 'Create Vonage Contact Center users' }).click();
    await page.locator('c-vcc-creation-results .progress').waitFor();
    while (sim.stats.usersCreated - createdBefore < 5) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    sim.faults.failRate = 1;
    await page.locator('c-vcc-creation-results', { hasText: 'Retry failed' }).waitFor();
    await page.locator('c-vcc-creation-results .progress').waitFor({ state: 'detached', timeout: 60_000 });
    sim.faults.failRate = 0;
    sim.faults.latencyMs = 0;
    const rows = await page.locator('c-vcc-creation-results tbody tr').count();
    expect(rows).toBe(30);
    const failed = await page
      .locator('c-vcc-creation-results tbody tr', { hasText: 'VCC could not be reached' })
      .count();
    expect(failed).toBeGreaterThan(0);
    // the summary names each status once, and its counts add up to every user of the view
    const summary = (await page.locator('c-vcc-creation-results .summary').textContent()) ?? '';
    const counts = [
      ...summary.matchAll(/(\d+) (created|updated|already linked|partly created|skipped|failed|cancelled)/g)
    ];
    expect(counts.map(([, , status]) => status)).toContain('failed');
    expect(counts.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(30);
    await shot('7-vcc-down');
  });
});
