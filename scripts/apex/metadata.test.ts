/**
 * The metadata gates pass on the package and fail on each defect planted in a copy of it: an undocumented tab
 * name or motif, loose object flags, a field permission that cannot be set, an API user holding more than the
 * help pages list, and a scratch org too small for its demo users.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  apiUserProblems,
  demoUsers,
  descriptionProblems,
  fieldCoverageProblems,
  fieldPermissionProblems,
  METADATA_GATES,
  objectFlagProblems,
  packageFields,
  scratchOrgProblems,
  tabProblems
} from './metadata';
import { withFieldPermissions } from './field-permissions';

const root = path.resolve(__dirname, '../..');
const COPIED = [
  'force-app/main/default/applications',
  'force-app/main/default/tabs',
  'force-app/main/default/objects',
  'force-app/main/default/permissionsets',
  'config/project-scratch-def.json',
  'scripts/apex/demo-users.apex'
];

let copy: string;

beforeEach(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'vcc-metadata-'));
  for (const item of COPIED) {
    cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
  }
});

afterEach(() => rmSync(copy, { recursive: true, force: true }));

/** Replaces text in a file of the copy, failing when the text is not there (so a plant cannot silently miss). */
function plant(file: string, from: string | RegExp, to: string): void {
  const full = path.join(copy, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

const APP = 'force-app/main/default/applications/VCC_User_Creation.app-meta.xml';
const JOB_TAB = 'force-app/main/default/tabs/VCC_Creation_Job__c.tab-meta.xml';
const JOB = 'force-app/main/default/objects/VCC_Creation_Job__c/VCC_Creation_Job__c.object-meta.xml';
const RESULT = 'force-app/main/default/objects/VCC_Creation_Result__c/VCC_Creation_Result__c.object-meta.xml';
const TASK_SET = 'force-app/main/default/permissionsets/VCC_Task_Field_Access.permissionset-meta.xml';
const ADMIN_SET = 'force-app/main/default/permissionsets/VCC_User_Creation_Admin.permissionset-meta.xml';
const API_SET = 'force-app/main/default/permissionsets/VCC_API_User.permissionset-meta.xml';

const fieldPermission = (field: string): string =>
  `<fieldPermissions><editable>false</editable><field>${field}</field><readable>true</readable></fieldPermissions>\n  <hasActivationRequired>`;

describe('the metadata gates', () => {
  it.each(METADATA_GATES)('%s: the package passes', (_name, gate) => {
    expect(gate(root)).toEqual([]);
  });

  it('fail on an undocumented tab name in the app and in a permission set', () => {
    plant(
      APP,
      '<tabs>VCC_Creation_Job__c</tabs>',
      '<tabs>VCC_Creation_Job__c</tabs>\n  <tabs>standard-User</tabs>'
    );
    plant(ADMIN_SET, '<tab>VCC_User_Creation</tab>', '<tab>standard-User</tab>');
    expect(tabProblems(copy).reverse()).toEqual([
      "VCC_User_Creation_Admin.permissionset-meta.xml: tabSettings for 'standard-User', which is not a tab of the package",
      expect.stringContaining(
        '<tabs>standard-User</tabs> is neither a tab of the package nor a documented standard tab'
      )
    ]);
  });

  it('fail on a motif whose name is not its number, and on an unknown number', () => {
    plant(JOB_TAB, /<motif>[^<]*<\/motif>/, '<motif>Custom55: Paper</motif>');
    expect(tabProblems(copy)).toEqual([expect.stringContaining("Custom55: Paper': Custom55 is 'Books'")]);
    plant(JOB_TAB, /<motif>[^<]*<\/motif>/, '<motif>Custom101: Rocket</motif>');
    expect(tabProblems(copy)).toEqual([expect.stringContaining('is not a documented CustomNN tab style')]);
  });

  it('fail on a public job object, a broken API trio, history without enableHistory, a result without its master', () => {
    plant(JOB, /<sharingModel>[^<]*<\/sharingModel>/, '<sharingModel>ReadWrite</sharingModel>');
    plant(
      RESULT,
      /<enableStreamingApi>[^<]*<\/enableStreamingApi>/,
      '<enableStreamingApi>false</enableStreamingApi>'
    );
    plant(
      'force-app/main/default/objects/VCC_Creation_Job__c/fields/Status__c.field-meta.xml',
      '</CustomField>',
      '  <trackHistory>true</trackHistory>\n</CustomField>'
    );
    rmSync(
      path.join(copy, 'force-app/main/default/objects/VCC_Creation_Result__c/fields/Job__c.field-meta.xml')
    );
    const problems = objectFlagProblems(copy);
    expect(problems).toEqual(
      expect.arrayContaining([
        "VCC_Creation_Job__c: sharingModel is 'ReadWrite', expected 'Private'",
        expect.stringContaining(
          'VCC_Creation_Result__c: enableBulkApi=true, enableSharing=true, enableStreamingApi=false'
        ),
        'VCC_Creation_Job__c: enableHistory is not true but Status__c track history',
        'VCC_Creation_Result__c: ControlledByParent needs exactly one master-detail field to VCC_Creation_Job__c'
      ])
    );
    expect(problems).toHaveLength(4);
  });

  it('fail on Task fields without field-level security, required fields and a master-detail field', () => {
    for (const field of [
      'Task.CallDurationInSeconds',
      'Task.CallObject',
      'Task.CallDisposition',
      'Task.Status',
      'Task.ReminderDateTime'
    ]) {
      plant(TASK_SET, '<hasActivationRequired>', fieldPermission(field));
    }
    plant(ADMIN_SET, '<hasActivationRequired>', fieldPermission('VCC_Creation_Result__c.Job__c'));
    plant(
      'force-app/main/default/objects/VCC_Creation_Job__c/fields/Total__c.field-meta.xml',
      '<required>false</required>',
      '<required>true</required>'
    );
    expect(fieldPermissionProblems(copy).sort()).toEqual(
      [
        'VCC_API_User.permissionset-meta.xml: VCC_Creation_Job__c.Total__c is a required field, which has no field-level security',
        'VCC_Task_Field_Access.permissionset-meta.xml: Task.CallDisposition is not subject to field-level security (Task object reference)',
        'VCC_Task_Field_Access.permissionset-meta.xml: Task.CallDurationInSeconds is not subject to field-level security (Task object reference)',
        'VCC_Task_Field_Access.permissionset-meta.xml: Task.CallObject is not subject to field-level security (Task object reference)',
        'VCC_Task_Field_Access.permissionset-meta.xml: Task.Status is a required field: its access comes with the object permission',
        'VCC_Task_Field_Access.permissionset-meta.xml: Task.ReminderDateTime has no field-level security label (scripts/apex/data/non-fls-fields.json, keptOutWhy)',
        'VCC_User_Creation_Admin.permissionset-meta.xml: VCC_Creation_Job__c.Total__c is a required field, which has no field-level security',
        'VCC_User_Creation_Admin.permissionset-meta.xml: VCC_Creation_Result__c.Job__c is a master-detail field, which has no field-level security'
      ].sort()
    );
  });

  it('fail when a field of the package has no field permission, or a computed one is editable', () => {
    plant(
      API_SET,
      /\s*<fieldPermissions>\s*<editable>true<\/editable>\s*<field>VCC_Creation_Job__c.Total__c<\/field>\s*<readable>true<\/readable>\s*<\/fieldPermissions>/,
      ''
    );
    plant(
      'force-app/main/default/objects/VCC_Creation_Result__c/fields/Code__c.field-meta.xml',
      '</CustomField>',
      "  <formula>'X'</formula>\n</CustomField>"
    );
    expect(fieldCoverageProblems(copy)).toEqual([
      'VCC_API_User: no field permission for VCC_Creation_Job__c.Total__c',
      'VCC_API_User: VCC_Creation_Result__c.Code__c is computed and cannot be editable',
      'VCC_User_Creation_Admin: VCC_Creation_Result__c.Code__c is computed and cannot be editable'
    ]);
  });

  it('fail on a description longer than its type allows', () => {
    plant(TASK_SET, /<description\s*>/, `<description>${'x'.repeat(200)}`);
    plant(JOB, /<description\s*>/, `<description>${'x'.repeat(1000)}`);
    expect(descriptionProblems(copy).sort()).toEqual([
      expect.stringMatching(
        /^VCC_Creation_Job__c\.object-meta\.xml: the description has \d+ characters, more than 1000$/
      ),
      expect.stringMatching(
        /^VCC_Task_Field_Access\.permissionset-meta\.xml: the description has \d+ characters, more than 255$/
      )
    ]);
  });

  it('are satisfied again once field-permissions.ts rewrites the sets from the fields', () => {
    plant(
      'force-app/main/default/objects/VCC_Creation_Result__c/fields/Code__c.field-meta.xml',
      '</CustomField>',
      "  <formula>'X'</formula>\n</CustomField>"
    );
    expect(fieldCoverageProblems(copy)).toHaveLength(2);
    for (const file of [API_SET, ADMIN_SET]) {
      const full = path.join(copy, file);
      writeFileSync(full, withFieldPermissions(readFileSync(full, 'utf8'), packageFields(copy)));
    }
    expect(fieldCoverageProblems(copy)).toEqual([]);
    expect(readFileSync(path.join(copy, API_SET), 'utf8')).toContain(
      '<editable>false</editable>\n    <field>VCC_Creation_Result__c.Code__c</field>'
    );
  });

  it('fail when the API user holds more, or less, than the help pages list', () => {
    plant(API_SET, '<name>PasswordNeverExpires</name>', '<name>ModifyAllData</name>');
    plant(API_SET, /(<allowDelete>)true(<\/allowDelete>)/, '$1false$2');
    expect(apiUserProblems(copy)).toEqual([
      'VCC_API_User: misses PasswordNeverExpires, which the help pages list',
      'VCC_API_User: ModifyAllData is not in what the help pages list for the API user',
      'VCC_API_User: VCC_Creation_Job__c needs Read, Create, Edit, Delete, View All and Modify All'
    ]);
  });

  it('count the demo users per licence and see whether the script counts free licences first', () => {
    const script = readFileSync(path.join(root, 'scripts/apex/demo-users.apex'), 'utf8');
    expect(demoUsers(script)).toEqual({ perLicence: { Salesforce: 5 }, guarded: true });
  });

  it('fail on a Developer scratch org for five Salesforce users, and on an unguarded script in an undocumented edition', () => {
    plant('config/project-scratch-def.json', /"edition": "[^"]*"/, '"edition": "Developer"');
    expect(scratchOrgProblems(copy)).toEqual([
      "demo-users.apex inserts 5 'Salesforce' users, but a Developer scratch org has 2 such licences, one taken by its admin"
    ]);
    plant('config/project-scratch-def.json', /"edition": "[^"]*"/, '"edition": "Enterprise"');
    expect(scratchOrgProblems(copy)).toEqual([]);
    plant('scripts/apex/demo-users.apex', /FROM UserLicense/, 'FROM Organization');
    expect(scratchOrgProblems(copy)).toEqual([
      expect.stringContaining(
        'whose licence count is not documented, without counting the free licences first'
      )
    ]);
  });
});
