import vectors from '../../force-app/main/default/staticresources/vccCreateBodyVectors.json';
import {
  ACCOUNT_FIELDS,
  AGENT_SETTINGS,
  buildCreateBody,
  CAPACITY_FIELD,
  SALESFORCE_FIELDS,
  TELEPHONY_SETTINGS,
  toTelephony,
  type SalesforceUserForVcc
} from './createBody';

interface BodyVector {
  name: string;
  template: { userAccountConfiguration?: unknown };
  user: {
    id: string;
    username: string;
    name: string;
    email: string;
    phone: string | null;
    agentId: string | null;
  };
  options: { sendAgentId: boolean };
  expected: Record<string, unknown>;
}

const cases = (vectors as unknown as { cases: BodyVector[] }).cases;

function salesforceUser(vector: BodyVector): SalesforceUserForVcc {
  const { id, ...rest } = vector.user;
  return { userId: id, ...rest };
}

/** Every key path of a JSON value, such as "userAccountConfiguration.agentConfiguration.location". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => [
    prefix + key,
    ...keyPaths(inner, `${prefix}${key}.`)
  ]);
}

describe('create-body vectors through buildCreateBody', () => {
  test.each(cases.map((vector) => [vector.name, vector] as const))('%s', (_, vector) => {
    expect(buildCreateBody(vector.template, salesforceUser(vector), vector.options)).toEqual(vector.expected);
  });

  it('expect only allow-listed keys (capacity contents aside)', () => {
    const account = 'userAccountConfiguration';
    const agent = `${account}.agentConfiguration`;
    const allowed = new Set<string>([
      ...SALESFORCE_FIELDS.user,
      account,
      ...ACCOUNT_FIELDS.map((key) => `${account}.${key}`),
      agent,
      ...SALESFORCE_FIELDS.agentConfiguration.map((key) => `${agent}.${key}`),
      ...AGENT_SETTINGS.map((key) => `${agent}.${key}`),
      `${agent}.telephonyAddress`,
      ...SALESFORCE_FIELDS.telephonyAddress.map((key) => `${agent}.telephonyAddress.${key}`),
      ...TELEPHONY_SETTINGS.map((key) => `${agent}.telephonyAddress.${key}`)
    ]);
    const capacity = new RegExp(`^${agent.replace(/\./g, '\\.')}\\.${CAPACITY_FIELD}(\\.|$)`, 'i');
    const outside = cases.flatMap((vector) =>
      keyPaths(vector.expected).filter((path) => !allowed.has(path) && !capacity.test(path))
    );
    expect(outside).toEqual([]);
  });

  it('are at least 10, with unique names, and cover every role and both sendAgentId values', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((vector) => vector.name)).size).toBe(cases.length);
    const roles = new Set(
      cases.map((vector) => (vector.expected.userAccountConfiguration as { role: string }).role)
    );
    expect([...roles].sort()).toEqual(['Admin', 'Agent', 'Supervisor', 'Wallboard']);
    expect(new Set(cases.map((vector) => vector.options.sendAgentId))).toEqual(new Set([true, false]));
  });
});

describe('toTelephony', () => {
  it.each([
    ['+44 20 7946 0000', '+442079460000', null],
    ['(020) 7946-0000 extension 12', '02079460000', '12'],
    ['+1.415.555.0100 X9', '+14155550100', '9'],
    ['   ', null, null],
    [null, null, null]
  ])('%p -> %p, extension %p', (phone, telephoneAddress, telephonyExtension) => {
    expect(toTelephony(phone)).toEqual({ telephoneAddress, telephonyExtension });
  });
});
