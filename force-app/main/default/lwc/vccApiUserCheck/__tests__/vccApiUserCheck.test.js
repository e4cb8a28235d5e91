import { createElement } from 'lwc';
import VccApiUserCheck from 'c/vccApiUserCheck';
import checkApiUser from '@salesforce/apex/VccUserCreationController.checkApiUser';

jest.mock('@salesforce/apex/VccUserCreationController.checkApiUser', () => ({ default: jest.fn() }), {
  virtual: true
});

const flushPromises = () =>
  [1, 2, 3, 4].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

// The words of a node and its shadow trees, text nodes joined by one space.
function text(node) {
  if (!node) {
    return null;
  }
  const parts = [];
  const walk = (current) => {
    if (current.nodeType === 3) {
      parts.push(current.textContent);
    }
    [...(current.shadowRoot ? current.shadowRoot.childNodes : []), ...current.childNodes].forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function mount() {
  const element = createElement('c-vcc-api-user-check', { is: VccApiUserCheck });
  document.body.appendChild(element);
  return element;
}

function change(element, selector, value) {
  const input = $(element, selector);
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

const FAILING = {
  username: 'api.hours@northwind.example',
  ok: false,
  requirements: [
    { code: 'USER_FOUND', outcome: 'pass', recommended: false, detail: 'The user exists.', fix: null },
    {
      code: 'LOGIN_HOURS',
      outcome: 'fail',
      recommended: false,
      detail: 'API Only restricts login hours.',
      fix: 'Clear the login hours of the profile API Only, or give the API user a profile without them.'
    },
    {
      code: 'MODIFY_ALL_DATA',
      outcome: 'cannotTell',
      recommended: false,
      detail: 'Needed only if a Data Connector applet inserts records in Salesforce (the user lacks it).',
      fix: 'Answer whether a Data Connector applet inserts records.'
    },
    {
      code: 'PASSWORD_NEVER_EXPIRES',
      outcome: 'fail',
      recommended: true,
      detail: 'Lacks Password Never Expires.',
      fix: 'Add Password Never Expires to a clone of the ContactWorld API user permission set.'
    }
  ]
};

describe('c-vcc-api-user-check', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('asks for the username and the Data Connector answer', async () => {
    const element = mount();
    await flushPromises();
    expect($(element, 'lightning-input.username').label).toBe("API user's username");
    const question = $(element, 'lightning-radio-group');
    expect(question.label).toBe('Does a Data Connector applet insert records in Salesforce?');
    expect(question.options.map((option) => option.label)).toEqual(['Not sure', 'Yes', 'No']);
    expect(question.value).toBe('unknown');
    await expect(element).toBeAccessible();
  });

  it('checks the typed user and shows each requirement with its outcome and fix', async () => {
    let answer;
    checkApiUser.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const element = mount();
    change(element, 'lightning-input.username', ' api.hours@northwind.example ');
    $(element, 'lightning-button.check').click();
    await flushPromises();
    expect(checkApiUser).toHaveBeenCalledWith({
      username: 'api.hours@northwind.example',
      dataConnectorInserts: null
    });
    expect(text($(element, '.running'))).toBe('Checking the API user...');
    expect($(element, 'lightning-button.check').disabled).toBe(true);
    answer(FAILING);
    await flushPromises();
    expect(text($(element, '.summary'))).toBe(
      'api.hours@northwind.example does not meet every requirement: see the fix of each that fails.'
    );
    expect($$(element, '.requirement').map(text)).toEqual([
      'Pass User found The user exists.',
      'Fail No login hours restriction API Only restricts login hours. Fix: Clear the login hours of the profile API Only, or give the API user a profile without them.',
      'Cannot tell Modify All Data (when a Data Connector inserts records) Needed only if a Data Connector applet inserts records in Salesforce (the user lacks it). Fix: Answer whether a Data Connector applet inserts records.',
      'Fail Password Never Expires Recommended Lacks Password Never Expires. Fix: Add Password Never Expires to a clone of the ContactWorld API user permission set.'
    ]);
    await expect(element).toBeAccessible();
  });

  it('finds the API user when no username is typed, and checks again when the Data Connector answer changes', async () => {
    checkApiUser.mockResolvedValue({
      username: 'vcc.api@northwind.example',
      ok: true,
      requirements: [{ code: 'ACTIVE', outcome: 'pass', recommended: false, detail: 'Active.', fix: null }]
    });
    const element = mount();
    const input = $(element, 'lightning-input.username');
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await flushPromises();
    expect(checkApiUser).toHaveBeenCalledWith({ username: null, dataConnectorInserts: null });
    expect(text($(element, '.summary'))).toBe('vcc.api@northwind.example meets every requirement.');
    expect($(element, 'lightning-input.username').value).toBe('vcc.api@northwind.example');
    expect($(element, '.fix')).toBeNull();

    change(element, 'lightning-radio-group', 'yes');
    await flushPromises();
    expect(checkApiUser).toHaveBeenLastCalledWith({
      username: 'vcc.api@northwind.example',
      dataConnectorInserts: true
    });
    change(element, 'lightning-radio-group', 'no');
    await flushPromises();
    expect(checkApiUser).toHaveBeenLastCalledWith({
      username: 'vcc.api@northwind.example',
      dataConnectorInserts: false
    });
    await expect(element).toBeAccessible();
  });

  it('says why when the API user cannot be found', async () => {
    checkApiUser.mockRejectedValue({
      body: { message: '6 users have an API user permission set: name the one VCC uses.' },
      status: 400
    });
    const element = mount();
    change(element, 'lightning-radio-group', 'no');
    $(element, 'lightning-input.username').dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    expect(checkApiUser).not.toHaveBeenCalled();
    $(element, 'lightning-button.check').click();
    await flushPromises();
    expect(checkApiUser).toHaveBeenCalledWith({ username: null, dataConnectorInserts: false });
    expect(text($(element, '.api-user-error'))).toContain(
      '6 users have an API user permission set: name the one VCC uses.'
    );
    expect($(element, '.summary')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
