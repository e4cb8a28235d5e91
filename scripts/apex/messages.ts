/**
 * One source per language for every message and code of the rules: the Custom Labels (System.Label in Apex, the
 * generated src/core/labels.ts in TypeScript) and the codes (VccCodes in Apex, src/core/codes.ts in TypeScript).
 * Pure readers of source text, for the parity test and its own tests.
 */
import ts from 'typescript';

/** The Apex classes of the rules: their messages come from labels and their codes from VccCodes. */
export const RULE_CLASSES = [
  'VccRules',
  'VccResults',
  'VccChecks',
  'VccAgentIds',
  'VccReadiness',
  'VccApiUserCheck',
  'VccCodes',
  'VccText'
];

/**
 * The Apex classes of the operations (controller, service, jobs, views, readiness, the VCC client): what they tell
 * the admin comes from the Custom Labels VCC_Op_* (or VCC_Rule_* through the rules).
 */
export const OPERATION_CLASSES = [
  'VccUserCreationController',
  'VccUserCreationService',
  'VccJobQueries',
  'VccJobStarter',
  'VccJobSelector',
  'VccViewPages',
  'VccViewSort',
  'VccPages',
  'VccPageDtos',
  'VccAgentIdPreview',
  'VccAuraErrors',
  'VccUserCreationBatch',
  'VccJobChunk',
  'VccJobFinalizer',
  'VccCreationJobs',
  'VccAgentIdJob',
  'VccUserSelector',
  'VccUserList',
  'VccAccess',
  'VccUserCreator',
  'VccCompletion',
  'VccCreateBody',
  'VccTemplate',
  'VccReadinessService',
  'VccReadinessFixes',
  'VccReadinessFacts',
  'VccReadinessSelector',
  'VccSettings',
  'VccTenantKeys',
  'VccException',
  'VccLog',
  'VccAdminClient',
  'VccTransport',
  'VccPaging',
  'VccProbe'
];

/** The folders of the TypeScript twins of the operations: every file but tests and test doubles. */
export const OPERATION_FOLDERS = ['src/service', 'src/vcc'];

/** Files of those folders that are test doubles or test helpers, not product code. */
export const OPERATION_TEST_FILES = [
  'src/service/testing.ts',
  'src/service/fakeSalesforce.ts',
  'src/vcc/testing.ts',
  'src/vcc/creatorTesting.ts',
  'src/vcc/fakeServer.ts'
];

/** The files of src/core whose messages come from ./labels. */
export const RULE_FILES = [
  'src/core/results.ts',
  'src/core/checks.ts',
  'src/core/agentIds.ts',
  'src/core/readiness.ts',
  'src/core/apiUser.ts',
  'src/core/text.ts',
  'src/core/codes.ts'
];

export interface Literal {
  text: string;
  line: number;
}

/** Every single-quoted string literal of Apex source (comments skipped), unescaped, with its line. */
export function apexLiterals(source: string): Literal[] {
  const literals: Literal[] = [];
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line++;
    } else if (source.startsWith('//', i)) {
      i = source.indexOf('\n', i) - 1;
      if (i < 0) {
        break;
      }
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      line += source.slice(i, end).split('\n').length - 1;
      i = end + 1;
    } else if (c === "'") {
      let text = '';
      for (i++; i < source.length && source[i] !== "'"; i++) {
        text += source[i] === '\\' ? source[++i] : source[i];
      }
      literals.push({ text, line });
    }
  }
  return literals;
}

/** Every string and template literal part of TypeScript source, with its line. */
export function typeScriptLiterals(source: string): Literal[] {
  const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.ES2022, true);
  const literals: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      literals.push({ text: node.text, line });
    }
    node.forEachChild(visit);
  };
  visit(file);
  return literals;
}

/** True for text a reader would take for a sentence: it has a space and four or more words. */
export function isSentence(text: string): boolean {
  return /\s/.test(text) && text.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length >= 4;
}

/**
 * True for a piece of a SOQL query, which Apex and TypeScript write in capitals (SELECT ... FROM ... WHERE), or for
 * a list of its fields ("Id, Name, CallCenter.Name").
 */
export function isQuery(text: string): boolean {
  return (
    /\b(SELECT|FROM|WHERE|ORDER BY|LIMIT)\b/.test(text) || /^[\s,]*[\w.]+(\s*,\s*[\w.]+)+[\s,]*$/.test(text)
  );
}

/** The sentence-like literals of a source: each one a message that should be a Custom Label. */
export function sentenceLiterals(literals: readonly Literal[]): Literal[] {
  return literals.filter((literal) => isSentence(literal.text) && !isQuery(literal.text));
}

/** The literals that are one of the codes: each one should be VccCodes.NAME. */
export function codeLiterals(literals: readonly Literal[], codes: readonly string[]): Literal[] {
  const known = new Set(codes);
  return literals.filter((literal) => known.has(literal.text));
}

/** Apex source with its comments blanked out (string literals kept). */
export function apexCode(source: string): string {
  return source.replace(
    /('(?:\\.|[^'\\])*')|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (match, literal?: string) => literal ?? match.replace(/[^\n]/g, ' ')
  );
}

/** The names of the labels Apex code reads: System.Label.NAME (or Label.NAME); comments do not count. */
export function apexLabelNames(source: string): string[] {
  return [...new Set([...apexCode(source).matchAll(/\bLabel\.(\w+)/g)].map((match) => match[1]))];
}

/** The names of the labels TypeScript source reads from ./labels: LABELS.NAME. */
export function typeScriptLabelNames(source: string): string[] {
  return [...new Set([...source.matchAll(/\bLABELS\.(\w+)/g)].map((match) => match[1]))];
}

/** What VccCodes declares: each String constant's name and value, and each list of constant names. */
export interface ApexCodes {
  constants: Map<string, string>;
  lists: Map<string, string[]>;
  severity: Map<string, string>;
}

export function readApexCodes(source: string): ApexCodes {
  const constants = new Map<string, string>();
  for (const match of source.matchAll(/static final String (\w+) = '([^']*)';/g)) {
    constants.set(match[1], match[2]);
  }
  const lists = new Map<string, string[]>();
  for (const match of source.matchAll(/static final List<String> (\w+) = new List<String>\{([^}]*)\}/g)) {
    lists.set(
      match[1],
      match[2]
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => constants.get(item) ?? `not a constant: ${item}`)
    );
  }
  const severity = new Map<string, string>();
  const map = /ISSUE_SEVERITY = new Map<String, String>\{([^}]*)\}/.exec(source);
  for (const pair of map?.[1].matchAll(/(\w+)\s*=>\s*'(\w+)'/g) ?? []) {
    severity.set(constants.get(pair[1]) ?? `not a constant: ${pair[1]}`, pair[2]);
  }
  return { constants, lists, severity };
}

/** A Custom Label as the metadata file holds it. */
export interface LabelEntry {
  fullName: string;
  shortDescription: string | null;
  value: string | null;
}

export function readLabelEntries(xml: string): LabelEntry[] {
  return [...xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)].map(([, block]) => {
    const field = (name: string): string | null =>
      new RegExp(`<${name}\\s*>([\\s\\S]*?)</${name}\\s*>`).exec(block)?.[1] ?? null;
    return {
      fullName: (field('fullName') ?? '').trim(),
      shortDescription: field('shortDescription'),
      value: field('value')
    };
  });
}

/** The metadata rules of a Custom Label: fullName up to 80, value up to 1,000, shortDescription required. */
export function labelProblems(entries: readonly LabelEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.fullName;
    if (!/^[A-Za-z]\w{0,79}$/.test(name) || name.includes('__') || name.endsWith('_')) {
      problems.push(`${name}: not a valid name of up to 80 characters`);
    }
    if (seen.has(name)) {
      problems.push(`${name}: defined twice`);
    }
    seen.add(name);
    if (entry.shortDescription === null || entry.shortDescription.trim() === '') {
      problems.push(`${name}: no shortDescription`);
    }
    const value = (entry.value ?? '').replace(/&(amp|lt|gt|quot|apos);/g, '_');
    if (value.length === 0 || value.length > 1000) {
      problems.push(`${name}: the value has ${value.length} characters (1 to 1,000)`);
    }
  }
  return problems;
}
