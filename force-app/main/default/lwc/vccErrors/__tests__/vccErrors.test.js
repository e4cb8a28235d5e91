import { reduceErrors, describeError, groupByCause } from 'c/vccErrors';

describe('c/vccErrors', () => {
  it('reads every error shape into messages', () => {
    expect(reduceErrors({ body: { message: 'Apex said no' }, status: 400 })).toEqual(['Apex said no']);
    expect(reduceErrors([{ body: [{ message: 'one' }, { message: 'two' }] }])).toEqual(['one', 'two']);
    expect(reduceErrors({ body: { pageErrors: [{ message: 'page' }], fieldErrors: {} } })).toEqual(['page']);
    expect(
      reduceErrors({ body: { pageErrors: [], fieldErrors: { Phone: [{ message: 'bad phone' }] } } })
    ).toEqual(['bad phone']);
    expect(reduceErrors(new Error('network down'))).toEqual(['network down']);
    expect(reduceErrors('plain text')).toEqual(['plain text']);
    expect(reduceErrors({ statusText: 'Service Unavailable' })).toEqual(['Service Unavailable']);
  });

  it('never answers with nothing for a real error, and with nothing for none', () => {
    expect(reduceErrors({})).toEqual(['Unknown error']);
    expect(reduceErrors(undefined)).toEqual(['Unknown error']);
    expect(reduceErrors([])).toEqual([]);
  });
});

describe('c/vccErrors describeError', () => {
  const apex = (message, status = 502) => ({ body: { message }, status });

  it.each([
    [
      'Could not read the VCC users: GET /useradmin/users failed with HTTP 503: Service Unavailable',
      'down',
      'VCC is not answering (503). Try again in a few minutes: nothing is lost.'
    ],
    [
      'VCC stopped answering: the rest were not sent.',
      'down',
      'VCC is not answering. Try again in a few minutes: nothing is lost.'
    ],
    [
      'Could not read the VCC users: fetch failed (getaddrinfo ENOTFOUND emea.cc.vonage.com)',
      'unreachable',
      'VCC could not be reached at emea.cc.vonage.com. Check the VCC address and the network, then try again.'
    ],
    [
      'VCC did not give an access token (invalid_client): check the client ID, secret and scopes.',
      'credentials',
      'Check the client ID and secret of the VCC Named Credential, then try again.'
    ],
    [
      'PUT /useradmin/users/u-1/skills failed with HTTP 403: insufficient_scope',
      'scope',
      'The VCC API client needs the users:write scope. Ask your VCC administrator, then try again.'
    ],
    [
      'GET /useradmin/users failed with HTTP 429: Too Many Requests',
      'rate',
      'VCC asked us to slow down. Try again in a minute.'
    ]
  ])('says %p in an admin words', (message, kind, words) => {
    const described = describeError(apex(message));
    expect(described.kind).toBe(kind);
    expect(described.messages).toEqual([words]);
    expect(described.transient).toBe(['down', 'unreachable', 'rate'].includes(kind));
  });

  it('keeps any other message, without HTTP verbs, paths or raw codes', () => {
    expect(describeError(apex('POST /useradmin/users failed with HTTP 400: Invalid location.', 400))).toEqual(
      { kind: 'other', title: 'Something went wrong', messages: ['Invalid location.'], transient: false }
    );
    expect(describeError(apex('Not sent because of USER_INACTIVE', 400)).messages).toEqual([
      'Not sent because of Inactive user'
    ]);
    expect(describeError(undefined)).toBeNull();
    expect(describeError([])).toBeNull();
  });

  it('groups errors by cause: one panel per VCC cause, one per other error', () => {
    const down = apex('GET /useradmin/users failed with HTTP 503');
    const panels = groupByCause([
      { source: 'template', error: down },
      { source: 'users', error: apex('Salesforce refused the request: bad view', 400) },
      { source: 'poll', error: down },
      { source: 'create', error: undefined },
      { source: 'generate', error: apex('Starting ID taken', 400) }
    ]);
    expect(panels.map((panel) => [panel.key, panel.sources])).toEqual([
      ['down', ['template', 'poll']],
      ['users', ['users']],
      ['generate', ['generate']]
    ]);
  });
});
