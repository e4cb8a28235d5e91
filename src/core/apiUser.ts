/**
 * The health check of the Salesforce user VCC uses as its API user: each requirement of the help pages passes,
 * fails or cannot be told from the facts, with the exact fix. Pure, no I/O.
 */
import type { ApiUserRequirementCode } from './codes';
import { LABELS } from './labels';
import { isPlatformLicense } from './readiness';
import { format } from './text';

export type RequirementOutcome = 'pass' | 'fail' | 'cannotTell';

export interface ApiUserRequirement {
  code: ApiUserRequirementCode;
  outcome: RequirementOutcome;
  /** A recommendation never fails the check. */
  recommended: boolean;
  detail: string;
  /** What to do; null when it passes. */
  fix: string | null;
}

/** The user permissions VCC's API user needs; null when they could not be read. */
export interface ApiUserPermissions {
  apiEnabled: boolean | null;
  editTask: boolean | null;
  viewAllUsers: boolean | null;
  viewAllData: boolean | null;
  modifyAllData: boolean | null;
  passwordNeverExpires: boolean | null;
}

/** What the org says of the API user; `found` false when no user has the username. Null = unknown. */
export interface ApiUserFacts {
  username: string;
  found: boolean;
  isActive: boolean | null;
  isFrozen: boolean | null;
  licenseName: string | null;
  profileName: string | null;
  /** True when the profile restricts login hours (any day has hours set). */
  loginHoursRestricted: boolean | null;
  /** The number of login IP ranges on the profile. */
  loginIpRangeCount: number | null;
  /** Effective user permissions: from the profile or any assigned permission set. */
  permissions: ApiUserPermissions;
  /** Org-wide default of each object VCC reads (`Private`, `Read`, `ReadWrite`, ...); null when unknown. */
  orgWideDefaults: Record<string, string> | null;
  /** The admin's answer: does a Data Connector applet insert records? null = not answered. */
  dataConnectorInserts: boolean | null;
}

export interface ApiUserHealth {
  username: string;
  /** False when a required requirement fails. */
  ok: boolean;
  requirements: ApiUserRequirement[];
}

function requirement(
  code: ApiUserRequirementCode,
  outcome: RequirementOutcome,
  detail: string,
  fix: string,
  recommended = false
): ApiUserRequirement {
  return { code, outcome, recommended, detail, fix: outcome === 'pass' ? null : fix };
}

function flag(value: boolean | null, good: boolean): RequirementOutcome {
  return value === null ? 'cannotTell' : value === good ? 'pass' : 'fail';
}

const PRIVATE = /^(private|none)$/i;

/** Every requirement of the API user, in order; a user not found fails USER_FOUND alone. */
export function checkApiUser(facts: ApiUserFacts): ApiUserHealth {
  if (!facts.found) {
    const missing = requirement(
      'USER_FOUND',
      'fail',
      format(LABELS.VCC_Rule_Api_Not_Found, facts.username),
      LABELS.VCC_Rule_Api_Not_Found_Fix
    );
    return { username: facts.username, ok: false, requirements: [missing] };
  }
  const requirements = [...accountRequirements(facts), ...permissionRequirements(facts)];
  const ok = requirements.every((one) => one.recommended || one.outcome !== 'fail');
  return { username: facts.username, ok, requirements };
}

function accountRequirements(facts: ApiUserFacts): ApiUserRequirement[] {
  const profile = facts.profileName ?? LABELS.VCC_Rule_Api_Its_Profile;
  const licence = facts.licenseName;
  const hours = facts.loginHoursRestricted;
  const ranges = facts.loginIpRangeCount;
  return [
    requirement('USER_FOUND', 'pass', format(LABELS.VCC_Rule_Api_Found, facts.username), ''),
    requirement(
      'ACTIVE',
      flag(facts.isActive, true),
      facts.isActive === false ? LABELS.VCC_Rule_Ready_Inactive : LABELS.VCC_Rule_Api_Active,
      LABELS.VCC_Rule_Fix_Activate
    ),
    requirement(
      'NOT_FROZEN',
      flag(facts.isFrozen, false),
      facts.isFrozen === null
        ? LABELS.VCC_Rule_Api_Frozen_Unknown
        : facts.isFrozen
          ? LABELS.VCC_Rule_Api_Frozen
          : LABELS.VCC_Rule_Api_Not_Frozen,
      LABELS.VCC_Rule_Api_Unfreeze_Fix
    ),
    requirement(
      'SALESFORCE_LICENCE',
      licence === null ? 'cannotTell' : isPlatformLicense(licence) ? 'fail' : 'pass',
      licence === null ? LABELS.VCC_Rule_Api_Licence_Unknown : format(LABELS.VCC_Rule_Api_Licence, licence),
      LABELS.VCC_Rule_Api_Licence_Fix
    ),
    requirement(
      'LOGIN_HOURS',
      flag(hours, false),
      hours === null
        ? LABELS.VCC_Rule_Api_Hours_Unknown
        : hours
          ? format(LABELS.VCC_Rule_Api_Hours, profile)
          : LABELS.VCC_Rule_Api_No_Hours,
      format(LABELS.VCC_Rule_Api_Hours_Fix, profile)
    ),
    requirement(
      'IP_RANGES',
      ranges === null ? 'cannotTell' : ranges > 0 ? 'fail' : 'pass',
      ranges === null
        ? LABELS.VCC_Rule_Api_Ranges_Unknown
        : ranges > 0
          ? format(LABELS.VCC_Rule_Api_Ranges, profile, ranges)
          : LABELS.VCC_Rule_Api_No_Ranges,
      format(LABELS.VCC_Rule_Api_Ranges_Fix, profile)
    )
  ];
}

function permissionRequirements(facts: ApiUserFacts): ApiUserRequirement[] {
  const p = facts.permissions;
  const grant = (name: string): string => format(LABELS.VCC_Rule_Api_Grant_Fix, name);
  const permission = (
    code: ApiUserRequirementCode,
    value: boolean | null,
    name: string,
    recommended = false
  ): ApiUserRequirement => requirement(code, flag(value, true), has(value, name), grant(name), recommended);
  return [
    permission('API_ENABLED', p.apiEnabled, LABELS.VCC_Rule_Api_Perm_Api_Enabled),
    permission('EDIT_TASKS', p.editTask, LABELS.VCC_Rule_Api_Perm_Edit_Tasks),
    permission('VIEW_ALL_USERS', p.viewAllUsers, LABELS.VCC_Rule_Api_Perm_View_All_Users),
    viewAllData(facts, grant(LABELS.VCC_Rule_Api_Perm_View_All_Data)),
    modifyAllData(facts, grant(LABELS.VCC_Rule_Api_Perm_Modify_All_Data)),
    permission(
      'PASSWORD_NEVER_EXPIRES',
      p.passwordNeverExpires,
      LABELS.VCC_Rule_Api_Perm_Password_Never_Expires,
      true
    )
  ];
}

/** "Has X.", "Lacks X." or "X cannot be read." */
function has(value: boolean | null, name: string): string {
  if (value === null) {
    return format(LABELS.VCC_Rule_Api_Permission_Unknown, name);
  }
  return format(value ? LABELS.VCC_Rule_Api_Permission_Has : LABELS.VCC_Rule_Api_Permission_Lacks, name);
}

function viewAllData(facts: ApiUserFacts, fix: string): ApiUserRequirement {
  const value = facts.permissions.viewAllData;
  if (value === true) {
    return requirement('VIEW_ALL_DATA', 'pass', has(true, LABELS.VCC_Rule_Api_Perm_View_All_Data), fix);
  }
  if (facts.orgWideDefaults === null) {
    return requirement('VIEW_ALL_DATA', 'cannotTell', LABELS.VCC_Rule_Api_Defaults_Unknown, fix);
  }
  const privates = Object.keys(facts.orgWideDefaults)
    .filter((object) => PRIVATE.test(facts.orgWideDefaults![object]))
    .sort();
  if (privates.length === 0) {
    return requirement('VIEW_ALL_DATA', 'pass', LABELS.VCC_Rule_Api_View_All_Not_Needed, fix);
  }
  const needed =
    value === null ? LABELS.VCC_Rule_Api_View_All_Needed : LABELS.VCC_Rule_Api_View_All_Needed_Lacks;
  return requirement(
    'VIEW_ALL_DATA',
    value === null ? 'cannotTell' : 'fail',
    format(needed, privates.join(', ')),
    fix
  );
}

function modifyAllData(facts: ApiUserFacts, fix: string): ApiUserRequirement {
  const value = facts.permissions.modifyAllData;
  const answer = facts.dataConnectorInserts;
  if (answer === null) {
    return requirement(
      'MODIFY_ALL_DATA',
      'cannotTell',
      format(
        LABELS.VCC_Rule_Api_Modify_Unanswered,
        value === true
          ? LABELS.VCC_Rule_Api_Modify_User_Has
          : value === false
            ? LABELS.VCC_Rule_Api_Modify_User_Lacks
            : LABELS.VCC_Rule_Api_Modify_User_Unknown
      ),
      format(LABELS.VCC_Rule_Api_Modify_Answer_Fix, fix)
    );
  }
  if (!answer) {
    return requirement('MODIFY_ALL_DATA', 'pass', LABELS.VCC_Rule_Api_Modify_Not_Needed, fix);
  }
  return requirement(
    'MODIFY_ALL_DATA',
    flag(value, true),
    value === null
      ? LABELS.VCC_Rule_Api_Modify_Unknown
      : value
        ? has(true, LABELS.VCC_Rule_Api_Perm_Modify_All_Data)
        : LABELS.VCC_Rule_Api_Modify_Lacks,
    fix
  );
}
