import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import vectors from '../../force-app/main/default/staticresources/vccPageVectors.json';
import * as core from './index';
import { seededRandom } from '../vcc/simulator/data';
import type { Issue, UserCheck, ViewQuery, ViewSortBy, ViewUser } from './index';

interface PageVector {
  name: string;
  function: string;
  input: Record<string, never>;
  expected: { result: unknown };
}

const file = vectors as unknown as { userDefaults: Record<string, unknown>; cases: PageVector[] };

type Rules = typeof core;

/** The compiled LWC module c/vccRules, loaded as CommonJS. */
function loadLwcRules(): Rules {
  const source = readFileSync(
    path.join(__dirname, '../../force-app/main/default/lwc/vccRules/vccRules.js'),
    'utf8'
  );
  const { code } = transformSync(source, { format: 'cjs', target: 'es2020' });
  const module = { exports: {} as Rules };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports;
}

/** What one case gives, as the vectors hold it (pageView: the page without rows, plus rowIds). */
function run(rules: Rules, vector: PageVector): unknown {
  const input = vector.input;
  switch (vector.function) {
    case 'pageView': {
      const users = (input.users as Record<string, unknown>[]).map((user) => ({
        ...file.userDefaults,
        ...user
      }));
      const page = rules.pageView(users as unknown as ViewUser[], input.checks, input.query);
      const checks = input.checks as UserCheck[];
      for (const row of page.rows) {
        expect(row.issues).toEqual(checks.find((check) => check.userId === row.user.id)?.issues ?? []);
        expect(row.user).toEqual(users.find((user) => user.id === row.user.id));
      }
      const { rows, ...rest } = page;
      return { ...rest, rowIds: rows.map((row) => row.user.id) };
    }
    case 'normalizeViewQuery':
      return rules.normalizeViewQuery(input.query);
    case 'normalizeJobQuery':
      return rules.normalizeJobQuery(input.query);
    case 'resultMatches':
      return rules.resultMatches(input.status, input.filter);
    case 'matchingCount':
      return rules.matchingCount(input.counts, input.filter);
    case 'jobVersion':
      return rules.jobVersion(input.status, input.lastSequence, input.processed);
    case 'secondsLeft':
      return rules.secondsLeft(input.job, input.nowMs);
    case 'summarizeAgentIds':
      return rules.summarizeAgentIds(input.assignments, input.context);
    default:
      throw new Error(`Unknown function '${vector.function}' in vector '${vector.name}'`);
  }
}

const cases = file.cases.map((vector) => [`${vector.function}: ${vector.name}`, vector] as const);

describe('page vectors through src/core', () => {
  test.each(cases)('%s', (_, vector) => {
    expect(run(core, vector)).toEqual(vector.expected.result);
  });

  it('cover every function, every sortBy both ways, and have unique names', () => {
    const functions = new Set(file.cases.map((vector) => vector.function));
    expect([...functions].sort()).toEqual(
      [
        'jobVersion',
        'matchingCount',
        'normalizeJobQuery',
        'normalizeViewQuery',
        'pageView',
        'resultMatches',
        'secondsLeft',
        'summarizeAgentIds'
      ].sort()
    );
    const sorts = new Set(
      file.cases
        .filter((vector) => vector.function === 'pageView')
        .map((vector) => {
          const query = (vector.input.query ?? {}) as ViewQuery;
          return `${query.sortBy ?? 'name'}:${query.sortDir ?? 'asc'}`;
        })
    );
    for (const sortBy of core.VIEW_SORTS) {
      expect(sorts).toContain(`${sortBy}:asc`);
      expect(sorts).toContain(`${sortBy}:desc`);
    }
    const names = file.cases.map((vector) => `${vector.function}: ${vector.name}`);
    expect(names.length - new Set(names).size).toBe(0);
  });
});

describe('page vectors through c/vccRules', () => {
  const lwc = loadLwcRules();
  test.each(cases)('%s', (_, vector) => {
    expect(run(lwc, vector)).toEqual(vector.expected.result);
  });
});

// A literal reading of the contract, written apart from pageView, to compare it with on random views.
function isBlankText(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function literalCompareText(a: string | null, b: string | null): number | null {
  if (isBlankText(a) || isBlankText(b)) {
    return null;
  }
  const x = (a as string).toLowerCase();
  const y = (b as string).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function blankLast(a: string | null, b: string | null): number {
  if (isBlankText(a) && isBlankText(b)) {
    return 0;
  }
  if (isBlankText(a) || isBlankText(b)) {
    return isBlankText(a) ? 1 : -1;
  }
  return literalCompareText(a, b) as number;
}

function numberText(value: string): string {
  return value.replace(/^0+(?=\d)/, '');
}

function compareAgentIds(a: string, b: string): number {
  const digitsA = /^\d+$/.test(a);
  const digitsB = /^\d+$/.test(b);
  if (digitsA && digitsB) {
    const x = numberText(a);
    const y = numberText(b);
    return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
  }
  if (digitsA !== digitsB) {
    return digitsA ? -1 : 1;
  }
  return literalCompareText(a, b) as number;
}

function severities(issues: Issue[]): number[] {
  return ['error', 'warning', 'info'].map((severity) => issues.filter((i) => i.severity === severity).length);
}

function literalPage(users: ViewUser[], checks: UserCheck[], query: ViewQuery): string[] {
  const issuesOf = (id: string): Issue[] => checks.find((check) => check.userId === id)?.issues ?? [];
  const search = query.search?.trim().toLowerCase() ?? '';
  const field: Record<Exclude<ViewSortBy, 'issues'>, (user: ViewUser) => string | null> = {
    name: (user) => user.name,
    username: (user) => user.username,
    phone: (user) => user.phone,
    agentId: (user) => user.agentId,
    callCenter: (user) => user.callCenterName
  };
  const sortBy = query.sortBy ?? 'name';
  const sign = query.sortDir === 'desc' ? -1 : 1;
  return users
    .filter((user) => !query.onlyIssues || issuesOf(user.id).some((i) => i.severity !== 'info'))
    .filter(
      (user) =>
        search === '' ||
        [user.name, user.username, user.email, user.phone, user.agentId, user.callCenterName].some((value) =>
          (value ?? '').toLowerCase().includes(search)
        )
    )
    .sort((a, b) => {
      let primary: number;
      if (sortBy === 'issues') {
        const [x, y] = [severities(issuesOf(a.id)), severities(issuesOf(b.id))];
        primary = sign * (x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
      } else {
        const [x, y] = [field[sortBy](a), field[sortBy](b)];
        if (isBlankText(x) || isBlankText(y)) {
          primary = blankLast(x, y);
        } else {
          primary =
            sign * (sortBy === 'agentId' ? compareAgentIds(x as string, y as string) : blankLast(x, y));
        }
      }
      return primary || blankLast(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    })
    .map((user) => user.id);
}

describe('pageView', () => {
  it('agrees with a literal reading of the contract on 500 random views', () => {
    const random = seededRandom(20261129);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const names = ['Ann', 'ann', 'ANN', 'Bo', 'bob', '_x', 'Zoë', ' ', null, 'al', 'Al B'];
    const agentIds = ['1', '01', '001', '10', '9', '99999999999', 'A1', 'a1', '1a', '', ' ', null, '0'];
    const phones = ['+1 555', '555-0100', '0', null, '  ', '(020) 7946'];
    const centers = ['North', 'north', 'South', null, ''];
    for (let view = 0; view < 500; view++) {
      const size = Math.floor(random() * 30);
      const users: ViewUser[] = [];
      const checks: UserCheck[] = [];
      for (let i = 0; i < size; i++) {
        const id = `u${Math.floor(random() * 1000)}_${i}`;
        users.push({
          id,
          name: pick(names),
          username: pick(['a@x.com', 'B@x.com', null, 'b@y.org']),
          email: pick(['Mail@Example.com', null]),
          phone: pick(phones),
          agentId: pick(agentIds),
          callCenterId: null,
          callCenterName: pick(centers),
          isActive: true,
          licenseName: null
        });
        const codes = core.ISSUE_CODES.filter(() => random() < 0.15);
        if (random() < 0.9) {
          checks.push({
            userId: id,
            issues: codes.map((code) => ({ code, severity: core.ISSUE_SEVERITY[code], message: code }))
          });
        }
      }
      const query: ViewQuery = {
        sortBy: pick(core.VIEW_SORTS),
        sortDir: pick(['asc', 'desc'] as const),
        onlyIssues: random() < 0.3,
        search: pick([null, '', 'a', 'AN', 'x.com', '0', '1', 'north', 'mail']),
        pageSize: 1 + Math.floor(random() * 10),
        offset: Math.floor(random() * 35)
      };
      const page = core.pageView(users, checks, query);
      const expected = literalPage(users, checks, query);
      const [wanted, perPage, count] = [query.offset as number, query.pageSize as number, expected.length];
      const start = wanted < count ? wanted : count === 0 ? 0 : Math.floor((count - 1) / perPage) * perPage;
      expect({ view, matching: page.matching, ids: page.rows.map((row) => row.user.id) }).toEqual({
        view,
        matching: expected.length,
        ids: expected.slice(start, start + perPage)
      });
      expect(page.total).toBe(users.length);
      const decisions = users.map((user) =>
        core.preflight(checks.find((c) => c.userId === user.id)?.issues ?? [])
      );
      expect(page.plan).toEqual({
        create: decisions.filter((decision) => decision === null).length,
        linked: decisions.filter((decision) => decision?.status === 'AlreadyLinked').length,
        blocked: decisions.filter((decision) => decision !== null && decision.status !== 'AlreadyLinked')
          .length
      });
    }
  });

  it('gives the last page of a 10,000-user view sorted by agent ID for an offset past the end', () => {
    const random = seededRandom(7);
    const users: ViewUser[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `u${i}`,
      name: `User ${Math.floor(random() * 5000)}`,
      username: `user${i}@example.com`,
      email: null,
      phone: null,
      agentId: String(Math.floor(random() * 100000)),
      callCenterId: null,
      callCenterName: null,
      isActive: true,
      licenseName: null
    }));
    const first = core.pageView(users, [], { sortBy: 'agentId', pageSize: 200, offset: 10_000 });
    expect(first.offset).toBe(9800);
    expect(first.rows).toHaveLength(200);
    const ids = first.rows.map((row) => Number(row.user.agentId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
