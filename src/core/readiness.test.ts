import { readFileSync } from 'node:fs';
import path from 'node:path';
import vectors from '../../force-app/main/default/staticresources/vccReadinessVectors.json';
import * as core from './index';

interface ReadinessVector {
  name: string;
  function: 'checkReadiness' | 'checkApiUser';
  input: { facts: unknown; settings?: unknown };
  expected: { result: unknown };
}

const cases = (vectors as unknown as { cases: ReadinessVector[] }).cases;

function run(vector: ReadinessVector): unknown {
  return vector.function === 'checkReadiness'
    ? core.checkReadiness(
        vector.input.facts as core.ReadinessFacts,
        vector.input.settings as core.ReadinessSettings
      )
    : core.checkApiUser(vector.input.facts as core.ApiUserFacts);
}

describe('readiness vectors through src/core', () => {
  test.each(cases.map((vector) => [`${vector.function}: ${vector.name}`, vector] as const))(
    '%s',
    (_, vector) => {
      expect({ result: run(vector) }).toEqual(vector.expected);
    }
  );

  it('cover every readiness code and every outcome of every API-user requirement', () => {
    const text = JSON.stringify(cases.map((vector) => vector.expected));
    expect(core.READINESS_CODES.filter((code) => !text.includes(`"code":"${code}"`))).toEqual([]);
    for (const outcome of ['pass', 'fail']) {
      const missing = core.API_USER_REQUIREMENTS.filter(
        (code) => !text.includes(`"code":"${code}","outcome":"${outcome}"`)
      );
      expect({ outcome, missing }).toEqual({ outcome, missing: [] });
    }
  });

  it('have unique names', () => {
    const names = cases.map((vector) => `${vector.function}: ${vector.name}`);
    expect(names.length - new Set(names).size).toBe(0);
  });
});

describe('readiness rules', () => {
  const set = (id: string, fields: core.TaskFieldPermission[]): core.ReadinessPermissionSet => ({
    id,
    name: id,
    label: null,
    isOwnedByProfile: false,
    taskFields: fields
  });
  const user = (permissionSetIds: string[]): core.ReadinessUser => ({
    id: '005X',
    name: 'X',
    username: 'x@example.com',
    isActive: true,
    licenseName: 'Salesforce',
    callCenterId: '04v1',
    phone: '+1 415 555 0100',
    permissionSetIds
  });

  it('adds up field access across permission sets: read from one, edit from another', () => {
    const sets = new Map([
      ['A', set('A', [{ field: 'Task.CallType', read: true, edit: false }])],
      ['B', set('B', [{ field: 'Task.WhoId', read: true, edit: true }])]
    ]);
    const missing = core.missingTaskFields(user(['A', 'B']), sets);
    expect(missing.some((line) => line.includes('(CallType)'))).toBe(false);
    expect(missing.some((line) => line.includes('(WhoId)'))).toBe(false);
    expect(missing).toHaveLength(core.TASK_FIELD_ACCESS.length - 2);
  });

  it('ignores a permission set the user does not have', () => {
    const sets = new Map([['A', set('A', [{ field: 'Task.CallType', read: true, edit: false }])]]);
    expect(core.missingTaskFields(user([]), sets)).toHaveLength(core.TASK_FIELD_ACCESS.length);
  });

  it('matches permission set names with or without namespace, or by label', () => {
    const vcc = { name: 'NVMContactWorld__ContactWorld_Agent', label: 'ContactWorld Agent' };
    expect(core.permissionSetMatches(vcc, ['ContactWorld_Agent'])).toBe(true);
    expect(core.permissionSetMatches(vcc, ['nvmcontactworld__contactworld_agent'])).toBe(true);
    expect(core.permissionSetMatches(vcc, ['ContactWorld Agent'])).toBe(true);
    expect(core.permissionSetMatches(vcc, ['ContactWorld_Supervisor', ' '])).toBe(false);
  });
});

describe('the Apex mirror', () => {
  const classes = path.resolve(__dirname, '../../force-app/main/default/classes');
  const apex = (name: string): string => readFileSync(path.join(classes, `${name}.cls`), 'utf8');
  const list = (text: string, constant: string): string[] => {
    const start = text.indexOf(`${constant} = new List<String>{`);
    const body = text.slice(start, text.indexOf('};', start));
    return [...body.slice(body.indexOf('{')).matchAll(/\b([A-Z][A-Z_]+)\b/g)].map((match) => match[1]);
  };

  it('lists the same readiness codes, requirements and Task fields as src/core', () => {
    expect(list(apex('VccCodes'), 'READINESS_CODES')).toEqual([...core.READINESS_CODES]);
    expect(list(apex('VccCodes'), 'API_USER_REQUIREMENTS')).toEqual([...core.API_USER_REQUIREMENTS]);
    expect(apex('VccReadiness')).toContain('READINESS_CODES = VccCodes.READINESS_CODES;');
    expect(apex('VccApiUserCheck')).toContain('API_USER_REQUIREMENTS = VccCodes.API_USER_REQUIREMENTS;');
    const fields = [
      ...apex('VccReadiness').matchAll(/new List<String>\{ '(\w+)', '([^']+)', '(read|edit)' \}/g)
    ];
    expect(fields.map((match) => ({ field: match[1], label: match[2], access: match[3] }))).toEqual(
      core.TASK_FIELD_ACCESS
    );
  });
});
