/**
 * Ready to take calls, in Chromium on npm start's app (started here on a free port, on a copy of the shipped demo
 * org): the readiness of a view in plain words, the bulk fixes confirmed with their count and reported per user,
 * and the VCC API user panel. Screenshots go to SCREENSHOT_DIR when it is set.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openTab, keepState, startTab, stopTab, type TabHarness } from './tabTesting';

jest.setTimeout(180_000);

const RAW_CODE = /\b[A-Z]{2,}_[A-Z_]+\b/;

describe('the User Creation tab: ready to take calls, in Chromium', () => {
  let harness: TabHarness;
  let page: Page;
  let dialogs: string[];

  beforeAll(async () => {
    harness = await startTab('vcc-ready-', path.resolve(__dirname, '../../data/org-demo.json'));
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

  const panel = () => page.locator('c-vcc-readiness');
  const codes = async (): Promise<string[]> =>
    (await panel().locator('.code-count .slds-text-title_bold').allTextContents()).map((one) => one.trim());

  async function checkView(label: string): Promise<void> {
    await page.getByRole('combobox', { name: 'View' }).click();
    await page.getByRole('option', { name: label }).click();
    await panel().getByRole('button', { name: 'Check readiness' }).click();
    await panel().locator('.summary').waitFor();
  }

  it('shows why each user of a view cannot take calls, and fixes them in bulk with a result per user', async () => {
    await checkView('New Starters');
    expect((await panel().locator('.summary').textContent())?.trim()).toBe(
      '40 users: 0 ready to take calls, 40 not ready.'
    );
    expect(await codes()).toEqual(
      expect.arrayContaining(['No VCC permission set', 'Missing Task field access', 'No call center'])
    );
    expect(await panel().locator('.user-row').count()).toBe(40);
    expect(await page.locator('c-vcc-user-table', { hasText: 'No call center' }).count()).toBe(1);
    expect(await panel().locator('table').textContent()).not.toMatch(RAW_CODE);
    await shot('ready-1-new-starters');

    await panel().getByLabel('Permission set (API name or label)').fill('VCC_Task_Field_Access');
    await panel().getByRole('button', { name: 'Assign permission set' }).click();
    await panel().locator('.fix-results').waitFor();
    expect(dialogs.pop()).toContain('Assign the permission set VCC_Task_Field_Access to 40 users?');
    const outcomes = await panel().locator('.fix-result .slds-badge').allTextContents();
    expect(outcomes).toHaveLength(40);
    expect(new Set(outcomes)).toEqual(new Set(['Assigned']));
    await page
      .locator('#toasts', { hasText: 'Fix applied: 40 changed, 0 already fine, 0 failed.' })
      .waitFor();
    await panel()
      .locator('.code-count', { hasText: 'Missing Task field access' })
      .waitFor({ state: 'detached' });

    await panel().getByLabel('Call center (name or ID)').fill('Vonage Contact Center');
    await panel().getByRole('button', { name: 'Set call center' }).click();
    await panel()
      .locator('.fix-result', { hasText: 'Call center set to Vonage Contact Center.' })
      .first()
      .waitFor();
    expect(dialogs.pop()).toContain('Set the call center Vonage Contact Center on 40 users?');
    await panel().locator('.code-count', { hasText: 'No call center' }).waitFor({ state: 'detached' });
    // the tab reads the view again: its table no longer warns of a missing call center
    await page.locator('c-vcc-user-table', { hasText: 'No call center' }).waitFor({ state: 'detached' });
    expect(await codes()).toContain('No VCC permission set');
    await shot('ready-2-fixed');
  });

  it('checks the VCC API user, each requirement with its fix, and the Data Connector question', async () => {
    const apiUser = page.locator('c-vcc-api-user-check');
    await apiUser.getByLabel("API user's username").fill('api.hours@northwind.example');
    await apiUser.getByRole('button', { name: 'Check API user' }).click();
    await apiUser.locator('.summary').waitFor();
    expect((await apiUser.locator('.summary').textContent())?.trim()).toBe(
      'api.hours@northwind.example does not meet every requirement: see the fix of each that fails.'
    );
    const hours = apiUser.locator('.requirement', { hasText: 'No login hours restriction' });
    expect((await hours.locator('.slds-badge').first().textContent())?.trim()).toBe('Fail');
    expect(await hours.locator('.fix').textContent()).toMatch(/^Fix: Clear the login hours of the profile /);
    const modifyAll = apiUser.locator('.requirement', { hasText: 'Modify All Data' });
    expect((await modifyAll.locator('.slds-badge').first().textContent())?.trim()).toBe('Cannot tell');
    await apiUser.getByText('No', { exact: true }).click();
    await modifyAll.locator('.slds-badge', { hasText: 'Pass' }).waitFor();
    await shot('ready-3-api-user');

    await apiUser.getByLabel("API user's username").fill('');
    await apiUser.getByRole('button', { name: 'Check API user' }).click();
    await apiUser.getByText('users have an API user permission set').waitFor();
  });
});
