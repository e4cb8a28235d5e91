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
  failed: 2,
  skipped: 0,
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

export function apexError(message, status = 400) {
  return { body: { message }, ok: false, status, statusText: 'Bad Request' };
}
