/**
 * Offline gates on the package metadata, read against the documented values kept in scripts/apex/data:
 * tab names and motifs, the job and result objects' flags, permissionable field permissions, the API user's
 * permission set, and a scratch org whose licences fit the users scripts/apex/demo-users.apex inserts.
 * Each gate takes the project root (so a test can run it on a copy with a planted defect) and returns problems.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const DATA = path.join(__dirname, 'data');
const LISTS = new Set([
  'tabs',
  'tabSettings',
  'fieldPermissions',
  'objectPermissions',
  'userPermissions',
  'fields',
  'customPermissions'
]);
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => LISTS.has(name)
});

type Xml = Record<string, unknown>;

const defaultDir = (root: string): string => path.join(root, 'force-app/main/default');
const data = <T>(name: string): T => JSON.parse(readFileSync(path.join(DATA, name), 'utf8')) as T;

function xmlFiles(dir: string, suffix: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(suffix))
        .map((name) => path.join(dir, name))
    : [];
}

function readXml(file: string, rootTag: string): Xml {
  const document = parser.parse(readFileSync(file, 'utf8')) as Record<string, Xml>;
  return document[rootTag] ?? {};
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
const list = (value: unknown): Xml[] => (Array.isArray(value) ? (value as Xml[]) : []);

/** Every <tabs> of every app names a tab of the package or a documented standard tab; every motif is documented. */
export function tabProblems(root: string): string[] {
  const dir = defaultDir(root);
  const motifs = data<{ motifs: Record<string, string> }>('tab-motifs.json').motifs;
  const standard = new Set(data<{ tabs: string[] }>('standard-tabs.json').tabs);
  const own = new Set(
    xmlFiles(path.join(dir, 'tabs'), '.tab-meta.xml').map((file) => path.basename(file, '.tab-meta.xml'))
  );
  const problems: string[] = [];
  for (const file of xmlFiles(path.join(dir, 'applications'), '.app-meta.xml')) {
    const app = readXml(file, 'CustomApplication');
    for (const tab of (app.tabs as unknown[] | undefined) ?? []) {
      const name = text(tab);
      if (!own.has(name) && !standard.has(name)) {
        problems.push(
          `${path.basename(file)}: <tabs>${name}</tabs> is neither a tab of the package nor a documented standard tab (scripts/apex/data/standard-tabs.json)`
        );
      }
    }
  }
  for (const file of xmlFiles(path.join(dir, 'permissionsets'), '.permissionset-meta.xml')) {
    for (const setting of list(readXml(file, 'PermissionSet').tabSettings)) {
      const name = text(setting.tab);
      if (!own.has(name) && !standard.has(name)) {
        problems.push(`${path.basename(file)}: tabSettings for '${name}', which is not a tab of the package`);
      }
    }
  }
  for (const file of xmlFiles(path.join(dir, 'tabs'), '.tab-meta.xml')) {
    const motif = text(readXml(file, 'CustomTab').motif);
    const match = /^(Custom\d+): (.+)$/.exec(motif);
    if (motif === '') {
      problems.push(`${path.basename(file)}: no <motif>`);
    } else if (!match || !(match[1] in motifs)) {
      problems.push(`${path.basename(file)}: motif '${motif}' is not a documented CustomNN tab style`);
    } else if (motifs[match[1]] !== match[2]) {
      problems.push(
        `${path.basename(file)}: motif '${motif}': ${match[1]} is '${motifs[match[1]]}' (scripts/apex/data/tab-motifs.json)`
      );
    }
  }
  return problems;
}

interface ObjectRule {
  sharingModel: string;
  masterDetailTo?: string;
}

/** The job is Private (owner's access), its results ControlledByParent through a master-detail to the job. */
const OBJECT_RULES: Record<string, ObjectRule> = {
  VCC_Creation_Job__c: { sharingModel: 'Private' },
  VCC_Creation_Result__c: { sharingModel: 'ControlledByParent', masterDetailTo: 'VCC_Creation_Job__c' }
};

function fieldsOf(objectDir: string): Xml[] {
  return xmlFiles(path.join(objectDir, 'fields'), '.field-meta.xml').map((file) => ({
    ...readXml(file, 'CustomField'),
    fullName: path.basename(file, '.field-meta.xml')
  }));
}

function objectProblems(name: string, object: Xml, fields: Xml[], rule: ObjectRule): string[] {
  const problems: string[] = [];
  const flag = (key: string): string => text(object[key]);
  if (flag('sharingModel') !== rule.sharingModel) {
    problems.push(`${name}: sharingModel is '${flag('sharingModel')}', expected '${rule.sharingModel}'`);
  }
  const external = flag('externalSharingModel');
  if (external !== '' && external !== rule.sharingModel) {
    problems.push(
      `${name}: externalSharingModel '${external}' differs from sharingModel '${rule.sharingModel}'`
    );
  }
  const trio = ['enableBulkApi', 'enableSharing', 'enableStreamingApi'].map((key) => `${key}=${flag(key)}`);
  if (trio.some((entry) => !entry.endsWith('=true'))) {
    problems.push(
      `${name}: ${trio.join(', ')}: an Enterprise Application object has all three true (one false makes it a Light Application object)`
    );
  }
  if (flag('deploymentStatus') !== 'Deployed') {
    problems.push(`${name}: deploymentStatus is '${flag('deploymentStatus')}', expected 'Deployed'`);
  }
  const tracked = fields
    .filter((field) => text(field.trackHistory) === 'true')
    .map((field) => field.fullName);
  if (flag('enableHistory') !== 'true' && tracked.length > 0) {
    problems.push(`${name}: enableHistory is not true but ${tracked.join(', ')} track history`);
  }
  if (flag('enableFeeds') !== 'true' && fields.some((field) => text(field.trackFeedHistory) === 'true')) {
    problems.push(`${name}: enableFeeds is not true but fields track feed history`);
  }
  if (rule.masterDetailTo) {
    const masters = fields.filter((field) => text(field.type) === 'MasterDetail');
    if (masters.length !== 1 || text(masters[0].referenceTo) !== rule.masterDetailTo) {
      problems.push(
        `${name}: ControlledByParent needs exactly one master-detail field to ${rule.masterDetailTo}`
      );
    }
  }
  return problems;
}

/** The job and result objects' sharing model, API flags and history (CustomObject, Metadata API). */
export function objectFlagProblems(root: string): string[] {
  return Object.entries(OBJECT_RULES).flatMap(([name, rule]) => {
    const objectDir = path.join(defaultDir(root), 'objects', name);
    const file = path.join(objectDir, `${name}.object-meta.xml`);
    if (!existsSync(file)) {
      return [`${name}: no ${path.relative(root, file)}`];
    }
    return objectProblems(name, readXml(file, 'CustomObject'), fieldsOf(objectDir), rule);
  });
}

interface StandardFields {
  objects: Record<string, { notSubjectToFls: string[]; required: string[]; keptOut?: string[] }>;
}

/** Why a field cannot be in fieldPermissions, or null when it can. */
function notPermissionable(root: string, field: string, standard: StandardFields): string | null {
  const [object, name] = field.split('.');
  const known = standard.objects[object];
  if (known?.notSubjectToFls.includes(name)) {
    return 'is not subject to field-level security (Task object reference)';
  }
  if (known?.keptOut?.includes(name)) {
    return 'has no field-level security label (scripts/apex/data/non-fls-fields.json, keptOutWhy)';
  }
  if (known?.required.includes(name)) {
    return 'is a required field: its access comes with the object permission';
  }
  const file = path.join(defaultDir(root), 'objects', object, 'fields', `${name}.field-meta.xml`);
  if (name?.endsWith('__c') && existsSync(file)) {
    const custom = readXml(file, 'CustomField');
    if (text(custom.type) === 'MasterDetail') {
      return 'is a master-detail field, which has no field-level security';
    }
    if (text(custom.required) === 'true') {
      return 'is a required field, which has no field-level security';
    }
  } else if (name?.endsWith('__c') && !object.endsWith('__c')) {
    return null;
  } else if (name?.endsWith('__c')) {
    return 'is not a field of the package';
  }
  return null;
}

/** Every fieldPermissions entry of every permission set is permissionable. */
export function fieldPermissionProblems(root: string): string[] {
  const standard = data<StandardFields>('non-fls-fields.json');
  return xmlFiles(path.join(defaultDir(root), 'permissionsets'), '.permissionset-meta.xml').flatMap((file) =>
    list(readXml(file, 'PermissionSet').fieldPermissions).flatMap((entry) => {
      const field = text(entry.field);
      const why = notPermissionable(root, field, standard);
      return why ? [`${path.basename(file)}: ${field} ${why}`] : [];
    })
  );
}

/** The permission sets that give every field of the package: the API user's and the tab admin's. */
export const FULL_FIELD_SETS = ['VCC_API_User', 'VCC_User_Creation_Admin'];

/** Object.Field -> whether it can be edited, for every permissionable custom field of the package's objects. */
export function packageFields(root: string): Map<string, boolean> {
  const objectsDir = path.join(defaultDir(root), 'objects');
  const fields = new Map<string, boolean>();
  for (const object of existsSync(objectsDir) ? readdirSync(objectsDir) : []) {
    if (object.endsWith('__mdt')) {
      continue;
    }
    for (const field of fieldsOf(path.join(objectsDir, object))) {
      const type = text(field.type);
      if (type === 'MasterDetail' || text(field.required) === 'true') {
        continue;
      }
      const computed = field.formula !== undefined || type === 'Summary' || type === 'AutoNumber';
      fields.set(`${object}.${String(field.fullName)}`, !computed);
    }
  }
  return fields;
}

/** VCC_API_User and VCC_User_Creation_Admin list every permissionable field of the package, editable if it can be. */
export function fieldCoverageProblems(root: string): string[] {
  const fields = packageFields(root);
  return FULL_FIELD_SETS.flatMap((name) => {
    const file = path.join(defaultDir(root), `permissionsets/${name}.permissionset-meta.xml`);
    const listed = new Map(
      list(readXml(file, 'PermissionSet').fieldPermissions).map((entry) => [
        text(entry.field),
        text(entry.editable) === 'true'
      ])
    );
    const problems: string[] = [];
    for (const [field, editable] of fields) {
      if (!listed.has(field)) {
        problems.push(`${name}: no field permission for ${field}`);
      } else if (listed.get(field) && !editable) {
        problems.push(`${name}: ${field} is computed and cannot be editable`);
      }
    }
    return problems;
  });
}

/** VCC_API_User holds what the help pages list and nothing more. */
export function apiUserProblems(root: string): string[] {
  const file = path.join(defaultDir(root), 'permissionsets/VCC_API_User.permissionset-meta.xml');
  if (!existsSync(file)) {
    return ['VCC_API_User.permissionset-meta.xml is missing'];
  }
  const rules = data<{ required: string[]; allowed: string[] }>('api-user-permissions.json');
  const set = readXml(file, 'PermissionSet');
  const enabled = list(set.userPermissions)
    .filter((entry) => text(entry.enabled) === 'true')
    .map((entry) => text(entry.name));
  const problems = rules.required
    .filter((name) => !enabled.includes(name))
    .map((name) => `VCC_API_User: misses ${name}, which the help pages list`);
  for (const name of enabled.filter((name) => ![...rules.required, ...rules.allowed].includes(name))) {
    problems.push(`VCC_API_User: ${name} is not in what the help pages list for the API user`);
  }
  const objects = new Set(readdirSync(path.join(defaultDir(root), 'objects')));
  for (const entry of list(set.objectPermissions)) {
    const object = text(entry.object);
    const flags = [
      'allowCreate',
      'allowDelete',
      'allowEdit',
      'allowRead',
      'modifyAllRecords',
      'viewAllRecords'
    ];
    if (!object.endsWith('__c') || !objects.has(object)) {
      problems.push(`VCC_API_User: object access to ${object}, which is not a custom object of the package`);
    } else if (flags.some((key) => text(entry[key]) !== 'true')) {
      problems.push(`VCC_API_User: ${object} needs Read, Create, Edit, Delete, View All and Modify All`);
    }
  }
  for (const entry of list(set.fieldPermissions)) {
    const field = text(entry.field);
    if (!field.endsWith('__c')) {
      problems.push(`VCC_API_User: ${field} is not a custom field of the package`);
    } else if (text(entry.readable) !== 'true' || text(entry.editable) !== 'true') {
      problems.push(`VCC_API_User: ${field} needs read and write`);
    }
  }
  return problems;
}

/** Users per licence that scripts/apex/demo-users.apex inserts, and whether it counts the free licences first. */
export function demoUsers(source: string): { perLicence: Record<string, number>; guarded: boolean } {
  const rows = [...source.matchAll(/new List<String>\s*\{\s*'[^']*'\s*,\s*'[^']*'/g)].length;
  const licence = /LICENCE\s*=\s*'([^']+)'/.exec(source)?.[1] ?? 'Salesforce';
  const guarded = /FROM\s+UserLicense\b/i.test(source) && /UsedLicenses/.test(source);
  return { perLicence: { [licence]: rows }, guarded };
}

/** The scratch org's edition has the licences for the users the scratch-org script inserts (plus its admin). */
export function scratchOrgProblems(root: string): string[] {
  const definition = JSON.parse(readFileSync(path.join(root, 'config/project-scratch-def.json'), 'utf8')) as {
    edition?: string;
  };
  const editions = data<{ editions: Record<string, Record<string, number | null>> }>(
    'scratch-licences.json'
  ).editions;
  const edition = definition.edition ?? '';
  if (!(edition in editions)) {
    return [`config/project-scratch-def.json: edition '${edition}' is not a scratch org edition`];
  }
  const { perLicence, guarded } = demoUsers(
    readFileSync(path.join(root, 'scripts/apex/demo-users.apex'), 'utf8')
  );
  const problems: string[] = [];
  for (const [licence, count] of Object.entries(perLicence)) {
    const documented = editions[edition][licence];
    if (documented === undefined) {
      problems.push(
        `demo-users.apex inserts ${count} '${licence}' users, a licence ${edition} scratch orgs do not list`
      );
    } else if (documented === null && !guarded) {
      problems.push(
        `demo-users.apex inserts ${count} '${licence}' users into a ${edition} scratch org, whose licence count is not documented, without counting the free licences first`
      );
    } else if (documented !== null && count + 1 > documented) {
      problems.push(
        `demo-users.apex inserts ${count} '${licence}' users, but a ${edition} scratch org has ${documented} such licences, one taken by its admin`
      );
    }
  }
  return problems;
}

/** Description limits: 255 characters for a permission set, 1000 for an object, a field or a tab. */
const DESCRIPTION_LIMITS: [string, string, number][] = [
  ['permissionsets', '.permissionset-meta.xml', 255],
  ['objects', '.object-meta.xml', 1000],
  ['objects', '.field-meta.xml', 1000],
  ['tabs', '.tab-meta.xml', 1000]
];

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, suffix) : entry.name.endsWith(suffix) ? [full] : [];
  });
}

/** No description is longer than its metadata type allows (the deploy refuses it). */
export function descriptionProblems(root: string): string[] {
  return DESCRIPTION_LIMITS.flatMap(([folder, suffix, limit]) =>
    filesUnder(path.join(defaultDir(root), folder), suffix).flatMap((file) => {
      const description =
        /<description\s*>([^<]*)<\/description>/.exec(readFileSync(file, 'utf8'))?.[1].trim() ?? '';
      return description.length > limit
        ? [`${path.basename(file)}: the description has ${description.length} characters, more than ${limit}`]
        : [];
    })
  );
}

/** Every metadata gate, named, for lint:apex and the jest gate. */
export const METADATA_GATES: [string, (root: string) => string[]][] = [
  ['tab names and motifs are documented values', tabProblems],
  ['job and result object flags', objectFlagProblems],
  ['field permissions are permissionable', fieldPermissionProblems],
  ['permission sets give every field of the package', fieldCoverageProblems],
  ['VCC_API_User holds what the help pages list', apiUserProblems],
  ['scratch org licences fit the demo users', scratchOrgProblems],
  ['descriptions fit their limits', descriptionProblems]
];
