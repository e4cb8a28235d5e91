/**
 * Offline gates on the Apex tests, for what makes them fail in a real org although they pass as read:
 *   - runAs: every @IsTest method that calls the controller, the service, the selector or the batch does so inside
 *     System.runAs with a user other than the running one; the class creates VccTestFactory.admin() (or
 *     userAdmin()), and admin() assigns the VCC_User_Creation_Admin permission set (a deployed package gives the
 *     running admin no access to its fields);
 *   - mocks: no Test.setMock after Test.startTest() in a method, and Database.executeBatch / System.enqueueJob run
 *     between Test.startTest() and Test.stopTest();
 *   - test data: no literal Username (usernames are unique across every Salesforce org), no e-mail literal on a
 *     real-looking domain (only the reserved .example, .test, .invalid, .localhost and example.com/net/org), no
 *     literal agent ID given to NVM_Agent_Id__c or as VccTestFactory.agents' first agent ID;
 *   - no Profile looked up by its Name (profile names differ by language and edition);
 * and on the service: generateAgentIds reaches System.enqueueJob behind a size() comparison, so a large view is
 * never updated in one synchronous transaction.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readClass, type ApexClass, type ApexMethod } from './structure';

/** The classes whose use needs the running user's permission set. */
const GUARDED_CALLS = [
  /\bVccUserCreationController\s*\.\s*\w+\s*\(/g,
  /\bVccUserCreationService\s*\.\s*\w+\s*\(/g,
  /\bnew\s+(VccUserCreationService|VccUserSelector|VccUserCreationBatch|VccJobQueries|VccJobSelector|VccJobStarter|VccViewPages)\s*\(/g
];
const SELF = /^new\s+User\s*\(\s*Id\s*=\s*UserInfo\.getUserId\(\)\s*\)$/i;
const RESERVED_DOMAIN = /(\.(example|test|invalid|localhost)|(^|\.)example\.(com|net|org))$/i;

/** Comments and string contents blanked out (same length), so patterns only see code. */
export function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\])*'/g, (match) =>
    match.startsWith("'") ? `'${' '.repeat(match.length - 2)}'` : match.replace(/[^\n]/g, ' ')
  );
}

/** Comments blanked out, strings kept. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\])*'/g, (match) =>
    match.startsWith("'") ? match : match.replace(/[^\n]/g, ' ')
  );
}

/** The index just past the bracket closing the one at `open`. */
function closing(code: string, open: number): number {
  const pair: Record<string, string> = { '(': ')', '{': '}' };
  const opener = code[open];
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === opener) depth++;
    if (code[i] === pair[opener] && --depth === 0) return i + 1;
  }
  return code.length;
}

interface RunAsBlock {
  user: string;
  start: number;
  end: number;
}

/** Every System.runAs(user) { ... } in a body: the user expression and the block's range. */
function runAsBlocks(code: string, original: string): RunAsBlock[] {
  return [...code.matchAll(/\bSystem\s*\.\s*runAs\s*\(/gi)].map((match) => {
    const open = match.index + match[0].length - 1;
    const close = closing(code, open);
    const brace = code.indexOf('{', close);
    return { user: original.slice(open + 1, close - 1).trim(), start: brace, end: closing(code, brace) };
  });
}

const lineAt = (source: string, index: number): number => source.slice(0, index).split('\n').length;

const isTest = (method: ApexMethod): boolean =>
  method.modifiers.includes('@istest') || method.modifiers.includes('testmethod');

/** The guarded calls of a body: the classes' own, and calls to helpers of the test class that make them. */
function guardedCalls(body: string, helpers: string[]): RegExpMatchArray[] {
  const patterns = [...GUARDED_CALLS];
  if (helpers.length > 0) {
    patterns.push(new RegExp(`(?<![.\\w])(${helpers.join('|')})\\s*\\(`, 'g'));
  }
  return patterns.flatMap((pattern) => [...body.matchAll(pattern)]);
}

function runAsProblems(file: string, source: string, apexClass: ApexClass): string[] {
  const problems: string[] = [];
  const code = codeOnly(source);
  const bodyOf = (method: ApexMethod): string =>
    code.slice(method.bodyOffset, method.bodyOffset + method.body.length);
  const helpers = apexClass.methods
    .filter((method) => !isTest(method) && guardedCalls(bodyOf(method), []).length > 0)
    .map((method) => method.name);
  let guarded = helpers.length > 0;
  for (const method of apexClass.methods.filter(isTest)) {
    const body = bodyOf(method);
    const blocks = runAsBlocks(body, method.body).filter((block) => !SELF.test(block.user));
    for (const call of guardedCalls(body, helpers)) {
      guarded = true;
      if (!blocks.some((block) => call.index! > block.start && call.index! < block.end)) {
        const what = call[0].replace(/\s+/g, ' ').replace(/\s*\($/, '');
        problems.push(
          `${file}:${lineAt(source, method.bodyOffset + call.index!)} ${method.name} calls ${helpers.includes(what) ? `${what}(), which uses the service,` : what} outside System.runAs with a VccTestFactory user`
        );
      }
    }
  }
  if (guarded && !/\bVccTestFactory\s*\.\s*(admin|userAdmin)\s*\(/.test(code)) {
    problems.push(
      `${file}: calls the controller or the service but never creates VccTestFactory.admin() or userAdmin()`
    );
  }
  return problems;
}

function orderProblems(file: string, source: string, apexClass: ApexClass): string[] {
  const problems: string[] = [];
  const code = codeOnly(source);
  for (const method of apexClass.methods.filter(isTest)) {
    const body = code.slice(method.bodyOffset, method.bodyOffset + method.body.length);
    const start = body.search(/\bTest\s*\.\s*startTest\s*\(/i);
    const stop = body.search(/\bTest\s*\.\s*stopTest\s*\(/i);
    const at = (index: number): string =>
      `${file}:${lineAt(source, method.bodyOffset + index)} ${method.name}`;
    for (const mock of body.matchAll(/\bTest\s*\.\s*setMock\s*\(/gi)) {
      if (start >= 0 && mock.index > start) {
        problems.push(`${at(mock.index)} sets a mock after Test.startTest(): set every mock before it`);
      }
    }
    for (const run of body.matchAll(/\b(Database\s*\.\s*executeBatch|System\s*\.\s*enqueueJob)\s*\(/gi)) {
      if (start < 0 || stop < 0 || run.index < start || run.index > stop) {
        problems.push(
          `${at(run.index)} runs ${run[1].replace(/\s+/g, '')} outside Test.startTest()/Test.stopTest(): it would not run before the assertions`
        );
      }
    }
  }
  return problems;
}

function dataProblems(file: string, source: string): string[] {
  const text = withoutComments(source);
  const problems: string[] = [];
  const at = (index: number, what: string): string => `${file}:${lineAt(source, index)} ${what}`;
  for (const match of text.matchAll(/\bUsername\s*=\s*'[^']*'\s*[,)\n;]/gi)) {
    problems.push(at(match.index, 'a literal Username: generate it (usernames are unique across all orgs)'));
  }
  for (const match of text.matchAll(/'[^'\s]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)'/g)) {
    if (!RESERVED_DOMAIN.test(match[1])) {
      problems.push(
        at(match.index, `${match[0]} is on a real-looking domain: use a reserved one (.example)`)
      );
    }
  }
  for (const match of text.matchAll(
    /\bNVM_Agent_Id__c\s*=\s*'\d+'|\bput\s*\([^,()]*(agentIdField\s*\(\s*\)|'NVM_Agent_Id__c')\s*,\s*'\d+'/gi
  )) {
    problems.push(at(match.index, 'a literal agent ID in test data: generate it'));
  }
  for (const match of text.matchAll(/\bVccTestFactory\s*\.\s*agents\s*\([^,()]+,\s*\d+\s*\)/g)) {
    problems.push(at(match.index, `${match[0]}: a literal first agent ID can collide with the org's users`));
  }
  for (const match of codeOnly(source).matchAll(
    /\bFROM\s+Profile\s+WHERE\s+Name\s*=|\bProfile\s*\.\s*Name\s*=/gi
  )) {
    problems.push(at(match.index, 'looks a Profile up by Name, which differs by language and edition'));
  }
  return problems;
}

/** The test classes of a classes folder: *_Tests.cls, plus VccTestFactory.cls for the data rules. */
export function apexTestProblems(classesDir: string): string[] {
  const names = existsSync(classesDir) ? readdirSync(classesDir).sort() : [];
  const problems: string[] = [];
  for (const name of names.filter((name) => name.endsWith('_Tests.cls') || name === 'VccTestFactory.cls')) {
    const source = readFileSync(path.join(classesDir, name), 'utf8');
    let apexClass: ApexClass;
    try {
      apexClass = readClass(source);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    if (name.endsWith('_Tests.cls')) {
      problems.push(...runAsProblems(name, source, apexClass), ...orderProblems(name, source, apexClass));
    }
    problems.push(...dataProblems(name, source));
  }
  return [...problems, ...factoryProblems(classesDir)];
}

/** VccTestFactory.admin() assigns the VCC_User_Creation_Admin permission set (directly or through its helpers). */
function factoryProblems(classesDir: string): string[] {
  const file = path.join(classesDir, 'VccTestFactory.cls');
  if (!existsSync(file)) {
    return [];
  }
  const source = readFileSync(file, 'utf8');
  let factory: ApexClass;
  try {
    factory = readClass(source);
  } catch {
    return [];
  }
  const bodies = reached(
    (name) => (name === factory.name ? factory : undefined),
    [factory.name, 'admin']
  ).map((method) => codeOnly(method.body));
  const assigns = bodies.some((body) => /\bnew\s+PermissionSetAssignment\s*\(/.test(body));
  return assigns && source.includes("'VCC_User_Creation_Admin'")
    ? []
    : ['VccTestFactory.cls: admin() does not assign the VCC_User_Creation_Admin permission set'];
}

/** Loads a class by name (parsed once, when first reached), or undefined when there is none. */
type Loader = (name: string) => ApexClass | undefined;

function loader(classesDir: string): Loader {
  const cache = new Map<string, ApexClass | undefined>();
  return (name) => {
    if (!cache.has(name)) {
      const file = path.join(classesDir, `${name}.cls`);
      let apexClass: ApexClass | undefined;
      try {
        apexClass = existsSync(file) ? readClass(readFileSync(file, 'utf8')) : undefined;
      } catch {
        apexClass = undefined; // a class that does not parse is reported by the parse gate
      }
      cache.set(name, apexClass);
    }
    return cache.get(name);
  };
}

/** Methods reached from one, through calls to the same class, Class.method( and new Class(. */
function reached(load: Loader, start: [string, string]): ApexMethod[] {
  const seen = new Set<string>();
  const found: ApexMethod[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const [className, methodName] = queue.shift()!;
    const key = `${className}.${methodName}`;
    const apexClass = seen.has(key) ? undefined : load(className);
    seen.add(key);
    for (const method of apexClass?.methods.filter((method) => method.name === methodName) ?? []) {
      found.push(method);
      const code = codeOnly(method.body);
      for (const call of code.matchAll(/(?:\b(\w+)\s*\.\s*)?\b(\w+)\s*\(/g)) {
        const owner = call[1] ? (/^Vcc\w+$/.test(call[1]) && load(call[1]) ? call[1] : null) : className;
        if (owner) queue.push([owner, call[2]]);
      }
      for (const created of code.matchAll(/\bnew\s+(Vcc\w+)\s*\(/g)) {
        if (load(created[1])) queue.push([created[1], created[1]]);
      }
    }
  }
  return found;
}

/** generateAgentIds hands a view above a size limit to a Queueable instead of updating it synchronously. */
export function viewSizeProblems(classesDir: string): string[] {
  const load = loader(classesDir);
  if (!load('VccUserCreationService')?.methods.some((method) => method.name === 'generateAgentIds')) {
    return ['VccUserCreationService has no generateAgentIds'];
  }
  const bodies = reached(load, ['VccUserCreationService', 'generateAgentIds']).map((method) =>
    codeOnly(method.body)
  );
  const problems: string[] = [];
  if (!bodies.some((body) => /\bSystem\s*\.\s*enqueueJob\s*\(/i.test(body))) {
    problems.push(
      'VccUserCreationService.generateAgentIds never reaches System.enqueueJob: a large view would be updated in one synchronous transaction'
    );
  }
  if (
    !bodies.some((body) =>
      /\bif\s*\([^{;]*\.size\s*\(\s*\)\s*[<>]=?|\bif\s*\([^{;]*[<>]=?\s*[\w.]*\.size\s*\(\s*\)/.test(body)
    )
  ) {
    problems.push(
      'VccUserCreationService.generateAgentIds compares no size() with a limit before updating users'
    );
  }
  return problems;
}
