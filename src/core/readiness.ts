/**
 * Ready to take calls: the rules that turn per-user facts of the org (permission sets, Task field access, call
 * center, phone, licence) into readiness issues with codes, severities, messages and remedies. Pure, no I/O: the
 * service reads the facts in a few bulk queries.
 */
import { normalizePhone } from './checks';
import type { ReadinessCode } from './codes';
import { LABELS } from './labels';
import { format, trimToNull } from './text';

/** The Task fields a VCC user needs, and the access each needs (the "Setting up users in Salesforce" page). */
export const TASK_FIELD_ACCESS: readonly { field: string; label: string; access: 'read' | 'edit' }[] = [
  { field: 'WhoId', label: 'Name', access: 'edit' },
  { field: 'WhatId', label: 'Related To', access: 'edit' },
  { field: 'CallObject', label: 'Call Object Identifier', access: 'read' },
  { field: 'CallType', label: 'Call Type', access: 'read' },
  { field: 'CallDurationInSeconds', label: 'Call Duration', access: 'read' },
  { field: 'Description', label: 'Comments', access: 'edit' },
  { field: 'Type', label: 'Type', access: 'edit' },
  { field: 'Status', label: 'Status', access: 'edit' },
  { field: 'ReminderDateTime', label: 'Reminder', access: 'edit' },
  { field: 'OwnerId', label: 'Assigned To', access: 'edit' },
  { field: 'Subject', label: 'Subject', access: 'edit' },
  { field: 'ActivityDate', label: 'Due Date', access: 'edit' }
];

/** Which bulk fix of the tab and of `vcc-users fix` clears an issue; null when the admin fixes it by hand. */
export type ReadinessFix = 'assignPermissionSet' | 'assignTaskAccess' | 'setCallCenter' | null;

export interface ReadinessIssue {
  code: ReadinessCode;
  severity: 'error' | 'warning';
  message: string;
  remedy: string;
  fix: ReadinessFix;
}

/** Field permissions of one Task field in one permission set (or a profile's own permission set). */
export interface TaskFieldPermission {
  field: string;
  read: boolean;
  edit: boolean;
}

/** A permission set as the rules see it; a profile is its own permission set (`isOwnedByProfile`). */
export interface ReadinessPermissionSet {
  id: string;
  /** API name, with its namespace prefix (`ns__Name`) when it has one. */
  name: string;
  label: string | null;
  isOwnedByProfile: boolean;
  taskFields: TaskFieldPermission[];
}

export interface ReadinessUser {
  id: string;
  name: string | null;
  username: string | null;
  isActive: boolean;
  licenseName: string | null;
  callCenterId: string | null;
  phone: string | null;
  /** Every permission set assigned to the user, the profile's own included. */
  permissionSetIds: string[];
}

export interface ReadinessFacts {
  users: ReadinessUser[];
  permissionSets: ReadinessPermissionSet[];
  /** Task fields the org does not permission field by field (required fields): access follows the object. */
  unpermissionableFields?: string[];
}

/** Which permission sets count as the VCC user-type ones (a setting: their names vary by package version). */
export interface ReadinessSettings {
  agentPermissionSets: string[];
  supervisorPermissionSets: string[];
  /** The permission set that grants the Task field access, offered by the fix. */
  taskAccessPermissionSet?: string | null;
  /** True when users with no VCC permission set yet will take calls (the template is an agent). Default true. */
  usersTakeCalls?: boolean;
  /** The permission sets of VCC's API user, to find it when no username is given. */
  apiUserPermissionSets?: string[];
}

export const DEFAULT_READINESS_SETTINGS: ReadinessSettings = {
  agentPermissionSets: ['ContactWorld_Agent', 'NVM_Agent', 'VCC_Agent'],
  supervisorPermissionSets: ['ContactWorld_Supervisor', 'NVM_Supervisor', 'VCC_Supervisor'],
  taskAccessPermissionSet: 'VCC_Task_Field_Access',
  usersTakeCalls: true,
  apiUserPermissionSets: ['ContactWorld_API_User', 'NVM_API_User', 'VCC_API_User']
};

export interface UserReadiness {
  userId: string;
  ready: boolean;
  issues: ReadinessIssue[];
}

/** A permission set name without its namespace prefix, lower case. */
function bareName(name: string): string {
  const index = name.indexOf('__');
  return (index > 0 ? name.slice(index + 2) : name).toLowerCase();
}

/** True when the permission set is one of `names` (API name with or without namespace, or label; any case). */
export function permissionSetMatches(
  set: { name: string; label?: string | null },
  names: readonly string[]
): boolean {
  const full = set.name.toLowerCase();
  const bare = bareName(set.name);
  const label = (set.label ?? '').toLowerCase();
  return names.some((wanted) => {
    const key = wanted.trim().toLowerCase();
    return key !== '' && (key === full || bareName(key) === bare || key === label);
  });
}

const PLATFORM_LICENSE = /platform|force\.com/i;

/** True for the Salesforce Platform (Force.com) licences, with which some VCC features do not work. */
export function isPlatformLicense(licenseName: unknown): boolean {
  const text = trimToNull(licenseName);
  return text !== null && PLATFORM_LICENSE.test(text);
}

/** The Task fields the user lacks, as "Label (Field): read|edit", from every permission set the user has. */
export function missingTaskFields(
  user: ReadinessUser,
  sets: ReadonlyMap<string, ReadinessPermissionSet>,
  unpermissionable: ReadonlySet<string> = new Set()
): string[] {
  const granted = new Map<string, 'read' | 'edit'>();
  for (const id of user.permissionSetIds) {
    for (const permission of sets.get(id)?.taskFields ?? []) {
      const field = permission.field.replace(/^Task\./i, '').toLowerCase();
      if (permission.edit) {
        granted.set(field, 'edit');
      } else if (permission.read && !granted.has(field)) {
        granted.set(field, 'read');
      }
    }
  }
  return TASK_FIELD_ACCESS.filter(({ field, access }) => {
    const key = field.toLowerCase();
    if (unpermissionable.has(key)) {
      return false;
    }
    const has = granted.get(key);
    return has === undefined || (access === 'edit' && has !== 'edit');
  }).map(({ field, label, access }) =>
    format(
      LABELS.VCC_Rule_Ready_Task_Field,
      label,
      field,
      access === 'edit' ? LABELS.VCC_Rule_Ready_Access_Edit : LABELS.VCC_Rule_Ready_Access_Read
    )
  );
}

function issue(code: ReadinessCode, message: string, remedy: string, fix: ReadinessFix): ReadinessIssue {
  return { code, severity: code === 'PLATFORM_LICENSE' ? 'warning' : 'error', message, remedy, fix };
}

/** The readiness of each user, in order; `ready` is true when no issue is an error. */
export function checkReadiness(facts: ReadinessFacts, settings: ReadinessSettings): UserReadiness[] {
  const sets = new Map(facts.permissionSets.map((set) => [set.id, set]));
  const unpermissionable = new Set(
    (facts.unpermissionableFields ?? []).map((f) => f.replace(/^Task\./i, '').toLowerCase())
  );
  return facts.users.map((user) => {
    const issues = userIssues(user, sets, unpermissionable, settings);
    return { userId: user.id, ready: issues.every((one) => one.severity !== 'error'), issues };
  });
}

function userIssues(
  user: ReadinessUser,
  sets: ReadonlyMap<string, ReadinessPermissionSet>,
  unpermissionable: ReadonlySet<string>,
  settings: ReadinessSettings
): ReadinessIssue[] {
  const issues: ReadinessIssue[] = [];
  if (!user.isActive) {
    issues.push(issue('USER_INACTIVE', LABELS.VCC_Rule_Ready_Inactive, LABELS.VCC_Rule_Fix_Activate, null));
  }
  const assigned = user.permissionSetIds.map((id) => sets.get(id)).filter((set) => set !== undefined);
  const isAgent = assigned.some((set) => permissionSetMatches(set, settings.agentPermissionSets));
  const isSupervisor = assigned.some((set) => permissionSetMatches(set, settings.supervisorPermissionSets));
  if (!isAgent && !isSupervisor) {
    const names = [...settings.agentPermissionSets, ...settings.supervisorPermissionSets].join(', ');
    issues.push(
      issue(
        'VCC_PERMISSION_SET_MISSING',
        LABELS.VCC_Rule_Ready_No_Permission_Set,
        format(LABELS.VCC_Rule_Ready_No_Permission_Set_Fix, names),
        'assignPermissionSet'
      )
    );
  }
  issues.push(...taskIssues(missingTaskFields(user, sets, unpermissionable), settings));
  if (trimToNull(user.callCenterId) === null) {
    issues.push(
      issue(
        'CALL_CENTER_MISSING',
        LABELS.VCC_Rule_Ready_No_Call_Center,
        LABELS.VCC_Rule_Ready_No_Call_Center_Fix,
        'setCallCenter'
      )
    );
  }
  issues.push(...phoneIssues(user, isAgent || (!isSupervisor && settings.usersTakeCalls !== false)));
  if (isPlatformLicense(user.licenseName)) {
    issues.push(
      issue(
        'PLATFORM_LICENSE',
        format(LABELS.VCC_Rule_Ready_Platform_Licence, String(user.licenseName)),
        LABELS.VCC_Rule_Ready_Platform_Licence_Fix,
        null
      )
    );
  }
  return issues;
}

function taskIssues(missing: readonly string[], settings: ReadinessSettings): ReadinessIssue[] {
  if (missing.length === 0) {
    return [];
  }
  const set = trimToNull(settings.taskAccessPermissionSet);
  const lacks =
    missing.length === 1 ? LABELS.VCC_Rule_Ready_Task_Access_One : LABELS.VCC_Rule_Ready_Task_Access_Many;
  return [
    issue(
      'TASK_FIELD_ACCESS_MISSING',
      format(lacks, missing.length, missing.join('; ')),
      set === null
        ? LABELS.VCC_Rule_Ready_Task_Access_Fix
        : format(LABELS.VCC_Rule_Ready_Task_Access_Fix_Named, set),
      'assignTaskAccess'
    )
  ];
}

function phoneIssues(user: ReadinessUser, isAgent: boolean): ReadinessIssue[] {
  if (!isAgent) {
    return [];
  }
  if (trimToNull(user.phone) === null) {
    return [issue('PHONE_MISSING', LABELS.VCC_Rule_Ready_No_Phone, LABELS.VCC_Rule_Ready_No_Phone_Fix, null)];
  }
  if (normalizePhone(user.phone) === null) {
    return [
      issue(
        'PHONE_INVALID',
        format(LABELS.VCC_Rule_Ready_Phone_Invalid, String(user.phone)),
        LABELS.VCC_Rule_Ready_Phone_Invalid_Fix,
        null
      )
    ];
  }
  return [];
}
