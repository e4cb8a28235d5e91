/**
 * Runs the shared rule vectors (force-app/main/default/staticresources/vccRuleVectors.json) against an
 * implementation of the rules: src/core in the ts project, the compiled c/vccRules in the lwc project.
 * The Apex test VccRules_Tests does the same for VccRules.
 */
import type * as Core from '../core';

export type Rules = Pick<
  typeof Core,
  | 'generateAgentIds'
  | 'checkUsers'
  | 'classifyVccError'
  | 'resultMessage'
  | 'validateStartingId'
  | 'preflight'
  | 'resultStatus'
  | 'resultsToCsv'
  | 'splitPhone'
  | 'format'
> & { AgentIdError: new (...args: never[]) => Error & { code: string } };

export interface RuleVector {
  name: string;
  function: string;
  input: Record<string, unknown>;
  expected: { result?: unknown; error?: string };
}

export interface RuleVectorFile {
  description: string;
  userDefaults: Record<string, unknown>;
  cases: RuleVector[];
}

type Input = Record<string, never>;

/** What one case gives: `{ result }`, or `{ error: code }` when generateAgentIds throws an AgentIdError. */
export function runVector(rules: Rules, vector: RuleVector, userDefaults: Record<string, unknown>): unknown {
  const input = vector.input as Input;
  switch (vector.function) {
    case 'generateAgentIds':
      try {
        return { result: rules.generateAgentIds(input.users, input.options) };
      } catch (error) {
        if (error instanceof rules.AgentIdError) {
          return { error: error.code };
        }
        throw error;
      }
    case 'checkUsers': {
      const users = (input.users as Record<string, unknown>[]).map((user) => ({ ...userDefaults, ...user }));
      return { result: rules.checkUsers(users as never, input.context) };
    }
    case 'validateStartingId':
      return { result: rules.validateStartingId(input.value, input.maxDigits ?? undefined) };
    case 'classifyVccError':
      return { result: rules.classifyVccError(input.status, input.body, input.unreachable ?? false) };
    case 'resultMessage':
      return { result: rules.resultMessage(input.code, input.details) };
    case 'resultStatus':
      return { result: rules.resultStatus(input.code) };
    case 'resultsToCsv':
      return { result: rules.resultsToCsv(input.results) };
    case 'splitPhone':
      return { result: rules.splitPhone(input.phone) };
    case 'preflight':
      return { result: rules.preflight(input.issues, input.details) };
    case 'format':
      return { result: rules.format(input.template, ...(input.args as unknown[])) };
    default:
      throw new Error(`Unknown function '${vector.function}' in vector '${vector.name}'`);
  }
}
