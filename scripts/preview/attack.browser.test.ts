/**
 * A hostile web page in a real browser (Chromium) against npm start's app: the page, served from another
 * origin on this computer, tries what any page can do without the user's help (a no-cors text/plain POST, a
 * form post, a JSON call that needs a preflight, reading the app's page for its token). The app refuses each,
 * and afterwards the view's agent IDs are unchanged and no VCC user was created.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../start';
import { launchBrowser } from './browser';

jest.setTimeout(120_000);

const SALES_TEAM = '00BDn0000000003MAA';
const TEMPLATE = 'template.agent@vcc.example';

/** The attacker's page: it only needs to be opened. */
const EVIL_PAGE = `<!doctype html><html><body><iframe name="sink"></iframe><iframe name="sink2"></iframe><script>
window.attack = async (app, viewId, template) => {
  const out = {};
  const generate = app + '/apex/VccUserCreationController/generateAgentIds';
  const create = app + '/apex/VccUserCreationController/createUsers';
  const body = JSON.stringify({ listViewId: viewId, startingId: '7000' });
  const tryFetch = (url, init) => fetch(url, init).then((r) => r.type + ' ' + r.status, (e) => 'blocked');
  out.simple = await tryFetch(generate, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body });
  out.createSimple = await tryFetch(create, { method: 'POST', mode: 'no-cors', body: JSON.stringify({ templateUsername: template, userIds: ['005Dn0000000001IAA'] }) });
  out.preflighted = await tryFetch(generate, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vcc-token': 'guess' }, body });
  out.readPage = await fetch(app + '/').then((r) => r.text(), () => 'blocked');
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = generate;
  form.enctype = 'text/plain';
  form.target = 'sink';
  const input = document.createElement('input');
  input.name = body.slice(0, -1) + ', "x": "';
  input.value = '"}';
  form.appendChild(input);
  document.body.appendChild(form);
  form.submit();
  const urlForm = form.cloneNode(true);
  urlForm.enctype = 'application/x-www-form-urlencoded';
  urlForm.target = 'sink2';
  document.body.appendChild(urlForm);
  urlForm.submit();
  return out;
};
</script></body></html>`;

describe('a hostile page in Chromium', () => {
  let app: RunningApp;
  let evil: Server;
  let browser: Browser;
  let dir: string;
  const logged: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vcc-attack-'));
    app = await startApp({
      port: 0,
      build: false,
      vccData: path.resolve(__dirname, '../../data/vcc-demo.json'),
      stateDir: dir,
      log: (line) => logged.push(line)
    });
    evil = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(EVIL_PAGE);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (evil) {
      evil.closeAllConnections();
      await new Promise((resolve) => evil.close(resolve));
    }
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets every call refused, reads no token, and changes nothing', async () => {
    const before = (await app.service.getViewUsers({ listViewId: SALES_TEAM })).map((user) => user.agentId);
    const page = await browser.newPage();
    // another origin on this computer: localhost and another port
    await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
    const out = (await page.evaluate(
      ([target, view, template]) =>
        (globalThis as unknown as { attack: (...args: string[]) => Promise<unknown> }).attack(
          target,
          view,
          template
        ),
      [app.url, SALES_TEAM, TEMPLATE]
    )) as Record<string, string>;
    // the no-cors calls are sent, but their answers are withheld (Cross-Origin-Resource-Policy: same-origin);
    // the preflighted call and the page read fail for want of CORS headers
    expect(out).toEqual({
      simple: 'blocked',
      createSimple: 'blocked',
      preflighted: 'blocked',
      readPage: 'blocked'
    });
    const refused = () => logged.filter((line) => line.startsWith('refused POST /apex/'));
    for (let waited = 0; refused().length < 4 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // two no-cors calls and two form posts refused for their origin, one preflight refused as a method
    expect(refused()).toHaveLength(4);
    await page.close();
    expect(refused().every((line) => /\((403|405)\): /.test(line))).toBe(true);
    expect(refused().some((line) => line.includes("Origin 'http://localhost:"))).toBe(true);
    expect(logged.some((line) => line.startsWith('refused OPTIONS /apex/') && line.includes('(405)'))).toBe(
      true
    );
    expect((await app.service.getViewUsers({ listViewId: SALES_TEAM })).map((user) => user.agentId)).toEqual(
      before
    );
    expect(app.simulator?.stats.usersCreated).toBe(0);
    expect(await app.service.getLatestJob()).toBeNull();
  });
});
