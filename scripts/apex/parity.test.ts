/**
 * The Apex mirrors src/core and the TypeScript service: the DTO field names, the codes, the rule functions and the
 * controller's operations with their parameter names. Both sides are parsed; a mismatch fails naming it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import * as core from '../../src/core';
import { CONTROLLER_OPERATIONS } from '../../src/service/VccUserCreationService';
import * as createBody from '../../src/vcc/createBody';
import * as messages from './messages';
import { readClass, type ApexClass } from './structure';

const root = path.resolve(__dirname, '../..');
const classes = path.join(root, 'force-app/main/default/classes');
const apex = (name: string): string => readFileSync(path.join(classes, `${name}.cls`), 'utf8');

const RULE_FUNCTIONS = [
  'generateAgentIds',
  'validateStartingId',
  'maxAgentId',
  'checkUsers',
  'needsAgentId',
  'normalizePhone',
  'splitPhone',
  'isValidUsername',
  'classifyVccError',
  'vccErrorMessage',
  'resultMessage',
  'resultStatus',
  'preflight',
  'agentIdKey',
  'isBlank',
  'trimToNull',
  'usernameKey',
  'resultsToCsv',
  'csvCell',
  'format'
];

function sourceFile(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** Interface name -> property names, from src/core/types.ts (or another file), those it extends first. */
function typeScriptShapes(file = 'src/core/types.ts'): Map<string, string[]> {
  const shapes = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  sourceFile(file).forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      shapes.set(
        node.name.text,
        node.members.filter(ts.isPropertySignature).map((member) => (member.name as ts.Identifier).text)
      );
      parents.set(
        node.name.text,
        (node.heritageClauses ?? []).flatMap((clause) =>
          clause.types.map((type) => type.expression.getText())
        )
      );
    }
  });
  const fields = (name: string): string[] => [
    ...(parents.get(name) ?? []).flatMap(fields),
    ...(shapes.get(name) ?? [])
  ];
  return new Map([...shapes.keys()].map((name) => [name, fields(name)]));
}

/** Method name -> destructured parameter names, from the TypeScript service class. */
function serviceOperations(): Map<string, string[]> {
  const operations = new Map<string, string[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name?.text === 'VccUserCreationService') {
      for (const member of node.members) {
        if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) {
          const [first] = member.parameters;
          const names =
            first && ts.isObjectBindingPattern(first.name)
              ? first.name.elements.map((element) => (element.name as ts.Identifier).text)
              : [];
          operations.set(member.name.text, names);
        }
      }
    }
    node.forEachChild(visit);
  };
  visit(sourceFile('src/service/VccUserCreationService.ts'));
  return operations;
}

/** The files whose interfaces the VCC API shapes of VccDtos mirror (Apex declares only the fields it reads). */
const VCC_SHAPE_FILES = ['src/vcc/types.ts', 'src/vcc/probe.ts'];

/** VCC API shapes only Apex has, and why. */
const APEX_ONLY_VCC_SHAPES: Record<string, string> = {
  VccUserKeysPage:
    'one page of keys per transaction, as Apex cannot hold the tenant: src/vcc/directory.ts reads all',
  VccPermissionEntry: "a Record type in TypeScript; Apex needs a class with each kind's fields"
};

function vccShapes(): Map<string, string[]> {
  const shapes = new Map<string, string[]>();
  for (const file of VCC_SHAPE_FILES.filter((file) => existsSync(path.join(root, file)))) {
    for (const [name, fields] of typeScriptShapes(file)) {
      shapes.set(name, fields);
    }
  }
  return shapes;
}

/** Fields Apex names otherwise, as limit is a reserved word in Apex: VccPageDtos' toMap() names them limit. */
const APEX_FIELD_NAMES: Record<string, string> = {
  'JobQuery.limit': 'rowLimit',
  'JobPage.limit': 'rowLimit'
};

describe('the Apex mirrors TypeScript', () => {
  it('VccDtos and VccPageDtos have a class per type of src/core/types.ts, with the same field names', () => {
    const dtos: ApexClass[] = ['VccDtos', 'VccPageDtos'].map((name) => readClass(apex(name)));
    const problems: string[] = [];
    const shapes = typeScriptShapes();
    for (const [name, tsFields] of shapes) {
      const owner = dtos.find((dto) => dto.inner.some((inner) => inner.name === name));
      const mirror = owner?.inner.find((inner) => inner.name === name);
      if (!owner || !mirror) {
        problems.push(
          `VccDtos and VccPageDtos have no class ${name} (src/core/types.ts has interface ${name})`
        );
        continue;
      }
      const fields = tsFields.map((field) => APEX_FIELD_NAMES[`${name}.${field}`] ?? field);
      for (const field of fields.filter((field) => !mirror.fields.includes(field))) {
        problems.push(`${owner.name}.${name} has no field '${field}' (src/core/types.ts ${name})`);
      }
      for (const field of mirror.fields.filter((field) => !fields.includes(field))) {
        problems.push(`${owner.name}.${name}.${field} is not in src/core/types.ts ${name}`);
      }
    }
    const pageDtos = dtos[1].inner.filter((inner) => !shapes.has(inner.name));
    problems.push(
      ...pageDtos.map((inner) => `VccPageDtos.${inner.name} has no interface in src/core/types.ts`)
    );
    expect(problems).toEqual([]);
  });

  it('every other VccDtos class is a VCC API shape whose fields src/vcc names', () => {
    const dtos: ApexClass = readClass(apex('VccDtos'));
    const coreShapes = typeScriptShapes();
    const shapes = vccShapes();
    const problems: string[] = [];
    for (const inner of dtos.inner.filter((inner) => !coreShapes.has(inner.name))) {
      const fields = shapes.get(inner.name);
      if (inner.name in APEX_ONLY_VCC_SHAPES) {
        continue;
      }
      if (!fields) {
        problems.push(
          `VccDtos.${inner.name} has no interface in src/core/types.ts or ${VCC_SHAPE_FILES.join(', ')}`
        );
        continue;
      }
      for (const field of inner.fields.filter((field) => !fields.includes(field))) {
        problems.push(`VccDtos.${inner.name}.${field} is not in the TypeScript ${inner.name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('VccCodes holds every code of src/core/codes.ts once, the same lists in the same order, the same severities', () => {
    const codes = messages.readApexCodes(apex('VccCodes'));
    expect([...codes.constants].filter(([name, value]) => name !== value)).toEqual([]);
    expect([...codes.constants.keys()].sort()).toEqual([...core.ALL_CODES].sort());
    const lists = [
      'ISSUE_CODES',
      'RESULT_CODES',
      'AGENT_ID_ERROR_CODES',
      'READINESS_CODES',
      'API_USER_REQUIREMENTS',
      'ERROR_CODES'
    ];
    for (const list of lists) {
      expect({ list, codes: codes.lists.get(list) }).toEqual({ list, codes: [...(core as never)[list]] });
    }
    expect(Object.fromEntries(codes.severity)).toEqual(core.ISSUE_SEVERITY);
    const rules = apex('VccRules');
    expect(rules).toContain('ISSUE_CODES = VccCodes.ISSUE_CODES;');
    expect(/AGENT_ID_MAX_DIGITS\s*=\s*(\d+)/.exec(rules)?.[1]).toBe(String(core.AGENT_ID_MAX_DIGITS));
  });

  it('VccRules has every rule function of src/core', () => {
    const rules = readClass(apex('VccRules'));
    const publicStatic = rules.methods
      .filter((method) => method.modifiers.includes('public') && method.modifiers.includes('static'))
      .map((method) => method.name);
    for (const name of RULE_FUNCTIONS) {
      expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
    }
    expect(RULE_FUNCTIONS.filter((name) => !publicStatic.includes(name))).toEqual([]);
  });

  it('VccPages and VccAgentIdPreview have the page functions, sorts, filters and limits of src/core', () => {
    const publicStatic = (name: string): string[] =>
      readClass(apex(name))
        .methods.filter(
          (method) => method.modifiers.includes('public') && method.modifiers.includes('static')
        )
        .map((method) => method.name);
    const functions: Record<string, string[]> = {
      VccPages: [
        'normalizeViewQuery',
        'pageView',
        'resultMatches',
        'matchingCount',
        'jobVersion',
        'normalizeJobQuery'
      ],
      VccAgentIdPreview: ['summarizeAgentIds']
    };
    for (const [apexClass, names] of Object.entries(functions)) {
      for (const name of names) {
        expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
      }
      const declared = publicStatic(apexClass);
      expect(names.filter((name) => !declared.includes(name))).toEqual([]);
    }
    const pages = apex('VccPages');
    const list = (constant: string): string[] => {
      const match = new RegExp(`${constant}\\s*=\\s*new List<String>\\s*\\{([^}]*)\\}`).exec(pages);
      return match ? [...match[1].matchAll(/'([^']*)'/g)].map((item) => item[1]) : [];
    };
    const integer = (constant: string): number =>
      Number(new RegExp(`${constant}\\s*=\\s*(\\d+)`).exec(pages)?.[1]);
    expect(list('VIEW_SORTS')).toEqual([...core.VIEW_SORTS]);
    expect(list('STATUS_FILTERS')).toEqual([...core.STATUS_FILTERS]);
    expect(
      ['DEFAULT_PAGE_SIZE', 'MAX_PAGE_SIZE', 'MAX_SEARCH_LENGTH', 'DEFAULT_JOB_LIMIT', 'MAX_JOB_LIMIT'].map(
        integer
      )
    ).toEqual([
      core.DEFAULT_PAGE_SIZE,
      core.MAX_PAGE_SIZE,
      core.MAX_SEARCH_LENGTH,
      core.DEFAULT_JOB_LIMIT,
      core.MAX_JOB_LIMIT
    ]);
    expect(Number(/SAMPLE_SIZE\s*=\s*(\d+)/.exec(apex('VccAgentIdPreview'))?.[1])).toBe(
      core.AGENT_ID_SAMPLE_SIZE
    );
  });

  it('a retry takes the same users, and a job is unfinished in the same statuses, in both languages', () => {
    const set = (apexClass: string, constant: string): string[] => {
      const match = new RegExp(`${constant}\\s*=\\s*new Set<String>\\s*\\{([^}]*)\\}`).exec(apex(apexClass));
      return match ? [...match[1].matchAll(/'([^']*)'/g)].map((item) => item[1]).sort() : [];
    };
    // Apex also retries the users its job still holds as Pending rows: TypeScript has no such rows.
    expect(set('VccJobSelector', 'RETRY_STATUSES')).toEqual([...core.RETRY_STATUSES, 'Pending'].sort());
    expect(set('VccCreationJobs', 'UNFINISHED')).toEqual([...core.UNFINISHED_JOB_STATUSES].sort());
  });

  it('VccCreateBody copies the same allow-listed fields as src/vcc/createBody.ts', () => {
    const source = apex('VccCreateBody');
    const list = (constant: string): string[] | string => {
      const match = new RegExp(`${constant}\\s*=\\s*new List<String>\\s*\\{([^}]*)\\}`).exec(source);
      return match ? [...match[1].matchAll(/'([^']*)'/g)].map((item) => item[1]) : `no ${constant} list`;
    };
    expect(list('ACCOUNT_FIELDS')).toEqual([...createBody.ACCOUNT_FIELDS]);
    expect(list('AGENT_SETTINGS')).toEqual([...createBody.AGENT_SETTINGS]);
    expect(list('TELEPHONY_SETTINGS')).toEqual([...createBody.TELEPHONY_SETTINGS]);
    expect(/CAPACITY_FIELD\s*=\s*'([^']*)'/.exec(source)?.[1]).toBe(createBody.CAPACITY_FIELD);
  });

  it('the controller and the TypeScript service have the same operations and parameter names', () => {
    const controller = readClass(apex('VccUserCreationController'));
    const aura = controller.methods.filter((method) => method.modifiers.includes('@auraenabled'));
    expect(aura.map((method) => method.name).sort()).toEqual([...CONTROLLER_OPERATIONS].sort());
    const service = serviceOperations();
    const problems: string[] = [];
    for (const method of aura) {
      const twin = service.get(method.name);
      if (!twin) {
        problems.push(`src/service has no operation ${method.name}`);
      } else if (twin.join(',') !== method.params.join(',')) {
        problems.push(
          `${method.name}: Apex takes (${method.params.join(', ')}), TypeScript takes { ${twin.join(', ')} }`
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
