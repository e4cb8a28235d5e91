// Test data in the contract's shapes.
export const VIEWS = [
  { id: '00B000000000001AAA', label: 'Seed Example', developerName: 'Seed_Example' },
  { id: '00B000000000002AAA', label: 'Contractors', developerName: 'Contractors' }
];

export const TEMPLATE = {
  username: 'template.agent@vcc.example',
  vccUserId: 'v-1',
  name: 'Template Agent',
  role: 'Agent',
  actsAsAgent: true,
  needsAgentId: true,
  skillCount: 3,
  groupCount: 2
};

const user = (n, name, extra = {}) => ({
  id: `005000000000${n}AAA`,
  name,
  username: `${name.toLowerCase().replace(' ', '.')}@northwind.example`,
  email: `${name.toLowerCase().replace(' ', '.')}@northwind.example`,
  phone: '+44 20 7946 0101',
  agentId: null,
  callCenterId: '04v000000000001AAA',
  callCenterName: 'Vonage Contact Center',
  isActive: true,
  licenseName: 'Salesforce',
  ...extra
});

export const USERS = [
  user('001', 'Ava Patel'),
  user('002', 'Ben Carter', { phone: null }),
  user('003', 'Chloe Nguyen'),
  user('004', 'Daniel Okafor', { agentId: '2004' }),
  user('005', 'Emma Rossi', { agentId: '2005' })
];

const issue = (code, severity, message) => ({ code, severity, message });

export const CHECKS = [
  { userId: USERS[0].id, issues: [issue('AGENT_ID_MISSING', 'error', 'No NVM Agent Id')] },
  {
    userId: USERS[1].id,
    issues: [
      issue('PHONE_MISSING', 'error', 'No phone number'),
      issue('AGENT_ID_MISSING', 'error', 'No NVM Agent Id')
    ]
  },
  { userId: USERS[2].id, issues: [issue('AGENT_ID_MISSING', 'error', 'No NVM Agent Id')] },
  {
    userId: USERS[3].id,
    issues: [issue('VCC_USER_EXISTS', 'error', "A VCC user already exists with the username 'x'")]
  },
  { userId: USERS[4].id, issues: [issue('CALL_CENTER_MISSING', 'warning', 'No call center')] }
];

export const READY_CHECKS = USERS.map((u, index) => ({
  userId: u.id,
  issues:
    index === 1
      ? [issue('PHONE_MISSING', 'error', 'No phone number')]
      : index === 3
        ? [issue('ALREADY_LINKED', 'info', 'Linked')]
        : []
}));

const result = (u, status, code, message, vccUserId = null) => ({
  userId: u.id,
  username: u.username,
  status,
  code,
  message,
  agentId: u.agentId,
  vccUserId
});

export const DONE_JOB = {
  jobId: 'a01000000000001AAA',
  status: 'Completed',
  total: 5,
  processed: 5,
  created: 3,
  updated: 0,
  alreadyLinked: 0,
  partiallyCreated: 0,
  skipped: 0,
  failed: 2,
  cancelled: 0,
  error: null,
  notice: null,
  templateUsername: 'template.agent@vcc.example',
  listViewId: '00B000000000001AAA',
  listViewLabel: 'Seed Example',
  startedBy: 'Ada Admin',
  startedAt: '2026-11-29T10:00:00.000Z',
  finishedAt: '2026-11-29T10:03:05.000Z',
  results: [
    result(USERS[0], 'Created', 'CREATED', "Created in VCC and linked through agent ID '2001'.", 'v-a'),
    result(
      USERS[1],
      'Failed',
      'PHONE_MISSING',
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    ),
    result(USERS[2], 'Created', 'CREATED', "Created in VCC and linked through agent ID '2003'.", 'v-c'),
    result(
      USERS[3],
      'Failed',
      'VCC_USER_EXISTS',
      "A VCC user already exists with the username 'daniel.okafor@northwind.example'."
    ),
    result(USERS[4], 'Created', 'CREATED', "Created in VCC and linked through agent ID '2005'.", 'v-e')
  ]
};

/** A job with one user of every status, as a re-run after an outage ends. */
export const MIXED_JOB = {
  ...DONE_JOB,
  jobId: 'a01000000000002AAA',
  total: 7,
  processed: 7,
  created: 1,
  updated: 1,
  alreadyLinked: 1,
  partiallyCreated: 1,
  skipped: 1,
  failed: 1,
  cancelled: 1,
  results: [
    result(USERS[0], 'Created', 'CREATED', "Created in VCC and linked through agent ID '2001'.", 'v-a'),
    result(
      USERS[1],
      'Updated',
      'UPDATED',
      'Already linked: added the skills Billing and the group Sales.',
      'v-b'
    ),
    result(USERS[2], 'AlreadyLinked', 'ALREADY_LINKED', 'Already linked with every skill and group.', 'v-c'),
    result(
      USERS[3],
      'PartiallyCreated',
      'PARTIALLY_CREATED',
      'The VCC user was created, but the groups Sales could not be set.',
      'v-d'
    ),
    result(
      USERS[4],
      'Skipped',
      'SKIPPED',
      'Not sent to VCC because of USER_INACTIVE. Also fix: PHONE_INVALID.'
    ),
    {
      ...result(
        USERS[0],
        'Failed',
        'VCC_UNAVAILABLE',
        'VCC could not be reached. Retry the failed users later.'
      ),
      userId: '005000000000006AAA',
      username: 'finn.mills@northwind.example'
    },
    {
      ...result(USERS[0], 'Cancelled', 'CANCELLED', 'The job was cancelled before this user.'),
      userId: '005000000000007AAA',
      username: 'gia.lopez@northwind.example'
    }
  ]
};

export function apexError(message, status = 400) {
  return { body: { message }, ok: false, status, statusText: 'Bad Request' };
}

const hasSeverity = (issues, severity) => issues.some((item) => item.severity === severity);

/** The ViewPage the server answers for these users and checks: one page by name, with the whole view's counts. */
export function viewPage(users = USERS, checks = CHECKS, extra = {}) {
  const issuesOf = new Map(checks.map((check) => [check.userId, check.issues]));
  const rows = users.map((u) => ({ user: u, issues: issuesOf.get(u.id) || [] }));
  const all = rows.map((row) => row.issues);
  const linked = all.filter((issues) => issues.some((item) => item.code === 'ALREADY_LINKED')).length;
  const ready = all.filter((issues) => !hasSeverity(issues, 'error')).length;
  return {
    listViewId: VIEWS[0].id,
    total: rows.length,
    matching: rows.length,
    offset: 0,
    pageSize: 50,
    sortBy: 'name',
    sortDir: 'asc',
    onlyIssues: false,
    search: null,
    rows,
    withErrors: all.filter((issues) => hasSeverity(issues, 'error')).length,
    withWarnings: all.filter((issues) => hasSeverity(issues, 'warning')).length,
    linkedCount: linked,
    blankAgentIdCount: users.filter((u) => !u.agentId).length,
    plan: { create: ready - linked, blocked: rows.length - ready, linked },
    ...extra
  };
}
