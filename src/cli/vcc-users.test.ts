/** The vcc-users command end to end, in child processes, on files in the documented formats. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '../core';
import { startTestSimulator } from '../vcc/testing';
import { closedPort, createArgs, demo, orgFile, run, TEMPLATE } from './testing';

describe('vcc-users', () => {
  it('create on the seed example: 3 created, 2 failed, exit 1, and says which org and VCC it uses', async () => {
    const { code, stdout, stderr } = await run([
      'create',
      '--template',
      TEMPLATE,
      '--view',
      'Seed Example',
      '--yes',
      '--json',
      ...demo()
    ]);
    const job = JSON.parse(stdout) as JobStatus;
    expect(job).toMatchObject({ status: 'Completed', created: 3, failed: 2, skipped: 0, updated: 0 });
    expect(job.results.filter((result) => result.status === 'Failed').map((result) => result.code)).toEqual([
      'PHONE_MISSING',
      'VCC_USER_EXISTS'
    ]);
    expect(stderr).toMatch(/^org: demo org from .*org-demo\.json/m);
    expect(stderr).toMatch(/^VCC: simulator on http:\/\/127\.0\.0\.1:\d+/m);
    expect(code).toBe(1);
  }, 30_000);

  it('--help lists every command, option and exit code', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const word of [
      'views',
      'check',
      'generate-ids',
      'create',
      'job ID',
      'probe',
      'jobs [--limit N]',
      'retry ID [--wait]',
      '--converge',
      '--cancel'
    ]) {
      expect(stdout).toContain(word);
    }
    for (const exit of ['0  done', '1  done', '2  bad input', '3  VCC or the org']) {
      expect(stdout).toContain(exit);
    }
  });

  it('tells bad input apart with exit 2 and one line, never a stack trace', async () => {
    const state = demo();
    const dir = state[1];
    writeFileSync(path.join(dir, 'broken.json'), '{"users": [\n  {"id": "a",}\n]}');
    writeFileSync(
      path.join(dir, 'noname.json'),
      JSON.stringify({ users: [], listViews: [{ id: '00B1', label: 'No API name' }] })
    );
    const cases: [string[], RegExp][] = [
      [['views', '--nope'], /^vcc-users: Unknown option '--nope'\. See: vcc-users --help\.$/],
      [
        ['generate-ids', '--view', 'Sales Team', '--starting-id', '-5'],
        /Starting ID '-5' is not a whole number/
      ],
      [
        ['generate-ids', '--view', 'Sales Team', '--starting-id', '12x'],
        /Starting ID '12x' is not a whole number/
      ],
      [
        ['views', '--org-data', path.join(dir, 'broken.json')],
        /broken\.json is not valid JSON at line 2, column 14 \(position 25\)/
      ],
      [['views', '--org-data', path.join(dir, 'noname.json')], /listViews\[0\] needs "developerName"/],
      [['check', '--template', TEMPLATE, '--view', 'Nope'], /No User list view is called 'Nope'\. Views: /],
      [
        ['create', '--template', 'ghost@vcc.example', '--view', 'Seed Example', '--yes'],
        /ghost@vcc\.example/
      ],
      [['create', '--template', TEMPLATE, '--view', 'Seed Example'], /Add --yes/]
    ];
    for (const [args, message] of cases) {
      const result = await run([...args, ...state]);
      const lines = result.stderr.split('\n').filter((line) => line.startsWith('vcc-users: '));
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  }, 90_000);

  it('fails fast naming the host when VCC cannot be reached (exit 3)', async () => {
    const port = await closedPort();
    const result = await run([
      'create',
      '--template',
      TEMPLATE,
      '--view',
      'Seed Example',
      '--yes',
      '--vcc-url',
      `http://127.0.0.1:${port}`,
      ...demo().slice(0, 2)
    ]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`127.0.0.1:${port}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('generate-ids: --dry-run saves nothing, then IDs are saved and shown by check', async () => {
    const state = demo();
    const dry = await run([
      'generate-ids',
      '--view',
      'New Starters',
      '--starting-id',
      '4000',
      '--dry-run',
      '--json',
      ...state
    ]);
    const preview = JSON.parse(dry.stdout) as { userId: string; agentId: string }[];
    expect(preview).toHaveLength(40);
    const saved = await run([
      'generate-ids',
      '--view',
      'New Starters',
      '--starting-id',
      '4000',
      '--json',
      ...state
    ]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toEqual({ assignments: preview, errors: [] });
    const after = await run(['check', '--template', TEMPLATE, '--view', 'New Starters', '--json', ...state]);
    const checked = JSON.parse(after.stdout) as { users: { agentId: string }[] };
    expect(checked.users.map((user) => user.agentId)).toEqual(preview.map((row) => row.agentId));
  }, 60_000);

  it('an edited org file is read again, keeping the jobs, and the run says so', async () => {
    const { dir, file, org } = orgFile(3, 'edit');
    const sim = await startTestSimulator();
    try {
      const first = await run(createArgs(file, dir, sim));
      const job = JSON.parse(first.stdout) as JobStatus;
      expect(job.created).toBe(3);
      org.listViews.push({
        id: '00BTEST000000002AAA',
        label: 'Added Later',
        developerName: 'Added_Later',
        userIds: []
      });
      writeFileSync(file, JSON.stringify(org));
      const views = await run([
        'views',
        '--json',
        '--org-data',
        file,
        '--state-dir',
        dir,
        '--vcc-url',
        sim.url
      ]);
      expect(views.stderr).toMatch(
        /org\.json changed since the demo org state .* was saved: starting from the file again/
      );
      expect((JSON.parse(views.stdout) as { label: string }[]).map((view) => view.label)).toContain(
        'Added Later'
      );
      const again = await run([
        'job',
        job.jobId,
        '--json',
        '--org-data',
        file,
        '--state-dir',
        dir,
        '--vcc-url',
        sim.url
      ]);
      expect(JSON.parse(again.stdout)).toMatchObject({ jobId: job.jobId, created: 3 });
      // Another file with the same name elsewhere never shares this state.
      const other = orgFile(1, 'edit');
      const otherViews = await run([
        'views',
        '--json',
        '--org-data',
        other.file,
        '--state-dir',
        dir,
        '--vcc-url',
        sim.url
      ]);
      expect((JSON.parse(otherViews.stdout) as { label: string }[]).map((view) => view.label)).toEqual([
        'Test View'
      ]);
    } finally {
      await sim.close();
    }
  }, 60_000);

  it('job ID prints a job and writes its results as CSV', async () => {
    const state = demo();
    const created = JSON.parse(
      (await run(['create', '--template', TEMPLATE, '--view', 'Seed Example', '--yes', '--json', ...state]))
        .stdout
    ) as JobStatus;
    const csv = path.join(state[1], 'results.csv');
    const shown = await run(['job', created.jobId, '--csv', csv, ...state]);
    expect(shown.stdout).toMatch(new RegExp(`^Job ${created.jobId} Completed: 3 created, 2 failed of 5`));
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Salesforce User ID,Username,Status,Code,Message,NVM Agent Id,VCC User ID');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toContain(
      ',ben.carter@northwind.example,Failed,PHONE_MISSING,The user has no telephone number.'
    );
  }, 60_000);
});
