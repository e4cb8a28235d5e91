import { createElement } from 'lwc';
import VccReadiness from 'c/vccReadiness';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import checkReadiness from '@salesforce/apex/VccUserCreationController.checkReadiness';
import fixReadiness from '@salesforce/apex/VccUserCreationController.fixReadiness';

jest.mock('@salesforce/apex/VccUserCreationController.checkReadiness', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.fixReadiness', () => ({ default: jest.fn() }), {
  virtual: true
});

const flushPromises = () =>
  [1, 2, 3, 4, 5, 6].reduce((promise) => promise.then(() => undefined), Promise.resolve());
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
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

const VIEW = '00BDn0000000008MAA';
const PS_ISSUE = {
  code: 'VCC_PERMISSION_SET_MISSING',
  severity: 'error',
  message: 'The user has no VCC user-type permission set (agent or supervisor).',
  remedy: 'Assign the VCC agent or supervisor permission set (one of: VCC_Agent, VCC_Supervisor).',
  fix: 'assignPermissionSet'
};
const CC_ISSUE = {
  code: 'CALL_CENTER_MISSING',
  severity: 'error',
  message: 'The user has no Call Center.',
  remedy: 'Set the VCC Call Center on the user.',
  fix: 'setCallCenter'
};
const LICENCE_ISSUE = {
  code: 'PLATFORM_LICENSE',
  severity: 'warning',
  message: 'The user has a Salesforce Platform licence: some VCC features do not work with it.',
  remedy: 'Give the user a Salesforce licence.',
  fix: null
};

function user(id, name, issues) {
  return {
    userId: id,
    name,
    username: `${name.toLowerCase().replace(' ', '.')}@northwind.example`,
    ready: issues.every((one) => one.severity !== 'error'),
    issues
  };
}

const REPORT = {
  total: 3,
  ready: 1,
  notReady: 2,
  counts: { VCC_PERMISSION_SET_MISSING: 2, CALL_CENTER_MISSING: 1, PLATFORM_LICENSE: 1 },
  users: [
    user('005A', 'Ava Patel', [PS_ISSUE, CC_ISSUE]),
    user('005B', 'Ben Carter', [PS_ISSUE]),
    user('005C', 'Chloe Nguyen', [LICENCE_ISSUE])
  ]
};

function mount(listViewId = VIEW) {
  const element = createElement('c-vcc-readiness', { is: VccReadiness });
  element.listViewId = listViewId;
  document.body.appendChild(element);
  return element;
}

async function mountChecked(report = REPORT) {
  checkReadiness.mockResolvedValue(report);
  const element = mount();
  $(element, 'lightning-button.check').click();
  await flushPromises();
  return element;
}

function type(element, selector, value) {
  const input = $(element, selector);
  input.value = value;
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-vcc-readiness', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('needs a view first', async () => {
    const element = mount(null);
    await flushPromises();
    expect($(element, 'lightning-button.check').disabled).toBe(true);
    expect(text($(element, '.need-view'))).toBe('Choose a view first: the check reads its users.');
    await expect(element).toBeAccessible();
  });

  it('shows a count per issue with its fix, and each user with what is missing', async () => {
    let answer;
    checkReadiness.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const element = mount();
    $(element, 'lightning-button.check').click();
    await flushPromises();
    expect(checkReadiness).toHaveBeenCalledWith({ listViewId: VIEW });
    expect(text($(element, '.running'))).toBe('Checking whether the users are ready to take calls...');
    answer(REPORT);
    await flushPromises();
    expect(text($(element, '.summary'))).toBe('3 users: 1 ready to take calls, 2 not ready.');
    expect($$(element, '.code-count').map(text)).toEqual([
      'No VCC permission set 2 users Fix: Assign the VCC agent or supervisor permission set (one of: VCC_Agent, VCC_Supervisor).',
      'No call center 1 user Fix: Set the VCC Call Center on the user.',
      'Salesforce Platform licence 1 user Fix: Give the user a Salesforce licence.'
    ]);
    const rows = $$(element, '.user-row');
    expect(rows.map((row) => text(row.querySelector('.user-name')))).toEqual([
      'Ava Patel',
      'Ben Carter',
      'Chloe Nguyen'
    ]);
    expect([...rows[0].querySelectorAll('.issue')].map(text)).toEqual([
      'No VCC permission set The user has no VCC user-type permission set (agent or supervisor). Fix: Assign the VCC agent or supervisor permission set (one of: VCC_Agent, VCC_Supervisor).',
      'No call center The user has no Call Center. Fix: Set the VCC Call Center on the user.'
    ]);
    expect(text(rows[2].querySelector('.ready'))).toBe('Ready');
    expect(rows[0].querySelector('lightning-input').label).toBe('Select Ava Patel');
    expect(text($(element, '.scope'))).toBe('No user selected: each fix applies to the users who need it.');
    expect($(element, '.nobody')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says when every user is ready', async () => {
    const element = await mountChecked({
      total: 1,
      ready: 1,
      notReady: 0,
      counts: {},
      users: [user('005C', 'Chloe Nguyen', [])]
    });
    expect(text($(element, '.summary'))).toBe('Every user of the view is ready to take calls.');
    expect($(element, '.summary').className).toContain('slds-text-color_success');
    expect($(element, 'lightning-button.assign').disabled).toBe(true);
    expect($$(element, '.nobody').map(text)).toEqual([
      'No user needs this fix: select the users to apply it to.',
      'No user needs this fix: select the users to apply it to.'
    ]);
    expect($$(element, '.user-row')).toHaveLength(0);
    const showAll = $(element, 'lightning-input.show-all');
    expect(showAll.label).toBe('Show the users who are ready too');
    showAll.checked = true;
    showAll.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    expect($$(element, '.user-row').map((row) => text(row.querySelector('.ready')))).toEqual(['Ready']);
    await expect(element).toBeAccessible();
  });

  it('assigns a permission set to the users who need it, after a confirmation with their count', async () => {
    const element = await mountChecked();
    const fixed = jest.fn();
    element.addEventListener('fixed', fixed);
    expect($(element, 'lightning-button.assign').disabled).toBe(true);
    type(element, 'lightning-input.permission-set', ' VCC_Agent ');
    await flushPromises();
    LightningConfirm.open.mockResolvedValue(true);
    fixReadiness.mockResolvedValue({
      dryRun: false,
      counts: [],
      results: [
        {
          userId: '005A',
          username: 'ava.patel@northwind.example',
          action: 'assignPermissionSet',
          target: 'VCC_Agent',
          outcome: 'assigned',
          message: 'Permission set VCC_Agent assigned.'
        },
        {
          userId: '005B',
          username: 'ben.carter@northwind.example',
          action: 'assignPermissionSet',
          target: 'VCC_Agent',
          outcome: 'failed',
          message: 'Could not apply VCC_Agent. The user is inactive.'
        }
      ]
    });
    checkReadiness.mockResolvedValue({ ...REPORT, counts: {}, ready: 3, notReady: 0, users: [] });
    $(element, 'lightning-button.assign').click();
    await flushPromises();
    expect(LightningConfirm.open.mock.calls[0][0].message).toBe(
      'Assign the permission set VCC_Agent to 2 users? Users who already have it are left as they are.'
    );
    expect(fixReadiness).toHaveBeenCalledWith({
      userIds: ['005A', '005B'],
      permissionSetNames: ['VCC_Agent'],
      dryRun: false
    });
    expect($$(element, '.fix-result').map(text)).toEqual([
      'Assigned ava.patel@northwind.example Permission set VCC_Agent assigned.',
      'Failed ben.carter@northwind.example Could not apply VCC_Agent. The user is inactive.'
    ]);
    expect(Toast.show.mock.calls[0][0]).toMatchObject({
      message: 'Fix applied: 1 changed, 0 already fine, 1 failed.',
      variant: 'warning'
    });
    expect(text($(element, '.fix-summary'))).toBe('Fix applied: 1 changed, 0 already fine, 1 failed.');
    expect(fixed).toHaveBeenCalledTimes(1);
    expect(checkReadiness).toHaveBeenCalledTimes(2);
    await expect(element).toBeAccessible();
  });

  it('sets a call center on the selected users only, and does nothing when the admin says no', async () => {
    const element = await mountChecked();
    const box = $$(element, '.user-row')[2].querySelector('lightning-input');
    box.checked = true;
    box.dispatchEvent(new CustomEvent('change'));
    type(element, 'lightning-input.call-center', 'Vonage Contact Center');
    await flushPromises();
    expect(text($(element, '.scope'))).toBe('Each fix applies to the selected users (1 user).');
    LightningConfirm.open.mockResolvedValue(false);
    $(element, 'lightning-button.set-call-center').click();
    await flushPromises();
    expect(LightningConfirm.open.mock.calls[0][0].message).toBe(
      'Set the call center Vonage Contact Center on 1 user? Users already in it are left as they are.'
    );
    expect(fixReadiness).not.toHaveBeenCalled();
    expect($(element, '.fix-results')).toBeNull();

    LightningConfirm.open.mockResolvedValue(true);
    fixReadiness.mockResolvedValue({
      dryRun: false,
      counts: [],
      results: [
        {
          userId: '005C',
          username: 'chloe.nguyen@northwind.example',
          action: 'setCallCenter',
          target: 'Vonage Contact Center',
          outcome: 'alreadySet',
          message: 'Already in the call center Vonage Contact Center.'
        }
      ]
    });
    $(element, 'lightning-button.set-call-center').click();
    await flushPromises();
    expect(fixReadiness).toHaveBeenCalledWith({
      userIds: ['005C'],
      callCenterId: 'Vonage Contact Center',
      dryRun: false
    });
    expect($$(element, '.fix-result').map(text)).toEqual([
      'Already set chloe.nguyen@northwind.example Already in the call center Vonage Contact Center.'
    ]);
    expect(Toast.show.mock.calls[0][0].variant).toBe('success');
  });

  it('selects every user not ready, and unselects one', async () => {
    const element = await mountChecked();
    $(element, 'lightning-button.select-not-ready').click();
    await flushPromises();
    expect($$(element, '.user-row lightning-input').map((box) => box.checked)).toEqual([true, true, false]);
    const box = $$(element, '.user-row')[0].querySelector('lightning-input');
    box.checked = false;
    box.dispatchEvent(new CustomEvent('change'));
    await flushPromises();
    expect(text($(element, '.scope'))).toBe('Each fix applies to the selected users (1 user).');
  });

  it('shows why a fix was refused and keeps the readiness', async () => {
    const element = await mountChecked();
    type(element, 'lightning-input.permission-set', 'Nope');
    await flushPromises();
    LightningConfirm.open.mockResolvedValue(true);
    fixReadiness.mockRejectedValue({ body: { message: "No permission set is named 'Nope'." }, status: 404 });
    $(element, 'lightning-button.assign').click();
    await flushPromises();
    expect(text($(element, '.readiness-error'))).toContain("No permission set is named 'Nope'.");
    expect($$(element, '.user-row')).toHaveLength(3);
    expect(text($(element, '.fixing'))).toBeNull();
  });

  it('shows an error when the check fails, and forgets the report when the view changes', async () => {
    const element = await mountChecked();
    element.listViewId = '00BDn0000000001MAA';
    await flushPromises();
    expect($(element, '.summary')).toBeNull();
    checkReadiness.mockRejectedValue({ body: { message: 'This org cannot tell whether users are ready.' } });
    $(element, 'lightning-button.check').click();
    await flushPromises();
    expect(text($(element, '.readiness-error'))).toContain('This org cannot tell whether users are ready.');
    await expect(element).toBeAccessible();
  });
});
