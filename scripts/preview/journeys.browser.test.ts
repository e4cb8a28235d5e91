/**
 * An admin's journeys through the tab in Chromium, on npm start's app (started here on a free port, with data of
 * this test's own): reopen an old job from the Jobs list and retry it, cancel a running job, search and select a
 * subset and create for it only, the tab at 400 px, and axe on every state (no serious or critical finding).
 * The journeys run in order, on one app: the later ones find the jobs of the earlier ones in the Jobs list.
 * Screenshots go to SCREENSHOT_DIR when it is set.
 */
import type { Page } from 'playwright-core';
import type { DemoOrgData, DemoUser } from '../../src/service/DemoOrg';
import {
  chooseTemplate,
  chooseView,
  keepState,
  openTab,
  scrollsSideways,
  startTab,
  stopTab,
  type TabHarness
} from './tabTesting';

jest.setTimeout(120_000);

const TEMPLATE = 'template.agent@vcc.example';
const CENTER = '04v000000000001AAA';

/** Users ready to create (each with an agent ID of its own), or without a phone (they fail). */
function person(id: string, name: string, agentId: number, extra: Partial<DemoUser> = {}): DemoUser {
  const login = name.toLowerCase().replace(/\s+/g, '.');
  return {
    id,
    name,
    username: `${login}@journeys.example`,
    email: `${login}@journeys.example`,
    phone: '+44 20 7946 0300',
    agentId: String(agentId),
    callCenterId: CENTER,
    isActive: true,
    licenseName: 'Salesforce',
    ...extra
  };
}

const idOf = (group: string, i: number): string => `005JRN${group}${String(i).padStart(6, '0')}AAA`;

/** Mixed: two to create, two without a phone. Later: two more. Slow: 24 to cancel. Crew: 60 crew, 8 office. */
function orgData(): DemoOrgData {
  const mixed = [
    person(idOf('MX', 1), 'Nora Quist', 93_001),
    person(idOf('MX', 2), 'Omar Sayed', 93_002, { phone: null }),
    person(idOf('MX', 3), 'Pia Lund', 93_003),
    person(idOf('MX', 4), 'Quinn Abbott', 93_004, { phone: null })
  ];
  const later = [person(idOf('LT', 1), 'Rhea Stone', 93_101), person(idOf('LT', 2), 'Saul Voss', 93_102)];
  const slow = Array.from({ length: 24 }, (_, i) => person(idOf('SL', i), `Slow Agent${i}`, 93_200 + i));
  const crew = Array.from({ length: 60 }, (_, i) =>
    person(idOf('CR', i), `Crew Member${String(i).padStart(2, '0')}`, 93_300 + i)
  );
  const office = Array.from({ length: 8 }, (_, i) => person(idOf('OF', i), `Office Clerk${i}`, 93_400 + i));
  const view = (n: number, label: string, users: DemoUser[]) => ({
    id: `00BJRN00000000${n}AAA`,
    label,
    developerName: label,
    userIds: users.map((user) => user.id)
  });
  return {
    users: [...mixed, ...later, ...slow, ...crew, ...office],
    callCenters: [{ id: CENTER, name: 'Vonage Contact Center' }],
    listViews: [
      view(1, 'Mixed', mixed),
      view(2, 'Later', later),
      view(3, 'Slow', slow),
      view(4, 'Crew', [...crew, ...office])
    ]
  };
}

describe('the User Creation tab: an admin’s journeys in Chromium', () => {
  let harness: TabHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await startTab('vcc-journeys-', orgData());
    // the first start builds the tab (about 16 s alone, much longer on a busy machine)
  }, 400_000);

  afterAll(async () => {
    await stopTab(harness ?? {});
  });

  beforeEach(async () => {
    ({ page } = await openTab(harness));
  });

  afterEach(async () => {
    await page.close();
  });

  /** A state of the tab: its screenshot, and no serious or critical axe finding on it. */
  async function state(name: string): Promise<void> {
    const journeyState = `journey-${name}`;
    expect(await keepState(page, journeyState)).toEqual({ state: journeyState, problems: [] });
  }

  const results = () => page.locator('c-vcc-creation-results');
  const resultRows = () => results().locator('tr[data-result-id]');
  const jobRows = () => page.locator('c-vcc-job-list tr[data-job-id]');
  const jobRow = (jobId: string) => page.locator(`c-vcc-job-list tr[data-job-id="${jobId}"]`);
  const createButton = () => page.locator('lightning-button.create button');

  async function ready(view: string, count: string): Promise<void> {
    await chooseTemplate(page, TEMPLATE);
    await page.getByText('Takes calls').waitFor();
    await chooseView(page, view);
    await page.locator('[data-id="page-status"]', { hasText: count }).waitFor();
  }

  /** Waits until the job shown has ended: its status line. */
  async function jobEnded(): Promise<void> {
    await results().locator('.finished').waitFor({ timeout: 60_000 });
  }

  /** The result IDs of the job shown (its first page). */
  async function resultIds(): Promise<string[]> {
    return (await resultRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('data-result-id'))))
      .filter((id): id is string => id !== null)
      .sort();
  }

  it('creates for a searched, selected subset only: three users across two pages', async () => {
    await ready('Crew', '68');
    await state('1-view');
    await page.locator('lightning-input[data-id="user-search"] input').fill('member');
    await page.locator('[data-id="page-status"]', { hasText: 'of 60' }).waitFor();
    const firstPage = await page
      .locator('c-vcc-user-table tr[data-row-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id') as string));
    expect(firstPage).toHaveLength(50);
    const chosen = [firstPage[0], firstPage[7]];
    for (const id of chosen) {
      await page.locator(`input[data-select-id="${id}"]`).check();
    }
    await page.locator('button[data-id="page-next"]').click();
    await page.locator('[data-id="page-status"]', { hasText: '51' }).waitFor();
    const secondRow = page.locator('c-vcc-user-table tr[data-row-id]').nth(3);
    const third = (await secondRow.getAttribute('data-row-id')) as string;
    expect(firstPage).not.toContain(third);
    chosen.push(third);
    await page.locator(`input[data-select-id="${third}"]`).check();
    await page.locator('[data-id="selection-count"]', { hasText: '3' }).waitFor();
    await state('2-selected');

    await createButton().click();
    await jobEnded();
    expect(await resultIds()).toEqual([...chosen].sort());
    expect((await results().locator('.summary').textContent())?.trim()).toBe('3 created');
    await state('3-subset-created');
  });

  it('reopens an old job from the Jobs list and retries it, keeping the first results', async () => {
    await ready('Mixed', '4');
    await createButton().click();
    await jobEnded();
    expect((await results().locator('.summary').textContent())?.trim()).toBe('2 created, 2 failed');
    const firstJob = (await jobRows().first().getAttribute('data-job-id')) as string;

    await chooseView(page, 'Later');
    await page.locator('[data-id="page-status"]', { hasText: '2' }).waitFor();
    await createButton().click();
    await results().locator('.summary', { hasText: '2 created' }).waitFor({ timeout: 60_000 });
    await jobEnded();

    // another page, as an admin coming back later: the Jobs list reopens the first job
    await page.reload();
    await jobRow(firstJob).waitFor();
    await state('4-jobs-list');
    await jobRow(firstJob).locator('button[data-action="open"]').click();
    await results().locator('.summary', { hasText: '2 created, 2 failed' }).waitFor();
    expect(await resultRows().count()).toBe(4);
    await state('5-reopened');

    const jobsBefore = await jobRows().count();
    await results().locator('button[data-id="retry-failed"]').click();
    await results().locator('.retry-of', { hasText: 'Retry of the job of ' }).waitFor({ timeout: 60_000 });
    await jobEnded();
    expect(await resultIds()).toEqual([idOf('MX', 2), idOf('MX', 4)]);
    await page.locator('button[data-id="jobs-refresh"]').click();
    await jobRows().nth(jobsBefore).waitFor();
    const retryRow = jobRows().first();
    expect(await retryRow.getAttribute('data-job-id')).not.toBe(firstJob);
    await state('6-retried');

    // the first job's results are still there, and the list says which job the retry was of
    await jobRow(firstJob).locator('button[data-action="open"]').click();
    await results().locator('.summary', { hasText: '2 created, 2 failed' }).waitFor();
    expect(await resultIds()).toEqual([idOf('MX', 1), idOf('MX', 2), idOf('MX', 3), idOf('MX', 4)]);
    expect(await retryRow.textContent()).toContain('Retry of ');
  });

  it('cancels a running job: every user ends with a result, the cancelled ones say so', async () => {
    const sim = harness.app.simulator!;
    await ready('Slow', '24');
    // slow enough for the job to be seen running, and cancelled before its end
    sim.faults.latencyMs = 500;
    try {
      const createdBefore = sim.stats.usersCreated;
      await createButton().click();
      await results().locator('button[data-id="cancel-job"]').waitFor();
      while (sim.stats.usersCreated - createdBefore < 2) {
        await page.waitForTimeout(50);
      }
      await state('7-running');
      await results().locator('button[data-id="cancel-job"]').click();
      await jobEnded();
    } finally {
      sim.faults.latencyMs = 0;
    }
    expect(await resultRows().count()).toBe(24);
    const cancelled = resultRows().filter({ hasText: 'Cancelled' });
    expect(await cancelled.count()).toBeGreaterThan(0);
    expect(await cancelled.first().textContent()).toContain('nothing was sent to VCC');
    const summary = (await results().locator('.summary').textContent()) ?? '';
    const counts = [...summary.matchAll(/(\d+) [a-z ]+/g)].map(([, count]) => Number(count));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(24);
    await state('8-cancelled');
  });

  it('keeps every action in reach at 400 px, without scrolling the page sideways', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    await ready('Crew', '68');
    await results().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    const actions = [
      'lightning-button.create button',
      'lightning-input[data-id="user-search"] input',
      'lightning-input[data-id="only-issues"] input',
      'button[data-sort="issues"]',
      'input[data-id="select-page"]',
      'button[data-id="page-next"]',
      'button[data-id="results-csv"]',
      'button[data-id="retry-failed"]',
      'button[data-id="jobs-refresh"]',
      'c-vcc-job-list button[data-action="open"]'
    ];
    for (const selector of actions) {
      const action = page.locator(selector).first();
      await action.scrollIntoViewIfNeeded();
      const box = await action.boundingBox();
      expect({ selector, box: box !== null }).toEqual({ selector, box: true });
      expect({ selector, left: box!.x >= 0, right: box!.x + box!.width <= 400 }).toEqual({
        selector,
        left: true,
        right: true
      });
    }
    await page.locator('button[data-id="page-next"]').click();
    await page.locator('[data-id="page-status"]', { hasText: '51' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await state('9-400px');
  });
});
