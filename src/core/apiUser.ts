/**
 * The health check of the Salesforce user VCC uses as its API user: each requirement of the help pages passes,
 * fails or cannot be told from the facts, with the exact fix. Pure, no I/O.
 */
import { isPlatformLicense } from './readiness';

export type RequirementOutcome = 'pass' | 'fail' | 'cannotTell';

export const API_USER_REQUIREMENTS = [
  'USER_FOUND',
  'ACTIVE',
  'NOT_FROZEN',
  'SALESFORCE_LICENCE',
  'LOGIN_HOURS',
  'IP_RANGES',
  'API_ENABLED',
  'EDIT_TASKS',
  'VIEW_ALL_USERS',
  'VIEW_ALL_DATA',
  'MODIFY_ALL_DATA',
  'PASSWORD_NEVER_EXPIRES'
] as const;

export type ApiUserRequirementCode = (typeof API_USER_REQUIREMENTS)[number];

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
      `No Salesforce user has the username '${facts.username}'.`,
      'Check the username of the user VCC is linked to (VCC > Admin > Salesforce account).'
    );
    return { username: facts.username, ok: false, requirements: [missing] };
  }
  const requirements = [...accountRequirements(facts), ...permissionRequirements(facts)];
  const ok = requirements.every((one) => one.recommended || one.outcome !== 'fail');
  return { username: facts.username, ok, requirements };
}

function accountRequirements(facts: ApiUserFacts): ApiUserRequirement[] {
  const profile = facts.profileName ?? 'its profile';
  const licence = facts.licenseName;
  const hours = facts.loginHoursRestricted;
  const ranges = facts.loginIpRangeCount;
  return [
    requirement('USER_FOUND', 'pass', `The user '${facts.username}' exists.`, ''),
    requirement(
      'ACTIVE',
      flag(facts.isActive, true),
      facts.isActive === false ? 'The user is inactive.' : 'Active.',
      'Activate the user in Setup > Users.'
    ),
    requirement(
      'NOT_FROZEN',
      flag(facts.isFrozen, false),
      facts.isFrozen === null
        ? 'Whether the user is frozen cannot be read.'
        : facts.isFrozen
          ? 'The user is frozen.'
          : 'Not frozen.',
      'Unfreeze the user in Setup > Users.'
    ),
    requirement(
      'SALESFORCE_LICENCE',
      licence === null ? 'cannotTell' : isPlatformLicense(licence) ? 'fail' : 'pass',
      licence === null ? 'The licence cannot be read.' : `Licence: ${licence}.`,
      'Give the API user a Salesforce licence (not Salesforce Platform).'
    ),
    requirement(
      'LOGIN_HOURS',
      flag(hours, false),
      hours === null
        ? 'Login hours cannot be read.'
        : hours
          ? `${profile} restricts login hours.`
          : 'No login hours restriction.',
      `Clear the login hours of the profile ${profile}, or give the API user a profile without them.`
    ),
    requirement(
      'IP_RANGES',
      ranges === null ? 'cannotTell' : ranges > 0 ? 'fail' : 'pass',
      ranges === null
        ? 'Login IP ranges cannot be read.'
        : ranges > 0
          ? `${profile} has ${ranges} login IP range(s).`
          : 'No login IP ranges.',
      `Remove the login IP ranges of the profile ${profile}, or give the API user a profile without them.`
    )
  ];
}

function permissionRequirements(facts: ApiUserFacts): ApiUserRequirement[] {
  const p = facts.permissions;
  const grant = (name: string): string =>
    `Add ${name} to a clone of the ContactWorld API user permission set and assign it to the API user.`;
  const has = (value: boolean | null, name: string): string =>
    value === null ? `${name} cannot be read.` : value ? `Has ${name}.` : `Lacks ${name}.`;
  return [
    requirement(
      'API_ENABLED',
      flag(p.apiEnabled, true),
      has(p.apiEnabled, 'API Enabled'),
      grant('API Enabled')
    ),
    requirement('EDIT_TASKS', flag(p.editTask, true), has(p.editTask, 'Edit Tasks'), grant('Edit Tasks')),
    requirement(
      'VIEW_ALL_USERS',
      flag(p.viewAllUsers, true),
      has(p.viewAllUsers, 'View All Users'),
      grant('View All Users')
    ),
    viewAllData(facts, grant('View All Data')),
    modifyAllData(facts, grant('Modify All Data')),
    requirement(
      'PASSWORD_NEVER_EXPIRES',
      flag(p.passwordNeverExpires, true),
      has(p.passwordNeverExpires, 'Password Never Expires'),
      grant('Password Never Expires'),
      true
    )
  ];
}

function viewAllData(facts: ApiUserFacts, fix: string): ApiUserRequirement {
  const value = facts.permissions.viewAllData;
  if (value === true) {
    return requirement('VIEW_ALL_DATA', 'pass', 'Has View All Data.', fix);
  }
  if (facts.orgWideDefaults === null) {
    return requirement('VIEW_ALL_DATA', 'cannotTell', 'The org-wide defaults cannot be read.', fix);
  }
  const privates = Object.keys(facts.orgWideDefaults)
    .filter((object) => PRIVATE.test(facts.orgWideDefaults![object]))
    .sort();
  if (privates.length === 0) {
    return requirement('VIEW_ALL_DATA', 'pass', 'Not needed: no object VCC reads is Private.', fix);
  }
  const detail = `Needed: the org-wide default of ${privates.join(', ')} is Private`;
  return requirement(
    'VIEW_ALL_DATA',
    value === null ? 'cannotTell' : 'fail',
    `${detail}${value === null ? '.' : ', and the user lacks it.'}`,
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
      `Needed only if a Data Connector applet inserts records in Salesforce (${value === true ? 'the user has it' : value === false ? 'the user lacks it' : 'unknown whether the user has it'}).`,
      `Answer whether a Data Connector applet inserts records; if it does: ${fix}`
    );
  }
  if (!answer) {
    return requirement(
      'MODIFY_ALL_DATA',
      'pass',
      'Not needed: no Data Connector applet inserts records.',
      fix
    );
  }
  return requirement(
    'MODIFY_ALL_DATA',
    flag(value, true),
    value === null
      ? 'Needed (a Data Connector inserts records); cannot be read.'
      : value
        ? 'Has Modify All Data.'
        : 'Needed (a Data Connector inserts records), and the user lacks it.',
    fix
  );
}
