/**
 * The GitHub Actions workflow that runs the Apex tests in a scratch org (.github/workflows/org-tests.yml), read as
 * text: its triggers, the Dev Hub login from a secret, and the steps a fork needs, the scratch org always deleted.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface WorkflowStep {
  name: string;
  text: string;
}

/** The steps of a workflow: each from its '- name:' line to the next. */
export function workflowSteps(yaml: string): WorkflowStep[] {
  const steps: WorkflowStep[] = [];
  for (const line of yaml.split('\n')) {
    const start = /^\s*- name:\s*(.+)$/.exec(line);
    if (start) {
      steps.push({ name: start[1].trim(), text: `${line}\n` });
    } else if (steps.length > 0) {
      steps[steps.length - 1].text += `${line}\n`;
    }
  }
  return steps;
}

/** The permission sets a tab admin needs: every set of the package but the VCC API user's. */
export function adminPermissionSets(root: string): string[] {
  return readdirSync(path.join(root, 'force-app/main/default/permissionsets'))
    .map((name) => name.replace('.permissionset-meta.xml', ''))
    .filter((name) => name !== 'VCC_API_User')
    .sort();
}

const REQUIRED: [string, RegExp][] = [
  ['installs the sf CLI', /npm install --global @salesforce\/cli/],
  ['logs in to the Dev Hub from a secret', /sf org login (sfdx-url|jwt)[\s\S]*--set-default-dev-hub/],
  [
    'creates a scratch org from the definition',
    /sf org create scratch --definition-file config\/project-scratch-def\.json/
  ],
  ['deploys the package', /sf project deploy start\b/],
  ['assigns the permission sets', /sf org assign permset\b/],
  [
    'runs the Apex tests with coverage',
    /sf apex run test\b(?=[\s\S]*--code-coverage)(?=[\s\S]*--result-format human)(?=[\s\S]*--wait 30)/
  ],
  ['deletes the scratch org', /sf org delete scratch\b[\s\S]*--no-prompt/]
];

/** What the workflow lacks, in the order the steps must run. */
export function workflowProblems(yaml: string, permissionSets: string[]): string[] {
  const problems: string[] = [];
  const triggers = /^on:[ \t]*\n((?:[ \t]+[^\n]*\n)*)/m.exec(yaml)?.[1] ?? '';
  for (const trigger of ['workflow_dispatch', 'push']) {
    if (!new RegExp(`^[ \\t]+${trigger}:`, 'm').test(triggers)) problems.push(`not triggered by ${trigger}`);
  }
  if (!/\$\{\{\s*secrets\.(SFDX_AUTH_URL|DEVHUB_JWT_KEY)\s*\}\}/.test(yaml)) {
    problems.push('reads no Dev Hub secret (SFDX_AUTH_URL or DEVHUB_JWT_KEY)');
  }
  if (!/^[ \t]+if:[ \t]*needs\.[\w-]+\.outputs\.present == 'true'/m.test(yaml)) {
    problems.push('runs its tests even when the fork has no Dev Hub secret');
  }
  const steps = workflowSteps(yaml);
  let previous = -1;
  for (const [what, pattern] of REQUIRED) {
    const index = steps.findIndex((step) => pattern.test(step.text));
    if (index < 0) {
      problems.push(`no step ${what}`);
    } else if (index < previous) {
      problems.push(`the step that ${what} runs too early`);
    }
    previous = index;
  }
  const assign = steps.find((step) => /sf org assign permset\b/.test(step.text));
  for (const set of permissionSets.filter((set) => assign && !assign.text.includes(`--name ${set}`))) {
    problems.push(`does not assign the permission set ${set}`);
  }
  const remove = steps.find((step) => /sf org delete scratch\b/.test(step.text));
  if (remove && !/^[ \t]+if:[ \t]*always\(\)/m.test(remove.text)) {
    problems.push('deletes the scratch org only when every step passed: give it if: always()');
  }
  return problems;
}
