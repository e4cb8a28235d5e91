/**
 * The org-tests workflow has every step a fork needs, in order, and deletes its scratch org always; each step
 * removed or broken in a copy of it makes the gate fail. (The workflow itself never runs in npm test.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adminPermissionSets, workflowProblems, workflowSteps } from './workflow';

const root = path.resolve(__dirname, '../..');
const workflow = readFileSync(path.join(root, '.github/workflows/org-tests.yml'), 'utf8');
const sets = adminPermissionSets(root);

function planted(from: string | RegExp, to: string): string {
  const changed = workflow.replace(from, to);
  expect(changed).not.toBe(workflow);
  return changed;
}

describe('the org-tests workflow', () => {
  it('has every step, in order, for the permission sets of the package', () => {
    expect(sets).toEqual(['VCC_Named_Credential_Access', 'VCC_Task_Field_Access', 'VCC_User_Creation_Admin']);
    expect(workflowSteps(workflow).map((step) => step.name)).toContain('Delete the scratch org');
    expect(workflowProblems(workflow, sets)).toEqual([]);
  });

  it('assigns the same permission sets as npm run scratch-org', () => {
    const script = readFileSync(path.join(root, 'scripts/scratch-org.sh'), 'utf8');
    expect(sets.filter((set) => !script.includes(`--name ${set}`))).toEqual([]);
  });

  it('is not run by npm test', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    expect(Object.values(scripts).filter((script) => script.includes('org-tests'))).toEqual([]);
  });

  it('fails without coverage, without the delete-always, or with a step missing or out of order', () => {
    expect(workflowProblems(planted(' --code-coverage', ''), sets)).toEqual([
      'no step runs the Apex tests with coverage'
    ]);
    expect(
      workflowProblems(planted("if: always() && steps.scratch.outcome != 'skipped'", 'if: success()'), sets)
    ).toEqual(['deletes the scratch org only when every step passed: give it if: always()']);
    expect(workflowProblems(planted(/\n {6}- name: Deploy the package\n[^\n]*\n/, '\n'), sets)).toEqual([
      'no step deploys the package'
    ]);
    expect(workflowProblems(planted(' --name VCC_Task_Field_Access', ''), sets)).toEqual([
      'does not assign the permission set VCC_Task_Field_Access'
    ]);
    const late = planted(/(\n {6}- name: Create a scratch org\n(?: {8,}[^\n]*\n)+)/, '\n');
    expect(
      workflowProblems(
        `${late}\n      - name: Create a scratch org late\n        run: sf org create scratch --definition-file config/project-scratch-def.json\n`,
        sets
      )
    ).toEqual(['the step that deploys the package runs too early']);
  });

  it('fails without its triggers or its secret', () => {
    expect(workflowProblems(planted('  workflow_dispatch:\n', ''), sets)).toEqual([
      'not triggered by workflow_dispatch'
    ]);
    expect(
      workflowProblems(workflow.replace(/secrets\.(SFDX_AUTH_URL|DEVHUB_JWT_KEY)/g, 'secrets.OTHER'), sets)
    ).toEqual(['reads no Dev Hub secret (SFDX_AUTH_URL or DEVHUB_JWT_KEY)']);
  });
});
