/**
 * What the tab's browser tests share: npm start's app on an org of the test's own (started on a free port, in a
 * temp state directory), Debian's Chromium, a page of the tab whose dialogs are accepted and recorded, screenshots
 * into SCREENSHOT_DIR when it is set, and the template and view pickers driven as an admin would.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * A full-page screenshot `<name>.png` into SCREENSHOT_DIR, when it is set. The toasts are left out: in a full-page
 * image they float over the middle of the page, wherever it was scrolled to, hiding what is under them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) {
    await page.screenshot({
      path: path.join(dir, `${name}.png`),
      fullPage: true,
      style: '#toasts { display: none !important; }'
    });
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

/** An axe-core finding of serious or critical impact: the rule, and where. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
let axeSource: string | null = null;

/** Runs in the page: axe on the whole document, its serious and critical findings. */
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then(({ violations }) =>
  violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' '))
    })))`;

/**
 * axe-core run on the whole page as it is now: its serious and critical findings (none is the goal). axe is
 * evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not cover.
 */
export async function seriousAxeProblems(page: Page): Promise<AxeProblem[]> {
  axeSource ??= readFileSync(AXE_SOURCE, 'utf8');
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) {
    await page.evaluate(axeSource);
  }
  return page.evaluate<AxeProblem[]>(RUN_AXE);
}

/** True when the page scrolls sideways: the document is wider than the window. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
}

/**
 * A state of the tab worth keeping: its screenshot (when SCREENSHOT_DIR is set), and axe's serious and critical
 * findings on it, named by the state so that a test can expect `{ state, problems: [] }`.
 */
export async function keepState(
  page: Page,
  state: string
): Promise<{ state: string; problems: AxeProblem[] }> {
  await screenshot(page, state);
  return { state, problems: await seriousAxeProblems(page) };
}
