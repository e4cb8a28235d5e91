import vectors from '../../../staticresources/vccReadinessVectors.json';
import { checkApiUser, checkReadiness } from 'c/vccRules';

describe('readiness vectors through the compiled c/vccRules', () => {
  test.each(vectors.cases.map((vector) => [`${vector.function}: ${vector.name}`, vector]))(
    '%s',
    (_, vector) => {
      const result =
        vector.function === 'checkReadiness'
          ? checkReadiness(vector.input.facts, vector.input.settings)
          : checkApiUser(vector.input.facts);
      expect({ result }).toEqual(vector.expected);
    }
  );
});
