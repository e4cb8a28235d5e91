/**
 * npm start's app (started here on a free port, on the embedded demo data, in a temp state directory) replayed
 * the requests a hostile web page or a DNS-rebinding page can send: each is refused with its status, and
 * afterwards the view's agent IDs are unchanged and no VCC user was created. The page's own call still works.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../start';

jest.setTimeout(60_000);

const SALES_TEAM = '00BDn0000000003MAA';
const NEW_STARTERS = '00BDn0000000004MAA';
const TEMPLATE = 'template.agent@vcc.example';
const GENERATE = '/apex/VccUserCreationController/generateAgentIds';
const CREATE = '/apex/VccUserCreationController/createUsers';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly these headers (Host included), through node:http. */
function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string | Buffer
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() })
      );
    });
    req.on('error', reject);
    if (body !== undefined) {
      req.write(body);
    }
    req.end();
  });
}

describe("npm start's app refuses calls that are not its own page's", () => {
  let app: RunningApp;
  let dir: string;
  let host: string;
  let token: string;
  const logged: string[] = [];

  const own = (extra: Record<string, string> = {}): Record<string, string> => ({
    host,
    origin: `http://${host}`,
    'content-type': 'application/json',
    'x-vcc-token': token,
    ...extra
  });
  const generateBody = JSON.stringify({ listViewId: SALES_TEAM, startingId: '7000' });
  const salesAgentIds = async (): Promise<(string | null)[]> =>
    (await app.service.getViewUsers({ listViewId: SALES_TEAM })).map((user) => user.agentId);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'vcc-bridge-'));
    app = await startApp({
      port: 0,
      build: false,
      vccData: path.resolve(__dirname, '../../data/vcc-demo.json'),
      stateDir: dir,
      log: (line) => logged.push(line)
    });
    host = new URL(app.url).host;
    const page = await send(`${app.url}/`, 'GET', { host });
    token = /<meta name="vcc-token" content="([0-9a-f]{64})"/.exec(page.body)?.[1] as string;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and gives its page a token, with the security headers', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const page = await send(`${app.url}/`, 'GET', { host: host.replace('127.0.0.1', 'localhost') });
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store'
    });
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('serves nothing, the page and its token included, to a foreign Host', async () => {
    const port = new URL(app.url).port;
    for (const target of [
      '/',
      '/index.html',
      '/app.js',
      '/slds/styles/salesforce-lightning-design-system.min.css'
    ]) {
      const answer = await send(`${app.url}${target}`, 'GET', { host: `evil.example:${port}` });
      expect({ target, status: answer.status }).toEqual({ target, status: 403 });
      expect(answer.body).not.toContain(token);
    }
  });

  it('refuses every forged call with its status, and nothing changes in the org or VCC', async () => {
    const before = await salesAgentIds();
    expect(before.length).toBeGreaterThan(0);
    const port = new URL(app.url).port;
    const attacks: [string, number, Promise<Answer>][] = [
      [
        'a cross-origin text/plain simple POST',
        403,
        send(
          `${app.url}${GENERATE}`,
          'POST',
          { host, origin: 'http://evil.example', 'content-type': 'text/plain' },
          generateBody
        )
      ],
      [
        'a form-encoded POST',
        403,
        send(
          `${app.url}${GENERATE}`,
          'POST',
          { host, origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
          `listViewId=${SALES_TEAM}&startingId=7000`
        )
      ],
      [
        'a foreign Host (DNS rebinding), same-origin to the browser',
        403,
        send(
          `${app.url}${GENERATE}`,
          'POST',
          own({
            host: `evil.example:${port}`,
            origin: `http://evil.example:${port}`,
            'x-vcc-token': 'guess'
          }),
          generateBody
        )
      ],
      [
        'another origin with the token',
        403,
        send(`${app.url}${GENERATE}`, 'POST', own({ origin: 'http://evil.example' }), generateBody)
      ],
      [
        'JSON with no token',
        403,
        send(`${app.url}${GENERATE}`, 'POST', own({ 'x-vcc-token': '' }), generateBody)
      ],
      [
        'JSON with a wrong token',
        403,
        send(`${app.url}${GENERATE}`, 'POST', own({ 'x-vcc-token': 'f'.repeat(64) }), generateBody)
      ],
      [
        'a create with a wrong token',
        403,
        send(
          `${app.url}${CREATE}`,
          'POST',
          own({ 'x-vcc-token': token.toUpperCase() }),
          JSON.stringify({ templateUsername: TEMPLATE, userIds: ['005Dn000000SEED1AAA'] })
        )
      ],
      ['a 2 MB body', 413, send(`${app.url}${GENERATE}`, 'POST', own(), Buffer.alloc(2 * 1024 * 1024, ' '))],
      [
        'a 2 MB chunked body',
        413,
        send(
          `${app.url}${GENERATE}`,
          'POST',
          own({ 'transfer-encoding': 'chunked' }),
          Buffer.alloc(2 * 1024 * 1024, ' ')
        )
      ],
      [
        'a GET on /apex',
        405,
        send(`${app.url}${GENERATE}?listViewId=${SALES_TEAM}&startingId=7000`, 'GET', own())
      ]
    ];
    for (const [name, status, answer] of attacks) {
      const { status: actual, body } = await answer;
      expect({ name, status: actual }).toEqual({ name, status });
      expect((JSON.parse(body) as { body: { message: string } }).body.message).toMatch(/^Refused: .+\.$/);
    }
    expect(await salesAgentIds()).toEqual(before);
    expect(app.simulator?.stats.usersCreated).toBe(0);
    const stats = (await (await fetch(`${app.simulator?.url}/_sim/stats`)).json()) as {
      usersCreated: number;
    };
    expect(stats.usersCreated).toBe(0);
    expect(await app.service.getLatestJob()).toBeNull();
    // the demo org writes its state file on its first change: none, or none with the forged IDs
    const states = readdirSync(dir).filter((name) => name.startsWith('org-state-'));
    states.forEach((name) => {
      expect(readFileSync(path.join(dir, name), 'utf8')).not.toContain('"7000"');
    });
    // one line on the console per refusal, never the token
    expect(logged.filter((line) => line.startsWith('refused ')).length).toBeGreaterThanOrEqual(
      attacks.length
    );
    logged.forEach((line) => {
      expect(line).not.toContain('\n');
      expect(line).not.toContain(token);
    });
  });

  it("answers the page's own call, with its token", async () => {
    const views = await send(
      `${app.url}/apex/VccUserCreationController/getUserListViews`,
      'POST',
      own(),
      '{}'
    );
    expect(views.status).toBe(200);
    expect((JSON.parse(views.body) as { label: string }[]).map((view) => view.label)).toContain('Sales Team');
    const generated = await send(
      `${app.url}${GENERATE}`,
      'POST',
      own({ 'content-type': 'application/json; charset=utf-8' }),
      JSON.stringify({ listViewId: NEW_STARTERS, startingId: '7000' })
    );
    expect(generated.status).toBe(200);
    const { assignments } = JSON.parse(generated.body) as { assignments: { agentId: string }[] };
    expect(assignments.length).toBeGreaterThan(0);
    expect(assignments[0].agentId).toBe('7000');
  });
});

describe('npm start and real credentials', () => {
  it('refuses to start when they would go over plain http to another computer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vcc-bridge-http-'));
    try {
      await expect(
        startApp({ port: 0, build: false, stateDir: dir, vccUrl: 'http://vcc.example.invalid' })
      ).rejects.toThrow(
        'Refusing to send credentials to http://vcc.example.invalid over plain http: use https:// (--vcc-url).'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
