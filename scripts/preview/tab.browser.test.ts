/**
 * The tab's newer journeys in Chromium, on npm start's app (started here on a free port, with data of this test's
 * own): job context and a status line when a job ends, plain words everywhere, a wrong template as a field error,
 * the exact agent IDs before they are written, bringing linked users up to the template, the connection test,
 * and the table at 800 px. Screenshots go to SCREENSHOT_DIR when it is set.
 */
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
const RAW_CODE = /\b[A-Z]{2,}_[A-Z_]+\b/;

/** Six users without agent IDs (one without a phone), and twelve with long names for the narrow screen. */
function orgData(): DemoOrgData {
  const person = (id: string, first: string, last: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: `${first} ${last}`,
    username: `${first}.${last}@tab.example`.toLowerCase(),
    email: `${first}.${last}@tab.example`.toLowerCase(),
    phone: '+44 20 7946 0200',
    agentId: null,
    callCenterId: '04v000000000001AAA',
    isActive: true,
    licenseName: 'Salesforce',
    ...extra
  });
  const pilots = [
    person('005TAB000000001AAA', 'Iris', 'Hale'),
    person('005TAB000000002AAA', 'Jon', 'Reyes', { phone: null }),
    person('005TAB000000003AAA', 'Kai', 'Moreau'),
    person('005TAB000000004AAA', 'Lena', 'Fischer', { callCenterId: null })
  ];
  const wide = Array.from({ length: 12 }, (_, i) =>
    person(`005TAB0000001${String(i).padStart(2, '0')}AAA`, 'Maximiliana', `Wolkenstein-Oberhausen${i}`, {
      phone: null,
      agentId: String(81_000 + i)
    })
  );
  return {
    users: [...pilots, ...wide],
    callCenters: [{ id: '04v000000000001AAA', name: 'Vonage Contact Center' }],
    listViews: [
      {
        id: '00BTAB000000001AAA',
        label: 'Pilots',
        developerName: 'Pilots',
        userIds: pilots.map((u) => u.id)
      },
      { id: '00BTAB000000002AAA', label: 'Wide', developerName: 'Wide', userIds: wide.map((u) => u.id) }
    ]
  };
}

describe('the User Creation tab: jobs, words and layout in Chromium', () => {
  let harness: TabHarness;
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    harness = await startTab('vcc-tab-', orgData());
    // the first start builds the tab (about 16 s alone, much longer on a busy machine)
  }, 400_000);

  afterAll(async () => {
    await stopTab(harness ?? {});
  });

  beforeEach(async () => {
    ({ page, dialogs } = await openTab(harness));
  });

  afterEach(async () => {
    await page.close();
  });

  /** A state: its screenshot, and no serious or critical axe finding on it. */
  const shot = async (name: string) =>
    expect(await keepState(page, name)).toEqual({ state: name, problems: [] });
  const chooseTemplate = (username: string) => pickTemplate(page, username);
  const chooseView = (label: string) => pickView(page, label);

  const results = () => page.locator('c-vcc-creation-results');

  it('shows a wrong template on its field, then creates with the exact IDs, job context and plain words', async () => {
    await chooseTemplate('nobody@vcc.example');
    await page.getByText("No VCC user has the username 'nobody@vcc.example'.").waitFor();
    expect(await page.locator('c-vcc-error-panel [role="alert"]').count()).toBe(0);
    await shot('tab-1-wrong-template');

    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls: each new user needs an NVM Agent Id').waitFor();
    await chooseView('Pilots');
    await page.getByText('4 users:').waitFor();

    const startingId = page.getByLabel('Starting ID');
    await startingId.fill('abc');
    await page.getByText('Correct the Starting ID to see which IDs will be written.').waitFor();
    expect(await page.getByText("Starting ID 'abc' is not a whole number").count()).toBe(1);
    await startingId.fill('3000');
    await page.getByText('IDs 3000 to 3003 for 4 users').waitFor();
    await page.getByRole('button', { name: 'Generate Agent IDs' }).click();
    await page.getByText('Every user in the view has an NVM Agent Id.').waitFor();
    expect(dialogs.pop()).toContain('Write NVM Agent Ids to 4 Salesforce users, from 3000?');
    await shot('tab-2-agent-ids');

    await page.getByRole('button', { name: 'Create Vonage Contact Center users' }).click();
    await results().locator('.finished').waitFor({ timeout: 60_000 });
    expect(dialogs.pop()).toContain("get the template's missing skills and groups added");
    const summary = await results().locator('.summary').textContent();
    expect(summary?.trim()).toBe('3 created, 1 failed');
    expect(await results().locator('.finished').textContent()).toBe('The job finished: 3 created, 1 failed.');
    expect(await results().locator('.context-template').textContent()).toBe(TEMPLATE);
    expect(await results().locator('.context-view').textContent()).toBe('Pilots');
    expect(await results().locator('.context-status').textContent()).toBe('Finished');
    const lena = results().locator('tbody tr', { hasText: 'lena.fischer' });
    expect(await lena.locator('.warning').textContent()).toMatch(/^No call center: /);
    expect(await results().locator('table').textContent()).not.toMatch(RAW_CODE);
    await page.locator('#toasts', { hasText: 'The job finished: 3 created, 1 failed.' }).waitFor();
    await shot('tab-3-results');

    // the created users are linked now: bring them up to the template. The service reuses the tenant's keys
    // for its checks for a short while, so the view is read again until the links show.
    const converge = page.getByRole('button', { name: 'Bring linked users up to the template' });
    for (let tries = 0; tries < 12 && (await converge.isDisabled()); tries++) {
      await page.waitForTimeout(5_000);
      await chooseView('Wide');
      await page.getByText('12 users:').waitFor();
      await chooseView('Pilots');
      await page.getByText('4 users:').waitFor();
    }
    await converge.click();
    await page
      .locator('c-vcc-creation-results .context-status', { hasText: 'Finished' })
      .waitFor({ timeout: 60_000 });
    await results().locator('.summary', { hasText: 'already linked' }).waitFor({ timeout: 60_000 });
    expect(dialogs.pop()).toContain('3 users of this view are already linked to VCC.');
    expect((await results().locator('.summary').textContent())?.trim()).toBe('3 already linked');
    await shot('tab-4-converged');
  });

  it('tests the VCC connection with the template, step by step', async () => {
    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls').waitFor();
    await page.getByRole('button', { name: 'Test VCC connection' }).click();
    await page
      .locator('c-vcc-connection-test .probe, c-vcc-connection-test [role="alert"]')
      .first()
      .waitFor();
    expect(await page.locator('c-vcc-connection-test .probe .step').count()).toBeGreaterThan(0);
    await shot('tab-5-connection-test');
  });

  it('keeps every column in reach at 800 px, scrolling inside the card with its header in view', async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await chooseTemplate(TEMPLATE);
    await page.getByText('Takes calls').waitFor();
    await chooseView('Wide');
    await page.getByText('12 users:').waitFor();
    const scroller = page.locator('c-vcc-user-table .table-scroll');
    const box = (await scroller.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(800);
    await scroller.evaluate((node) => {
      node.scrollTop = node.scrollHeight;
      node.scrollLeft = node.scrollWidth;
    });
    const header = page.locator('c-vcc-user-table thead th', { hasText: 'Potential issues' });
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.y).toBeGreaterThanOrEqual(box.y - 1);
    expect(headerBox.y).toBeLessThan(box.y + 60);
    expect(headerBox.x + headerBox.width).toBeLessThanOrEqual(800);
    await shot('tab-6-800px');
  });
});
