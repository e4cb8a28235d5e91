/**
 * One source per language for every message and code: the Custom Labels (VCC_Rule_* for the rules, VCC_Op_* for the
 * operations) read by Apex as System.Label and by TypeScript through the generated src/core/labels.ts, and the codes
 * written once in VccCodes and src/core/codes.ts. A mismatch fails naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '../../src/core';
import * as messages from './messages';

const root = path.resolve(__dirname, '../..');
const classes = path.join(root, 'force-app/main/default/classes');
const apex = (name: string): string => readFileSync(path.join(classes, `${name}.cls`), 'utf8');
const source = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/** Product classes that still write a code as a literal, and why (none: every class writes VccCodes.NAME). */
const PENDING_CODE_LITERALS: Record<string, string> = {};

/** Labels of the rules read by one language only, and why. */
const ONE_SIDED_LABELS: Record<string, string> = {};

/** Operation classes and files that still write a message as a literal, and why. */
const PENDING_OPERATION_MESSAGES: Record<string, string> = {};

const because = (reason: string, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [`VCC_Op_${name}`, reason]));

/** Labels of the operations (VCC_Op_*) read by one language only, and why. */
const ONE_SIDED_OPERATION_LABELS: Record<string, string> = {
  ...because('the platform only: permission sets, the Named Credential, a log reference', [
    'Access_Refused',
    'Save_Failed',
    'Unexpected',
    'Credential_Refused',
    'Permission_Missing',
    'Manage_Users_Missing',
    'Agent_Id_Field_Missing'
  ]),
  ...because(
    'the limits of an Apex transaction (callouts, rows, queued steps), which TypeScript does not have',
    [
      'Restarted',
      'Agent_Ids_Stopped',
      'Job_Stopped',
      'Apex_Job_Aborted',
      'Notice_Vcc_Retrying',
      'Notice_Rate_Limited',
      'Agent_Ids_Rate_Limited',
      'Too_Many_Agent_Ids',
      'Too_Many_Agent_Ids_Held',
      'Vcc_Users_Rate_Limited',
      'Vcc_Users_Too_Many',
      'Preview_Rate_Limited',
      'Preview_Too_Many',
      'Callouts_Spent',
      'Callout_Time_Spent',
      'Stopped_Calling',
      'Rate_Limited_Wait',
      'No_Answer_After_Tries'
    ]
  ),
  ...because('how Apex reads VCC answers through the Named Credential, one page a transaction', [
    'Not_Page_Token',
    'Malformed_User_List',
    'User_List_No_Total',
    'List_Incomplete',
    'Not_Json_Object',
    'User_Without_Id',
    'Skill_Level_Not_Number',
    'No_Permission_List',
    'Probe_Overages_Setting',
    'Probe_Token_Named_Credential',
    'Not_Resent_Agent_Id',
    'Not_Resent_Username',
    'No_Answer'
  ]),
  ...because('the TypeScript client gets its own token, paces itself and reads whole lists', [
    'Vcc_Unreachable',
    'No_Connection',
    'Token_No_Answer',
    'Token_Refused',
    'Token_Scope_Refused',
    'Token_Missing',
    'Token_Url_Wrong',
    'Scope_Needed',
    'Kept_Refusing',
    'Api_Url_Wrong',
    'List_Changed',
    'No_List',
    'No_List_Short',
    'Not_A_Url',
    'Pace_Invalid',
    'Region_Invalid',
    'Probe_Token',
    'Probe_Agents',
    'Not_Sent_Vcc_Down'
  ]),
  ...because('Apex checks the form of a Salesforce ID before it queries; TypeScript looks the ID up', [
    'Not_An_Id',
    'Fix_Blank_User_Id'
  ]),
  ...because(
    'the same refusal in each language: Apex counts the users it could not read, TypeScript names them',
    ['Users_Gone', 'Users_Unknown']
  ),
  ...because('one job at a time: Apex through the job records of the org, TypeScript through a lock file', [
    'Retry_Creation_Only',
    'Job_Running',
    'Another_Admin',
    'Cancelling',
    'Job_Stopped_Before_User',
    'Job_Starting',
    'Job_Still_Running',
    'Job_Locked',
    'Job_Reservation',
    'Notice_Retrying_Of',
    'Notice_Retrying_Try',
    'Notice_Slow_Down_Try'
  ]),
  ...because(
    'the local orgs of TypeScript (the demo org file, jsforce, the sf CLI); the platform does this for Apex',
    [
      'View_Not_Found',
      'No_Readiness',
      'Not_A_Username',
      'Demo_No_Permission_Set_Id',
      'Demo_Duplicate_Assignment',
      'Demo_No_Call_Center_Id',
      'Demo_State_Stale',
      'Demo_No_Readiness',
      'Demo_State_Invalid',
      'Demo_Duplicate_Agent_Id',
      'Data_File_Unreadable',
      'Data_File_Name',
      'Data_File_Not_Org_Data',
      'Data_File_User_Fields',
      'Not_Valid_Json',
      'Json_Place',
      'Not_A_Field',
      'Sf_Not_Installed',
      'Sf_Display_Failed',
      'Sf_No_Login',
      'Not_User_View',
      'Job_Not_Saved',
      'No_Reason',
      'Results_Not_Saved',
      'Session_Expired',
      'Salesforce_Refused',
      'Not_An_Id_Of'
    ]
  )
};

describe('one source per language for every message and code of the rules', () => {
  const labelFile = path.join(root, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');
  const entries = messages.readLabelEntries(readFileSync(labelFile, 'utf8'));
  const defined = new Set(entries.map((entry) => entry.fullName));
  const apexFiles = readdirSync(classes).filter((file) => file.endsWith('.cls'));
  const coreFiles = readdirSync(path.join(root, 'src/core'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'labels.ts')
    .map((file) => `src/core/${file}`);
  const coreUses = new Set(coreFiles.flatMap((file) => messages.typeScriptLabelNames(source(file))));
  const productClasses = apexFiles
    .map((file) => file.replace(/\.cls$/, ''))
    .filter((name) => !name.endsWith('_Tests'));
  const apexUses = new Set(productClasses.flatMap((name) => messages.apexLabelNames(apex(name))));
  const operationFiles = messages.OPERATION_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => `${folder}/${file}`)
  ).filter((file) => !messages.OPERATION_TEST_FILES.includes(file));

  it('every Custom Label keeps the metadata rules, and every label Apex or src/core reads exists', () => {
    expect(messages.labelProblems(entries)).toEqual([]);
    const read = [
      ...apexFiles.flatMap((file) => messages.apexLabelNames(apex(file.replace(/\.cls$/, '')))),
      ...coreUses
    ];
    expect([...new Set(read)].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('every label of the rules is read by both languages, or listed as one-sided with the reason', () => {
    const ruleLabels = [...defined].filter((name) => name.startsWith('VCC_Rule_'));
    const all = new Set(
      [...ruleLabels, ...coreUses, ...apexUses].filter((name) => !name.startsWith('VCC_Op_'))
    );
    const oneSided = [...all].filter((name) => !(coreUses.has(name) && apexUses.has(name)));
    expect(oneSided.filter((name) => !(name in ONE_SIDED_LABELS))).toEqual([]);
  });

  it('no sentence is written as a literal in the rules: each is a label', () => {
    const found = [
      ...messages.RULE_CLASSES.map((name) => [name, messages.apexLiterals(apex(name))] as const),
      ...messages.RULE_FILES.map((file) => [file, messages.typeScriptLiterals(source(file))] as const)
    ].flatMap(([file, literals]) =>
      messages.sentenceLiterals(literals).map((one) => `${file}:${one.line} ${one.text}`)
    );
    expect(found).toEqual([]);
  });

  it('no sentence is written as a literal in the operations or their TypeScript twins: each is a label', () => {
    const found = [
      ...messages.OPERATION_CLASSES.map((name) => [name, messages.apexLiterals(apex(name))] as const),
      ...operationFiles.map((file) => [file, messages.typeScriptLiterals(source(file))] as const)
    ]
      .filter(([, literals]) => messages.sentenceLiterals(literals).length > 0)
      .map(([file]) => file);
    expect(found.filter((file) => !(file in PENDING_OPERATION_MESSAGES))).toEqual([]);
    expect(Object.keys(PENDING_OPERATION_MESSAGES).filter((file) => !found.includes(file))).toEqual([]);
  });

  it('every label of the operations is read by Apex and by TypeScript, or listed as one-sided with the reason', () => {
    const tsUses = new Set(operationFiles.flatMap((file) => messages.typeScriptLabelNames(source(file))));
    const opLabels = [...defined].filter((name) => name.startsWith('VCC_Op_'));
    const oneSided = opLabels.filter((name) => !(tsUses.has(name) && apexUses.has(name)));
    expect(oneSided.filter((name) => !(name in ONE_SIDED_OPERATION_LABELS))).toEqual([]);
    expect(Object.keys(ONE_SIDED_OPERATION_LABELS).filter((name) => !oneSided.includes(name))).toEqual([]);
  });

  it('Apex writes a code only as VccCodes.NAME (test classes may assert the value)', () => {
    const offenders = apexFiles
      .map((file) => file.replace(/\.cls$/, ''))
      .filter((name) => name !== 'VccCodes' && !name.endsWith('_Tests'))
      .filter((name) => messages.codeLiterals(messages.apexLiterals(apex(name)), core.ALL_CODES).length > 0);
    expect(offenders.filter((name) => !(name in PENDING_CODE_LITERALS))).toEqual([]);
    expect(offenders.filter((name) => messages.RULE_CLASSES.includes(name))).toEqual([]);
  });
});
