/**
 * "Test VCC connection": a read-only look at a tenant (it never writes). It gets a token, reads one page of
 * users, then the template user, its skills and its groups, and reports what this tenant does on each point
 * where Vonage's pages disagree (VCC-API.md): the first page, the arrays' names, the capacity keys' spelling, the
 * skill level's type, and the licences in use as far as the API shows them.
 */
import { format, LABELS, usernameKey } from '../core';
import { VccError, type VccClient } from './client';
import { actsAsAgent, type VccUser } from './types';

export interface VccProbeStep {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VccProbeResult {
  ok: boolean;
  steps: VccProbeStep[];
  /** What the tenant does on each contradictory point, e.g. { pageBase: '1 (the first page is page 1)' }. */
  findings: Record<string, string>;
}

type Body = Record<string, unknown>;

const LIST_NAMES = ['users', 'agentSkills', 'agentGroups', 'groups', 'items'];

export async function probeVcc(client: VccClient, templateUsername?: string | null): Promise<VccProbeResult> {
  const result: VccProbeResult = { ok: true, steps: [], findings: {} };
  const step = async (name: string, run: () => Promise<string>): Promise<boolean> => {
    try {
      result.steps.push({ name, ok: true, detail: await run() });
      return true;
    } catch (error) {
      result.ok = false;
      const detail = error instanceof VccError || error instanceof Error ? error.message : String(error);
      result.steps.push({ name, ok: false, detail });
      return false;
    }
  };
  const { tokenUrl, apiUrl, scope } = client.endpoints;
  if (
    !(await step(
      'token',
      async () => (await client.checkToken(), format(LABELS.VCC_Op_Probe_Token, scope, tokenUrl))
    ))
  ) {
    return result;
  }
  if (!(await step('users', () => firstPage(client, apiUrl, result.findings)))) {
    return result;
  }
  result.findings.createStatus = LABELS.VCC_Op_Probe_Not_Written;
  const wanted = usernameKey(templateUsername);
  if (wanted === null) {
    return result;
  }
  const found: { template: VccUser | null } = { template: null };
  await step('template', async () => {
    found.template = await findTemplate(client, wanted, result.findings);
    return describeTemplate(found.template, result.findings);
  });
  if (found.template !== null) {
    const userId = found.template.userId;
    await step('skills', () => templateSkills(client, userId, result.findings));
    await step('groups', () => templateGroups(client, userId, result.findings));
  }
  return result;
}

/** One page of users, asked without `page`: the page base and the array's name. */
async function firstPage(
  client: VccClient,
  apiUrl: string,
  findings: Record<string, string>
): Promise<string> {
  const body = (await client.get('/users', { include: 'All', limit: '25' })) as Body | null;
  const meta = (body?.meta ?? {}) as Body;
  const arrayName = LIST_NAMES.find((name) => Array.isArray(body?.[name])) ?? null;
  if (arrayName === null) {
    throw new Error(format(LABELS.VCC_Op_Probe_No_User_List, `${apiUrl}/users`));
  }
  const page = meta.page;
  findings.pageBase =
    typeof page === 'number' ? format(LABELS.VCC_Op_Probe_Page_Base, page) : LABELS.VCC_Op_Probe_No_Page;
  findings.arrayName = `${arrayName} (GET /users)`;
  findings.totalUsers = String(meta.totalCount ?? 'unknown');
  return format(
    LABELS.VCC_Op_Probe_First_Page,
    (body?.[arrayName] as unknown[]).length,
    String(meta.totalCount ?? '?')
  );
}

/** Reads the users (whole, paged) to find the template, counting the licences in use on the way. */
async function findTemplate(
  client: VccClient,
  wanted: string,
  findings: Record<string, string>
): Promise<VccUser> {
  let found: VccUser | null = null;
  let chargeable = 0;
  let agents = 0;
  await client.forEachUserPage('All', (users) => {
    for (const user of users) {
      found ??= usernameKey(user.username) === wanted ? user : null;
      if (user.active !== false && user.userAccountConfiguration?.chargeable === true) {
        chargeable++;
      }
      if (user.active !== false && actsAsAgent(user)) {
        agents++;
      }
    }
  });
  findings.licences = format(
    LABELS.VCC_Op_Probe_Agents,
    agents,
    chargeable,
    format(LABELS.VCC_Op_Probe_Licence_Limit, 'allow-overages')
  );
  if (found === null) {
    throw new Error(format(LABELS.VCC_Op_Probe_Template_Not_Found, wanted));
  }
  return found;
}

function describeTemplate(template: VccUser, findings: Record<string, string>): string {
  const config = template.userAccountConfiguration ?? ({} as VccUser['userAccountConfiguration']);
  findings.actAsAgent =
    typeof config.actAsAgent === 'boolean'
      ? `a boolean (${String(config.actAsAgent)}), agentConfiguration beside it`
      : `not a boolean: ${JSON.stringify(config.actAsAgent ?? null)}`;
  const capacity = config.agentConfiguration?.capacity;
  const keys = capacity && typeof capacity === 'object' ? Object.keys(capacity) : [];
  findings.capacityKeys =
    keys.length === 0
      ? LABELS.VCC_Op_Probe_No_Capacity
      : `${/^[A-Z]/.test(keys[0]) ? 'PascalCase' : 'camelCase'} (${keys.join(', ')})`;
  return `${template.username}: ${config.role}${actsAsAgent(template) ? ' acting as agent' : ''}, user ID ${template.userId}`;
}

/** The array name a user's list answer uses (GET /users/{id}/skills or /groups), and its first entry. */
async function answeredArray(
  client: VccClient,
  userId: string,
  list: 'skills' | 'groups'
): Promise<{ arrayName: string; first: Body | undefined }> {
  const body = (await client.get(`/users/${encodeURIComponent(userId)}/${list}`)) as Body | null;
  const arrayName = LIST_NAMES.find((name) => Array.isArray(body?.[name])) ?? 'none';
  return { arrayName, first: ((body?.[arrayName] as Body[] | undefined) ?? [])[0] };
}

async function templateSkills(
  client: VccClient,
  userId: string,
  findings: Record<string, string>
): Promise<string> {
  const { arrayName, first } = await answeredArray(client, userId, 'skills');
  findings.skillsArrayName = `${arrayName} (GET /users/{id}/skills)`;
  findings.skillLevelType =
    first === undefined ? LABELS.VCC_Op_Probe_No_Skills : `${typeof first.agentSkillLevel}`;
  const skills = await client.getUserSkills(userId);
  return `${skills.length} skills, read whole`;
}

async function templateGroups(
  client: VccClient,
  userId: string,
  findings: Record<string, string>
): Promise<string> {
  const { arrayName } = await answeredArray(client, userId, 'groups');
  findings.groupsArrayName = `${arrayName} (GET /users/{id}/groups)`;
  const groups = await client.getUserGroups(userId);
  return `${groups.length} groups, read whole`;
}
