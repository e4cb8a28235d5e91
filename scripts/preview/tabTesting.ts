/**
 * What the tab's browser tests share: npm start's app on an org of the test's own (started on a free port, in a
 * temp state directory), Debian's Chromium, a page of the tab whose dialogs are accepted and recorded, screenshots
 * into SCREENSHOT_DIR when it is set, and the template and view pickers driven as an admin would.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DemoOrgData } from '../../src/service/DemoOrg';
import { startApp, type RunningApp } from '../start';
import { launchBrowser } from './browser';

export interface TabHarness {
  app: RunningApp;
  browser: Browser;
}

/** The app on `org` (its data, or the path of a file to copy) and the shipped VCC demo data, and Chromium. */
export async function startTab(prefix: string, org: DemoOrgData | string): Promise<TabHarness> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const orgFile = path.join(dir, 'org.json');
  if (typeof org === 'string') {
    copyFileSync(org, orgFile);
  } else {
    writeFileSync(orgFile, JSON.stringify(org));
  }
  const app = await startApp({
    port: 0,
    orgData: orgFile,
    vccData: path.resolve(__dirname, '../../data/vcc-demo.json'),
    stateDir: dir
  });
  return { app, browser: await launchBrowser() };
}

export async function stopTab(harness: Partial<TabHarness>): Promise<void> {
  await harness.browser?.close();
  await harness.app?.close();
}

/** A page of the tab, 1280 x 900; every dialog is accepted, and its message kept in `dialogs`. */
export async function openTab(
  harness: TabHarness,
  options: { acceptDownloads?: boolean } = {}
): Promise<{ page: Page; dialogs: string[] }> {
  const dialogs: string[] = [];
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(harness.app.url);
  return { page, dialogs };
}

/** A full-page screenshot `<name>.png` into SCREENSHOT_DIR, when it is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) {
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  }
}

export async function chooseTemplate(page: Page, username: string): Promise<void> {
  const input = page.getByLabel('Template username');
  await input.fill(username);
  await input.press('Enter');
}

export async function chooseView(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'View' }).click();
  await page.getByRole('option', { name: label }).click();
}
