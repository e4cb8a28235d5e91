import * as rules from 'c/vccRules';
import vectors from '../../../staticresources/vccRuleVectors.json';
import { runVector } from '../../../../../../src/test/ruleVectors';

describe('c/vccRules', () => {
  test.each(vectors.cases.map((vector) => [`${vector.function}: ${vector.name}`, vector]))(
    '%s',
    (_, vector) => {
      expect(runVector(rules, vector, vectors.userDefaults)).toEqual(vector.expected);
    }
  );

  it('throws an AgentIdError with its code and a message that says what to do', () => {
    let thrown;
    try {
      rules.generateAgentIds([{ id: 'u1' }, { id: 'u2' }], { startingId: 9, maxDigits: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(rules.AgentIdError);
    expect(thrown.code).toBe('AGENT_ID_RANGE_EXHAUSTED');
    expect(thrown.message).toBe(
      'Not enough free agent IDs: 2 users need an agent ID, but only 1 of the IDs from 9 to 9 are free. ' +
        'Nothing was saved: choose a lower Starting ID.'
    );
  });
});
