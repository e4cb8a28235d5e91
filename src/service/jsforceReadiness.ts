/**
 * The readiness side of a real org through jsforce, in a few bulk queries whatever the number of users:
 * PermissionSetAssignment (of the users, or of the whole org for a large view, filtered here), PermissionSet,
 * FieldPermissions of Task, EntityParticle (the Task fields not permissioned field by field); changes through
 * sObject collections, one result per row. The API user's login hours and IP ranges come from its profile's
 * metadata; what cannot be read is "cannot tell", never a guess.
 */
import type { Connection } from 'jsforce';
import { format, LABELS, trimToNull, type ApiUserFacts, type ReadinessPermissionSet } from '../core';
import { ServiceError } from './errors';
import {
  API_USER_PERMISSION_FIELDS,
  OBJECTS_VCC_READS,
  type ChangeOutcome,
  type NamedRecord,
  type PermissionFacts,
  notFound,
  type ReadinessGateway
} from './readinessGateway';

type Row = Record<string, unknown>;

export interface JsforceAccess {
  /** Every record of a query, page after page. */
  query(soql: string): Promise<Row[]>;
  /** Runs a request, turning Salesforce's errors into ServiceErrors. */
  call<T>(work: () => Promise<T>): Promise<T>;
}

/** Up to this many users, assignments are read by user ID; past it, the org's whole table (one query). */
export const ASSIGNMENT_ID_LIMIT = 200;
const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const USERNAME = /^[A-Za-z0-9._@+-]+$/;
const COLLECTION_SIZE = 200;

interface SaveResult {
  success: boolean;
  errors?: { message?: string; statusCode?: string }[];
}

function ids(values: readonly string[]): string {
  return values
    .map((id) => {
      if (!ID.test(id)) {
        throw new ServiceError(format(LABELS.VCC_Op_Not_An_Id_Alone, id));
      }
      return `'${id}'`;
    })
    .join(',');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export class JsforceReadiness implements ReadinessGateway {
  constructor(
    private readonly conn: Connection,
    private readonly access: JsforceAccess
  ) {}

  async readPermissionFacts(userIds: readonly string[]): Promise<PermissionFacts> {
    const wanted = new Set(userIds);
    const where = userIds.length <= ASSIGNMENT_ID_LIMIT ? ` WHERE AssigneeId IN (${ids(userIds)})` : '';
    const [assignmentRows, setRows, fieldRows, particleRows] = await Promise.all([
      userIds.length === 0
        ? Promise.resolve([])
        : this.access.query(`SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment${where}`),
      this.access.query('SELECT Id, Name, NamespacePrefix, Label, IsOwnedByProfile FROM PermissionSet'),
      this.access.query(
        "SELECT ParentId, Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE SobjectType = 'Task'"
      ),
      this.access
        .query(
          "SELECT QualifiedApiName FROM EntityParticle WHERE EntityDefinitionId = 'Task' AND IsPermissionable = false"
        )
        .catch(() => [] as Row[])
    ]);
    const assignments = new Map<string, string[]>();
    for (const row of assignmentRows) {
      const userId = text(row.AssigneeId);
      if (wanted.has(userId)) {
        const list = assignments.get(userId) ?? [];
        list.push(text(row.PermissionSetId));
        assignments.set(userId, list);
      }
    }
    const byId = new Map<string, ReadinessPermissionSet>();
    for (const row of setRows) {
      const prefix = trimToNull(row.NamespacePrefix);
      byId.set(text(row.Id), {
        id: text(row.Id),
        name: prefix === null ? text(row.Name) : `${prefix}__${text(row.Name)}`,
        label: trimToNull(row.Label),
        isOwnedByProfile: row.IsOwnedByProfile === true,
        taskFields: []
      });
    }
    for (const row of fieldRows) {
      byId.get(text(row.ParentId))?.taskFields.push({
        field: text(row.Field),
        read: row.PermissionsRead === true,
        edit: row.PermissionsEdit === true
      });
    }
    return {
      assignments,
      permissionSets: [...byId.values()],
      unpermissionableFields: particleRows.map((row) => text(row.QualifiedApiName))
    };
  }

  async listPermissionSets(): Promise<NamedRecord[]> {
    const rows = await this.access.query(
      'SELECT Id, Name, NamespacePrefix, Label FROM PermissionSet WHERE IsOwnedByProfile = false ORDER BY Label'
    );
    return rows.map((row) => {
      const prefix = trimToNull(row.NamespacePrefix);
      return {
        id: text(row.Id),
        name: prefix === null ? text(row.Name) : `${prefix}__${text(row.Name)}`,
        label: trimToNull(row.Label)
      };
    });
  }

  async listCallCenters(): Promise<NamedRecord[]> {
    const rows = await this.access.query('SELECT Id, Name, InternalName FROM CallCenter ORDER BY Name');
    return rows.map((row) => ({
      id: text(row.Id),
      name: text(row.Name),
      label: trimToNull(row.InternalName)
    }));
  }

  async assignPermissionSet(permissionSetId: string, userIds: readonly string[]): Promise<ChangeOutcome[]> {
    ids([permissionSetId, ...userIds]);
    return this.save(
      'PermissionSetAssignment',
      'create',
      userIds.map((userId) => ({ AssigneeId: userId, PermissionSetId: permissionSetId })),
      userIds
    );
  }

  async setCallCenter(callCenterId: string, userIds: readonly string[]): Promise<ChangeOutcome[]> {
    ids([callCenterId, ...userIds]);
    return this.save(
      'User',
      'update',
      userIds.map((userId) => ({ Id: userId, CallCenterId: callCenterId })),
      userIds
    );
  }

  /** sObject collections of 200, allOrNone false: one outcome per row. */
  private async save(
    object: string,
    kind: 'create' | 'update',
    records: Row[],
    userIds: readonly string[]
  ): Promise<ChangeOutcome[]> {
    const outcomes: ChangeOutcome[] = [];
    for (let start = 0; start < records.length; start += COLLECTION_SIZE) {
      const slice = records.slice(start, start + COLLECTION_SIZE);
      const results = (await this.access.call(() =>
        kind === 'create'
          ? this.conn.sobject(object).create(slice, { allOrNone: false, allowRecursive: true })
          : this.conn
              .sobject(object)
              .update(slice as (Row & { Id: string })[], { allOrNone: false, allowRecursive: true })
      )) as unknown as SaveResult[];
      results.forEach((result, index) => {
        const first = result.errors?.[0];
        outcomes.push({
          userId: userIds[start + index],
          error: result.success
            ? null
            : [first?.statusCode, first?.message].filter(Boolean).join(': ') || LABELS.VCC_Op_Fix_Not_Saved
        });
      });
    }
    return outcomes;
  }

  async usersWithPermissionSet(permissionSetId: string): Promise<string[]> {
    const rows = await this.access.query(
      `SELECT Assignee.Username FROM PermissionSetAssignment WHERE PermissionSetId IN (${ids([permissionSetId])}) ` +
        'AND Assignee.IsActive = true ORDER BY Assignee.Username'
    );
    return rows.map((row) => text(((row.Assignee ?? {}) as Row).Username));
  }

  async readApiUserFacts(username: string): Promise<ApiUserFacts> {
    const name = username.trim();
    if (!USERNAME.test(name)) {
      throw new ServiceError(format(LABELS.VCC_Op_Not_A_Username, username));
    }
    const [user] = await this.access.query(
      `SELECT Id, IsActive, Profile.Name, Profile.UserLicense.Name FROM User WHERE Username = '${name}'`
    );
    if (!user) {
      return notFound(name);
    }
    const userId = text(user.Id);
    const permissionFields = Object.values(API_USER_PERMISSION_FIELDS)
      .map((field) => `PermissionSet.Permissions${field}`)
      .join(', ');
    const [logins, grants, orgRows] = await Promise.all([
      this.access.query(`SELECT IsFrozen FROM UserLogin WHERE UserId = '${userId}'`).catch(() => null),
      this.access.query(
        `SELECT ${permissionFields} FROM PermissionSetAssignment WHERE AssigneeId = '${userId}'`
      ),
      this.access
        .query(`SELECT ${OBJECTS_VCC_READS.map((o) => `Default${o}Access`).join(', ')} FROM Organization`)
        .catch(() => null)
    ]);
    const profile = (user.Profile ?? {}) as Row;
    const permissions = { ...notFound(name).permissions };
    for (const [key, field] of Object.entries(API_USER_PERMISSION_FIELDS)) {
      permissions[key as keyof typeof permissions] = grants.some(
        (row) => ((row.PermissionSet ?? {}) as Row)[`Permissions${field}`] === true
      );
    }
    const restrictions = await this.profileRestrictions(trimToNull(profile.Name));
    return {
      ...notFound(name),
      found: true,
      isActive: user.IsActive === true,
      isFrozen: logins === null ? null : logins.some((row) => row.IsFrozen === true),
      licenseName: trimToNull(((profile.UserLicense ?? {}) as Row).Name),
      profileName: trimToNull(profile.Name),
      ...restrictions,
      permissions,
      orgWideDefaults: orgRows?.[0] ? orgWideDefaults(orgRows[0]) : null
    };
  }

  /** Login hours and IP ranges of the profile, from its metadata; null each when they cannot be read. */
  private async profileRestrictions(
    profileName: string | null
  ): Promise<{ loginHoursRestricted: boolean | null; loginIpRangeCount: number | null }> {
    if (profileName === null) {
      return { loginHoursRestricted: null, loginIpRangeCount: null };
    }
    try {
      const read = (await this.conn.metadata.read('Profile', [profileName])) as unknown;
      const profile = (Array.isArray(read) ? read[0] : read) as Row | undefined;
      if (!profile || !profile.fullName) {
        return { loginHoursRestricted: null, loginIpRangeCount: null };
      }
      const hours = (profile.loginHours ?? {}) as Row;
      const ranges = profile.loginIpRanges;
      return {
        loginHoursRestricted: Object.values(hours).some((value) => trimToNull(value) !== null),
        loginIpRangeCount: Array.isArray(ranges) ? ranges.length : ranges ? 1 : 0
      };
    } catch {
      return { loginHoursRestricted: null, loginIpRangeCount: null };
    }
  }
}

/** Organization's Default<Object>Access values, by object: `None` is Private. */
function orgWideDefaults(row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const object of OBJECTS_VCC_READS) {
    const value = trimToNull(row[`Default${object}Access`]);
    if (value !== null) {
      out[object] = value === 'None' ? 'Private' : value;
    }
  }
  return out;
}
