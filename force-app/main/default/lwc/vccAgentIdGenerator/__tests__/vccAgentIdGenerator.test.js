import { createElement } from 'lwc';
import VccAgentIdGenerator from 'c/vccAgentIdGenerator';
import LightningConfirm from 'lightning/confirm';

const flush = () => Promise.resolve();
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const USERS = [
  { id: 'a', name: 'Ava Patel', agentId: null },
  { id: 'b', name: 'Ben Carter', agentId: ' ' },
  { id: 'c', name: 'Chloe Nguyen', agentId: '2' },
  { id: 'd', name: 'Dan Okafor', agentId: null }
];

function mount(users = USERS, needsAgentId = true) {
  const element = createElement('c-vcc-agent-id-generator', { is: VccAgentIdGenerator });
  element.users = users;
  element.needsAgentId = needsAgentId;
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function type(element, value) {
  $(element, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

describe('c-vcc-agent-id-generator', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('starts at 1 and previews the exact IDs: first, last, how many, and those skipped', async () => {
    const element = mount();
    await flush();
    expect($(element, 'lightning-input').value).toBe('1');
    expect(text($(element, '.preview'))).toBe(
      '3 users without an NVM Agent Id will get IDs 1 to 4. 1 ID in that range is held by a user of this view and is skipped. ' +
        'An ID found in use elsewhere in Salesforce or VCC is skipped too, which can move the last ID up.'
    );
    expect($(element, '.in-use')).toBeNull();
    expect($(element, 'lightning-button').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('warns when the Starting ID is already held by a user of the view', async () => {
    const element = mount();
    await type(element, '2');
    expect(text($(element, '.in-use'))).toBe(
      'Starting ID 2 is already held by Chloe Nguyen: generation starts at the next free ID.'
    );
    expect(text($(element, '.preview'))).toMatch(/^3 users without an NVM Agent Id will get IDs 3 to 5\. /);
    await expect(element).toBeAccessible();
  });

  it.each([
    ['abc', "Starting ID 'abc' is not a whole number: use a whole number from 1 to 9999999999"],
    ['0', 'Starting ID 0 is out of range: use a whole number from 1 to 9999999999'],
    ['', 'Starting ID is required: use a whole number from 1 to 9999999999'],
    ['99999999999', 'Starting ID 99999999999 is out of range: use a whole number from 1 to 9999999999']
  ])('refuses %p as it is typed: one error, on the field, and no preview from it', async (value, message) => {
    const element = mount();
    await type(element, value);
    expect($(element, 'lightning-input').messageWhenBadInput).toBe(message);
    expect(element.shadowRoot.textContent).not.toContain(message);
    expect(text($(element, '.preview'))).toBe('Correct the Starting ID to see which IDs will be written.');
    expect($(element, 'lightning-button').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('asks before writing, with the count, then fires generate with the Starting ID as a whole number', async () => {
    LightningConfirm.open.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('generate', handler);
    await type(element, ' 0042 ');
    expect(text($(element, '.preview'))).toMatch(/will get IDs 42 to 44\./);
    $(element, 'lightning-button').click();
    await flush();
    expect(LightningConfirm.open.mock.calls[0][0].message).toBe(
      'Write NVM Agent Ids to 3 Salesforce users, from 42? IDs already set are never changed.'
    );
    expect(handler).not.toHaveBeenCalled();
    $(element, 'lightning-button').click();
    await flush();
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({ startingId: '42' });
  });

  it('says when every user has an ID already, and does not generate', async () => {
    const element = mount([{ id: 'c', agentId: '12' }]);
    await flush();
    expect(text($(element, '.preview'))).toBe('Every user in the view has an NVM Agent Id.');
    expect($(element, 'lightning-button').disabled).toBe(true);
    element.users = [
      { id: 'c', agentId: '12' },
      { id: 'e', agentId: null }
    ];
    await flush();
    expect(text($(element, '.preview'))).toMatch(/^1 user without an NVM Agent Id will get ID 1\. An ID/);
    expect($(element, 'lightning-button').disabled).toBe(false);
  });

  it('is disabled, saying why, when the template takes no calls', async () => {
    const element = mount(USERS, false);
    await flush();
    expect(text($(element, '.preview'))).toBe(
      'This template takes no calls: its users need no NVM Agent Id.'
    );
    expect($(element, 'lightning-button').disabled).toBe(true);
    expect($(element, 'lightning-input').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('says when the range runs out, and does not generate', async () => {
    const element = mount([
      { id: 'a', agentId: null },
      { id: 'b', agentId: null }
    ]);
    await type(element, '9999999999');
    expect(text($(element, '.preview'))).toMatch(/9999999999/);
    expect($(element, 'lightning-button').disabled).toBe(true);
  });
});
