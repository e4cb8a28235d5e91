import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  apexLabelNames,
  apexLiterals,
  codeLiterals,
  labelProblems,
  readApexCodes,
  readLabelEntries,
  sentenceLiterals,
  typeScriptLabelNames,
  typeScriptLiterals
} from './messages';

const classes = path.resolve(__dirname, '../../force-app/main/default/classes');

const FIXTURE = [
  '/** A comment: this sentence is not a literal at all. */',
  'public with sharing class Fixture {',
  '  // nor is this one, it is a comment',
  "  static final String CODE = 'PHONE_MISSING';",
  "  static String a() { return 'Agent ID \\'' + id + '\\' taken'; }",
  "  static String b() { return String.join(parts, ', '); }",
  '  static String c() { return System.Label.VCC_Rule_Issue_Email_Missing; } // System.Label.VCC_In_A_Comment',
  '}'
].join('\n');

describe('the readers behind the message and code gates', () => {
  it('read Apex string literals with their lines, unescaped, and never the comments', () => {
    expect(apexLiterals(FIXTURE)).toEqual([
      { text: 'PHONE_MISSING', line: 4 },
      { text: "Agent ID '", line: 5 },
      { text: "' taken", line: 5 },
      { text: ', ', line: 6 }
    ]);
  });

  it('find a sentence written as a literal, and nothing else', () => {
    const planted = FIXTURE.replace("', '", "'The user has no phone number: add one'");
    expect(sentenceLiterals(apexLiterals(FIXTURE))).toEqual([]);
    expect(sentenceLiterals(apexLiterals(planted))).toEqual([
      { text: 'The user has no phone number: add one', line: 6 }
    ]);
  });

  it('take a SOQL query for code, not for a message', () => {
    const source = [
      "String q = 'SELECT Id, Name FROM User WHERE Id IN :userIds';",
      "String m = 'The view has more users than can be read at once';",
      "String f = 'Id, Name, Username, Email, Phone, ' + field + ', CallCenter.Name, IsActive';"
    ].join('\n');
    expect(sentenceLiterals(apexLiterals(source)).map((literal) => literal.line)).toEqual([2]);
  });

  it('catch a sentence planted in a copy of a rule class that has none', () => {
    const original = readFileSync(path.join(classes, 'VccChecks.cls'), 'utf8');
    const copy = original.replace(
      'System.Label.VCC_Rule_Issue_Email_Missing',
      "'No email address: add one to the Email field'"
    );
    expect(copy).not.toBe(original);
    expect(sentenceLiterals(apexLiterals(original))).toEqual([]);
    expect(sentenceLiterals(apexLiterals(copy)).map((literal) => literal.text)).toEqual([
      'No email address: add one to the Email field'
    ]);
  });

  it('catch a sentence planted in a copy of an operation class, and a code written as a literal', () => {
    const original = readFileSync(path.join(classes, 'VccJobStarter.cls'), 'utf8');
    const copy = original
      .replace('System.Label.VCC_Op_Users_Gone', "'Some users are gone: refresh the view'")
      .replace('VccCodes.BAD_INPUT', "'BAD_INPUT'");
    expect(copy).not.toBe(original);
    expect(sentenceLiterals(apexLiterals(original))).toEqual([]);
    expect(sentenceLiterals(apexLiterals(copy)).map((literal) => literal.text)).toEqual([
      'Some users are gone: refresh the view'
    ]);
    expect(codeLiterals(apexLiterals(original), ['BAD_INPUT'])).toEqual([]);
    expect(codeLiterals(apexLiterals(copy), ['BAD_INPUT']).map((literal) => literal.text)).toEqual([
      'BAD_INPUT'
    ]);
  });

  it('find sentences in TypeScript strings and templates', () => {
    const source = "const a = 'x y';\nconst b = `Phone '${phone}' is not a valid number: it needs digits`;\n";
    expect(sentenceLiterals(typeScriptLiterals(source))).toEqual([
      { text: "' is not a valid number: it needs digits", line: 2 }
    ]);
  });

  it('find codes written as literals', () => {
    expect(codeLiterals(apexLiterals(FIXTURE), ['PHONE_MISSING', 'CREATED'])).toEqual([
      { text: 'PHONE_MISSING', line: 4 }
    ]);
  });

  it('read the labels Apex and TypeScript code use, not those a comment names', () => {
    expect(apexLabelNames(FIXTURE)).toEqual(['VCC_Rule_Issue_Email_Missing']);
    expect(typeScriptLabelNames('format(LABELS.VCC_A, x) + LABELS.VCC_B + LABELS.VCC_A')).toEqual([
      'VCC_A',
      'VCC_B'
    ]);
  });

  it('read the constants, lists and severities of VccCodes, naming anything that is not a constant', () => {
    const codes = readApexCodes(
      [
        "public static final String PHONE_MISSING = 'PHONE_MISSING';",
        "public static final String CREATED = 'CREATED';",
        'public static final List<String> RESULT_CODES = new List<String>{ CREATED, PHONE_MISSING, OTHER };',
        "public static final Map<String, String> ISSUE_SEVERITY = new Map<String, String>{ PHONE_MISSING => 'error' };"
      ].join('\n')
    );
    expect([...codes.constants]).toEqual([
      ['PHONE_MISSING', 'PHONE_MISSING'],
      ['CREATED', 'CREATED']
    ]);
    expect(codes.lists.get('RESULT_CODES')).toEqual(['CREATED', 'PHONE_MISSING', 'not a constant: OTHER']);
    expect(Object.fromEntries(codes.severity)).toEqual({ PHONE_MISSING: 'error' });
  });

  it('hold Custom Labels to their metadata limits', () => {
    const label = (name: string, description: string | null, value: string): string =>
      `<labels><fullName>${name}</fullName>${description === null ? '' : `<shortDescription>${description}</shortDescription>`}<value>${value}</value></labels>`;
    const xml = [
      label('VCC_Ok', 'Ok', 'Fine &amp; short'),
      label('V'.repeat(81), 'Long name', 'x'),
      label('VCC_No_Description', null, 'x'),
      label('VCC_Long_Value', 'Long value', 'x'.repeat(1001)),
      label('VCC_Ok', 'Again', 'x')
    ].join('\n');
    expect(labelProblems(readLabelEntries(xml))).toEqual([
      `${'V'.repeat(81)}: not a valid name of up to 80 characters`,
      'VCC_No_Description: no shortDescription',
      'VCC_Long_Value: the value has 1001 characters (1 to 1,000)',
      'VCC_Ok: defined twice'
    ]);
  });
});
