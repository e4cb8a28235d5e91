import vectors from '../../force-app/main/default/staticresources/vccRuleVectors.json';
import * as core from './index';
import { runVector, type RuleVectorFile } from '../test/ruleVectors';

const file = vectors as unknown as RuleVectorFile;

describe('rule vectors through src/core', () => {
  test.each(file.cases.map((vector) => [`${vector.function}: ${vector.name}`, vector] as const))(
    '%s',
    (_, vector) => {
      expect(runVector(core, vector, file.userDefaults)).toEqual(vector.expected);
    }
  );

  it('cover every issue code, result code and agent-ID error', () => {
    const seen = new Set<string>();
    for (const vector of file.cases) {
      const expected = JSON.stringify(vector.expected);
      for (const code of [...core.ISSUE_CODES, ...core.RESULT_CODES, ...core.AGENT_ID_ERROR_CODES]) {
        if (expected.includes(`"${code}"`) || vector.input.code === code) {
          seen.add(code);
        }
      }
    }
    const all = [...core.ISSUE_CODES, ...core.RESULT_CODES, ...core.AGENT_ID_ERROR_CODES];
    expect(all.filter((code) => !seen.has(code))).toEqual([]);
    expect(file.cases.length).toBeGreaterThanOrEqual(60);
  });

  it('have unique names', () => {
    const names = file.cases.map((vector) => `${vector.function}: ${vector.name}`);
    expect(names.length - new Set(names).size).toBe(0);
  });
});
