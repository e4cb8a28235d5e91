import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { probeVcc, type VccProbeResult } from './probe';
import { clientFor, startTestSimulator } from './testing';
import type { RunningSimulator } from './simulator/server';

const TEMPLATE = 'template.agent@vcc.example';
const BIN = path.resolve(__dirname, '../../bin/vcc-users.js');

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('probeVcc', () => {
  let sim: RunningSimulator;
  afterEach(() => sim?.close());

  it.each([
    [0, 'named', 'camel', 'number'],
    [0, 'items', 'pascal', 'string'],
    [1, 'named', 'pascal', 'number'],
    [1, 'items', 'camel', 'string']
  ] as const)(
    'reports what a tenant paging from %i, arrays %s, %s capacity keys, %s levels does, and writes nothing',
    async (pageBase, arrayName, capacityKey, skillLevelType) => {
      sim = await startTestSimulator({ pageBase, arrayName, capacityKey, skillLevelType });
      const before = JSON.stringify(sim.store.toData());
      const result = await probeVcc(clientFor(sim), TEMPLATE);
      expect(result.steps.map((step) => [step.name, step.ok])).toEqual([
        ['token', true],
        ['users', true],
        ['template', true],
        ['skills', true],
        ['groups', true]
      ]);
      expect(result.ok).toBe(true);
      const named = arrayName === 'named';
      expect(result.findings).toMatchObject({
        pageBase: `${pageBase} (the first page is page ${pageBase})`,
        arrayName: `${named ? 'users' : 'items'} (GET /users)`,
        skillsArrayName: `${named ? 'agentSkills' : 'items'} (GET /users/{id}/skills)`,
        groupsArrayName: `${named ? 'agentGroups' : 'items'} (GET /users/{id}/groups)`,
        capacityKeys: expect.stringMatching(capacityKey === 'camel' ? /^camelCase/ : /^PascalCase/),
        skillLevelType,
        actAsAgent: 'a boolean (true), agentConfiguration beside it',
        createStatus: 'not tried: the probe never writes'
      });
      expect(result.steps.find((step) => step.name === 'skills')?.detail).toBe('28 skills, read whole');
      expect(result.findings.licences).toMatch(/^\d+ active users act as agents/);
      expect(JSON.stringify(sim.store.toData())).toBe(before);
    }
  );

  it('stops at the token when the credentials are refused, saying so', async () => {
    sim = await startTestSimulator();
    const result = await probeVcc(clientFor(sim, { clientSecret: 'nope' }), TEMPLATE);
    expect(result.ok).toBe(false);
    expect(result.steps).toEqual([
      { name: 'token', ok: false, detail: expect.stringMatching(/client ID and secret/) }
    ]);
  });

  it('names an unknown template', async () => {
    sim = await startTestSimulator();
    const result: VccProbeResult = await probeVcc(clientFor(sim), 'ghost@vcc.example');
    expect(result.ok).toBe(false);
    expect(result.steps.at(-1)).toEqual({
      name: 'template',
      ok: false,
      detail: "No VCC user has the username 'ghost@vcc.example'."
    });
  });
});

describe('vcc-users probe', () => {
  it('exits 0 with the findings against a reachable VCC, 3 when it cannot be used', async () => {
    const sim = await startTestSimulator({ pageBase: 1, arrayName: 'items' });
    const state = ['--state-dir', mkdtempSync(path.join(tmpdir(), 'vcc-probe-'))];
    const vcc = ['--vcc-url', sim.url, '--client-id', 'demo-client', '--client-secret', 'demo-secret'];
    try {
      const ok = await cli(['probe', '--template', TEMPLATE, '--json', ...vcc, ...state]);
      expect(ok.code).toBe(0);
      const result = JSON.parse(ok.stdout) as VccProbeResult;
      expect(result.findings.pageBase).toBe('1 (the first page is page 1)');
    } finally {
      await sim.close();
    }
    const down = await cli(['probe', ...vcc, ...state]);
    expect(down.code).toBe(3);
    expect(down.stdout).toMatch(/FAIL token +VCC at 127\.0\.0\.1:\d+ cannot be reached \(ECONNREFUSED\)/);
  }, 60_000);
});
