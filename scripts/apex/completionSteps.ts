/**
 * Offline gate on the steps that make a VCC user complete in Apex (VccCompletion.cls), which no org runs here:
 *   - every step name steps() can produce is distinct: a user's groups ('groups') and its group permissions are two
 *     steps, so a permission step must not be named by its bare kind (VccAdminClient.PERMISSION_KINDS holds
 *     'groups' too, and writeStep / mergeStep dispatch on the name: a clash writes the groups twice and the group
 *     permissions never);
 *   - the names a result gives a missing permission list (PERMISSION_NAMES) are those of src/vcc/completion.ts
 *     (PERMISSION_LABELS), so a result reads the same from the tab and from the CLI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { codeOnly } from './apexTests';
import { readClass, type ApexClass } from './structure';

const stringLiterals = (text: string): string[] =>
  [...text.matchAll(/'((?:\\.|[^'\\])*)'/g)].map((match) => match[1]);

/** The value of `static final String NAME = '...'` in a class source, or undefined. */
function stringConstant(source: string, name: string): string | undefined {
  return new RegExp(`\\bString\\s+${name}\\s*=\\s*'((?:\\\\.|[^'\\\\])*)'\\s*;`).exec(source)?.[1];
}

/** The string literals of `List<String> NAME = new List<String>{ ... }` in a class source. */
function listConstant(source: string, name: string): string[] | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*new\\s+List<String>\\s*\\{([^}]*)\\}`).exec(source);
  return match ? stringLiterals(match[1]) : undefined;
}

/** The 'key' => 'value' pairs of `Map<String, String> NAME = new Map<String, String>{ ... }`. */
function mapConstant(source: string, name: string): Map<string, string> | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*new\\s+Map<String,\\s*String>\\s*\\{([^}]*)\\}`).exec(source);
  if (!match) {
    return undefined;
  }
  const pairs = [...match[1].matchAll(/'((?:\\.|[^'\\])*)'\s*=>\s*'((?:\\.|[^'\\])*)'/g)];
  return new Map(pairs.map((pair) => [pair[1], pair[2]]));
}

/**
 * The step names of steps(): its literal names.add('x'), and for the loop over the permission kinds the value of
 * its names.add(expression) for each kind (expression: the loop variable, 'literal' + it, or CONSTANT + it).
 */
function stepNames(source: string, steps: string, kinds: string[]): string[] | string {
  const code = codeOnly(steps);
  const names: string[] = [];
  const loop = /\bfor\s*\(\s*String\s+(\w+)\s*:\s*[^)]*permissionKinds\s*\(\s*\)\s*\)/.exec(code);
  for (const added of code.matchAll(/\bnames\s*\.\s*add\s*\(([^;]*)\)\s*;/g)) {
    const open = added.index! + added[0].indexOf('(') + 1;
    const expression = steps.slice(open, added.index! + added[0].lastIndexOf(')')).trim();
    const literal = /^'((?:\\.|[^'\\])*)'$/.exec(expression);
    if (literal) {
      names.push(literal[1]);
      continue;
    }
    if (!loop || added.index! < loop.index) {
      return `steps() adds ${expression}, which is neither a literal nor built from the permission kind`;
    }
    const parts = expression.split('+').map((part) => part.trim());
    const variable = parts.pop();
    if (variable !== loop[1] || parts.length > 1) {
      return `steps() adds ${expression}: write a permission step as PREFIX + ${loop[1]}`;
    }
    const prefix =
      parts.length === 0
        ? ''
        : (/^'((?:\\.|[^'\\])*)'$/.exec(parts[0])?.[1] ?? stringConstant(source, parts[0]));
    if (prefix === undefined) {
      return `steps() adds ${expression}: ${parts[0]} is not a String constant of the class`;
    }
    names.push(...kinds.map((kind) => prefix + kind));
  }
  return names;
}

/** The TypeScript labels of each permission list (plural), from src/vcc/completion.ts. */
function typescriptLabels(completionTs: string): Map<string, string> {
  const block = /PERMISSION_LABELS[^=]*=\s*\{([\s\S]*?)\n\};/.exec(completionTs)?.[1] ?? '';
  const pairs = [...block.matchAll(/(\w+):\s*\[\s*'[^']*'\s*,\s*'([^']*)'\s*\]/g)];
  return new Map(pairs.map((pair) => [pair[1], pair[2]]));
}

/**
 * The problems of VccCompletion.cls in classesDir (with VccAdminClient.cls beside it), against the TypeScript
 * twin at completionTs (skipped when that file is absent).
 */
export function completionStepProblems(classesDir: string, completionTs?: string): string[] {
  const file = path.join(classesDir, 'VccCompletion.cls');
  const clientFile = path.join(classesDir, 'VccAdminClient.cls');
  if (!existsSync(file) || !existsSync(clientFile)) {
    return ['VccCompletion.cls or VccAdminClient.cls is missing'];
  }
  const source = readFileSync(file, 'utf8');
  const kinds = listConstant(readFileSync(clientFile, 'utf8'), 'PERMISSION_KINDS');
  if (!kinds || kinds.length === 0) {
    return ['VccAdminClient.cls: PERMISSION_KINDS is not a List<String> of literals'];
  }
  let apexClass: ApexClass;
  try {
    apexClass = readClass(source);
  } catch (error) {
    return [`VccCompletion.cls: ${(error as Error).message}`];
  }
  const steps = apexClass.methods.find((method) => method.name === 'steps');
  if (!steps) {
    return ['VccCompletion.cls has no steps()'];
  }
  const problems: string[] = [];
  const names = stepNames(source, steps.body, kinds);
  if (typeof names === 'string') {
    problems.push(`VccCompletion.cls:${steps.line} ${names}`);
  } else {
    const repeated = [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
    for (const name of repeated) {
      problems.push(
        `VccCompletion.cls:${steps.line} steps() names two steps '${name}': writeStep and mergeStep cannot tell them apart (a user's groups and its group permissions are different lists)`
      );
    }
  }
  const labels = mapConstant(source, 'PERMISSION_NAMES');
  if (!labels) {
    problems.push('VccCompletion.cls: PERMISSION_NAMES is not a Map<String, String> of literals');
  } else if (completionTs && existsSync(completionTs)) {
    const expected = typescriptLabels(readFileSync(completionTs, 'utf8'));
    for (const kind of kinds) {
      if (labels.get(kind) !== expected.get(kind)) {
        problems.push(
          `VccCompletion.cls: PERMISSION_NAMES names ${kind} '${labels.get(kind)}', src/vcc/completion.ts '${expected.get(kind)}'`
        );
      }
    }
  }
  return problems;
}

/**
 * Every list a test makes VccFakeApi refuse (failingWrites.put('<list>', status)) is a list path the fake routes
 * (a key of its ARRAY_NAMES: skills, groups, permissions/<kind>): any other key never fails a write, so the test
 * would assert a failure that does not happen.
 */
export function fakeWriteProblems(classesDir: string): string[] {
  const fake = path.join(classesDir, 'VccFakeApi.cls');
  if (!existsSync(fake)) {
    return [];
  }
  const routes = mapConstant(readFileSync(fake, 'utf8'), 'ARRAY_NAMES');
  if (!routes) {
    return ['VccFakeApi.cls: ARRAY_NAMES is not a Map<String, String> of literals'];
  }
  const problems: string[] = [];
  for (const name of readdirSync(classesDir)
    .filter((file) => file.endsWith('_Tests.cls'))
    .sort()) {
    const source = readFileSync(path.join(classesDir, name), 'utf8');
    const code = codeOnly(source);
    for (const put of code.matchAll(/\bfailingWrites\s*\.\s*put\s*\(\s*'/g)) {
      const start = put.index! + put[0].length;
      const list = source.slice(start, source.indexOf("'", start));
      if (!routes.has(list)) {
        const line = source.slice(0, put.index).split('\n').length;
        problems.push(
          `${name}:${line} failingWrites.put('${list}'): the fake has no list ${list} (${[...routes.keys()].join(', ')})`
        );
      }
    }
  }
  return problems;
}
