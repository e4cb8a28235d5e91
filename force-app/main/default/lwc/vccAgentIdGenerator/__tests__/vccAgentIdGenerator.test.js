import { createElement } from 'lwc';
import VccAgentIdGenerator from 'c/vccAgentIdGenerator';

const flush = () => Promise.resolve();
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const USERS = [
  { id: 'a', agentId: null },
  { id: 'b', agentId: ' ' },
  { id: 'c', agentId: '12' }
];

function mount(users = USERS) {
  const element = createElement('c-vcc-agent-id-generator', { is: VccAgentIdGenerator });
  element.users = users;
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
  });

  it('starts at 1 and previews how many users get an ID', async () => {
    const element = mount();
    await flush();
    expect($(element, 'lightning-input').value).toBe('1');
    expect(text($(element, '.preview'))).toMatch(
      /^2 users without an NVM Agent Id will get IDs from 1 upwards/
    );
    expect($(element, 'lightning-button').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it.each([
    ['abc', "Starting ID 'abc' is not a whole number: use a whole number from 1 to 9999999999"],
    ['0', 'Starting ID 0 is out of range: use a whole number from 1 to 9999999999'],
    ['', 'Starting ID is required: use a whole number from 1 to 9999999999'],
    ['99999999999', 'Starting ID 99999999999 is out of range: use a whole number from 1 to 9999999999']
  ])('refuses %p as it is typed, with the rules of c/vccRules', async (value, message) => {
    const element = mount();
    await type(element, value);
    expect(text($(element, '.starting-id-error'))).toBe(message);
    expect($(element, 'lightning-button').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('fires generate with the Starting ID as a whole number', async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('generate', handler);
    await type(element, ' 0042 ');
    expect(text($(element, '.preview'))).toMatch(/from 42 upwards/);
    $(element, 'lightning-button').click();
    expect(handler.mock.calls[0][0].detail).toEqual({ startingId: '42' });
  });

  it('says when every user has an ID already, and does not generate', async () => {
    const element = mount([{ id: 'c', agentId: '12' }]);
    await flush();
    expect(text($(element, '.preview'))).toBe('Every user in the view has an NVM Agent Id.');
    expect($(element, 'lightning-button').disabled).toBe(true);
  });
});
