import {
  AgentIdError,
  checkUsers,
  generateAgentIds,
  needsAgentId,
  normalizePhone,
  summarizeChecks,
  vccErrorMessage,
  type ViewUser
} from './index';
import { seededRandom } from '../vcc/simulator/data';

/** The rule read literally: for each blank user, count up from the start past every number in use. */
function reference(
  users: { id: string; agentId: string | null }[],
  start: number,
  inUse: string[],
  maxDigits: number
): { userId: string; agentId: string }[] | 'EXHAUSTED' {
  const used = new Set<number>();
  for (const id of [...inUse, ...users.map((user) => user.agentId)]) {
    const text = (id ?? '').trim();
    if (/^\d+$/.test(text) && Number(text) < 10 ** maxDigits) {
      used.add(Number(text));
    }
  }
  const out: { userId: string; agentId: string }[] = [];
  let next = start;
  for (const user of users) {
    if ((user.agentId ?? '').trim() !== '') {
      continue;
    }
    while (used.has(next)) {
      next++;
    }
    if (next >= 10 ** maxDigits) {
      return 'EXHAUSTED';
    }
    out.push({ userId: user.id, agentId: String(next) });
    used.add(next);
  }
  return out;
}

describe('generateAgentIds', () => {
  it('agrees with the rule read literally on 500 random views', () => {
    const next = seededRandom(20261122);
    for (let round = 0; round < 500; round++) {
      const maxDigits = 1 + Math.floor(next() * 3);
      const max = 10 ** maxDigits - 1;
      const start = 1 + Math.floor(next() * max);
      const pick = (): string => {
        const roll = next();
        if (roll < 0.1) return 'X' + Math.floor(next() * 10);
        const n = String(Math.floor(next() * (max + 5)));
        return roll < 0.2 ? '0' + n : n;
      };
      const users = Array.from({ length: Math.floor(next() * 30) }, (_, i) => ({
        id: 'u' + i,
        agentId: next() < 0.6 ? (next() < 0.5 ? null : ' ') : pick()
      }));
      const inUse = Array.from({ length: Math.floor(next() * 60) }, pick);
      const expected = reference(users, start, inUse, maxDigits);
      const run = (): unknown => generateAgentIds(users, { startingId: start, idsInUse: inUse, maxDigits });
      if (expected === 'EXHAUSTED') {
        expect(run).toThrow(expect.objectContaining({ code: 'AGENT_ID_RANGE_EXHAUSTED' }));
      } else {
        expect(run()).toEqual(expected);
      }
    }
  });

  it('takes IDs in use from any iterable, such as a Set or a generator', () => {
    function* ids(): Generator<string> {
      yield '1';
      yield '3';
    }
    const users = [{ id: 'a' }, { id: 'b' }];
    expect(generateAgentIds(users, { idsInUse: new Set(['1', '2']) })).toEqual([
      { userId: 'a', agentId: '3' },
      { userId: 'b', agentId: '4' }
    ]);
    expect(generateAgentIds(users, { idsInUse: ids() })).toEqual([
      { userId: 'a', agentId: '2' },
      { userId: 'b', agentId: '4' }
    ]);
  });

  it('says why a starting ID is refused, naming the value', () => {
    expect(() => generateAgentIds([{ id: 'a' }], { startingId: 'twelve' })).toThrow(
      new AgentIdError(
        'STARTING_ID_INVALID',
        "Starting ID 'twelve' is not a whole number: use a whole number from 1 to 9999999999"
      )
    );
  });

  it('refuses a maxDigits that is not a whole number from 1 to 15', () => {
    expect(() => generateAgentIds([{ id: 'a' }], { maxDigits: 16 })).toThrow(RangeError);
    expect(() => generateAgentIds([{ id: 'a' }], { maxDigits: 0 })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('needsAgentId: agents, and anyone acting as an agent', () => {
    expect(needsAgentId('Agent', false)).toBe(true);
    expect(needsAgentId('Supervisor', true)).toBe(true);
    expect(needsAgentId('Supervisor', false)).toBe(false);
    expect(needsAgentId('Admin', false)).toBe(false);
  });

  it('normalizePhone keeps only the digits of a valid number', () => {
    expect(normalizePhone('+44 (0)20 7946-0000 ext. 7')).toBe('4402079460000');
    expect(normalizePhone('123456')).toBeNull();
    expect(normalizePhone(null)).toBeNull();
  });

  it('vccErrorMessage reads objects, JSON text and plain text', () => {
    expect(vccErrorMessage({ message: ' Bad ' })).toBe('Bad');
    expect(vccErrorMessage('{"message":"From JSON"}')).toBe('From JSON');
    expect(vccErrorMessage('{not json')).toBe('{not json');
    expect(vccErrorMessage({ error: 'x' })).toBeNull();
    expect(vccErrorMessage('')).toBeNull();
  });

  it('summarizeChecks counts users with errors, with warnings only, and already linked', () => {
    const base: ViewUser = {
      id: '',
      name: 'N',
      username: 'a@example.com',
      email: 'a@example.com',
      phone: '5550100',
      agentId: null,
      callCenterId: 'cc',
      callCenterName: 'CC',
      isActive: true,
      licenseName: 'Salesforce'
    };
    const checks = checkUsers(
      [
        { ...base, id: '1' },
        { ...base, id: '2', username: 'b@example.com', phone: null, callCenterId: null },
        { ...base, id: '3', username: 'c@example.com', callCenterId: null },
        { ...base, id: '4', username: 'd@example.com' }
      ],
      { needsAgentId: false, orgAgentIds: [], vccUsers: [{ username: 'D@example.com', agentId: null }] }
    );
    expect(summarizeChecks(checks)).toEqual({ total: 4, withErrors: 1, withWarnings: 1, alreadyLinked: 1 });
  });
});
