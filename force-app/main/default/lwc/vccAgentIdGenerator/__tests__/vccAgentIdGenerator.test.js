import { createElement } from 'lwc';
import VccAgentIdGenerator, { PREVIEW_DEBOUNCE_MS } from 'c/vccAgentIdGenerator';
import getAgentIdPreview from '@salesforce/apex/VccUserCreationController.getAgentIdPreview';
import LightningConfirm from 'lightning/confirm';

jest.mock('@salesforce/apex/VccUserCreationController.getAgentIdPreview', () => ({ default: jest.fn() }), {
  virtual: true
});

// the accessibility checks of a whole tab take a few seconds on a busy machine
jest.setTimeout(30000);

const flush = () => [1, 2, 3, 4].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const VIEW = '00B000000000001AAA';

/** An AgentIdPreview as the server answers it. */
function preview(extra = {}) {
  return {
    count: 12,
    first: '2000',
    last: '2014',
    skipped: 3,
    skippedInSalesforce: 2,
    skippedInVcc: 1,
    startInUse: null,
    sample: [
      { userId: 'a', agentId: '2000' },
      { userId: 'b', agentId: '2001' },
      { userId: 'c', agentId: '2003' }
    ],
    ...extra
  };
}

function mount({ needing = 12, needsAgentId = true, userIds = null } = {}) {
  const element = createElement('c-vcc-agent-id-generator', { is: VccAgentIdGenerator });
  element.listViewId = VIEW;
  element.needing = needing;
  element.needsAgentId = needsAgentId;
  element.userIds = userIds;
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);

async function settle() {
  jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
  await flush();
}

async function type(element, value) {
  $(element, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flush();
}

describe('c-vcc-agent-id-generator', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    getAgentIdPreview.mockResolvedValue(preview());
  });

  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it("starts at 1 and shows the server's preview: the range, the skipped IDs and where they are in use, the first IDs", async () => {
    const element = mount();
    await flush();
    expect($(element, 'lightning-input').value).toBe('1');
    expect(text($(element, '.preview'))).toBe('Working out which IDs will be written…');
    expect($(element, 'lightning-button').disabled).toBe(true);
    await settle();
    expect(getAgentIdPreview).toHaveBeenCalledWith({ listViewId: VIEW, startingId: '1', userIds: null });
    expect(text($(element, '.preview'))).toBe(
      'IDs 2000 to 2014 for 12 users; 3 skipped because they are in use (2 in Salesforce, 1 in VCC)'
    );
    expect(text($(element, '.sample'))).toBe('First IDs: 2000, 2001, 2003');
    expect($(element, '.in-use')).toBeNull();
    expect($(element, 'lightning-button').disabled).toBe(false);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('asks once the admin stops typing, and shows only the answer to the last Starting ID', async () => {
    const element = mount();
    await settle();
    let answerFirst;
    getAgentIdPreview
      .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce(preview({ count: 1, first: '30', last: '30', skipped: 0, sample: [] }));
    await type(element, '2');
    await type(element, '20');
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 1);
    expect(getAgentIdPreview).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(getAgentIdPreview).toHaveBeenCalledTimes(2);
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({ listViewId: VIEW, startingId: '20', userIds: null });
    await type(element, '30');
    await settle();
    expect(text($(element, '.preview'))).toBe('ID 30 for 1 user');
    expect($(element, '.sample')).toBeNull();
    answerFirst(preview());
    await flush();
    expect(text($(element, '.preview'))).toBe('ID 30 for 1 user');
  });

  it.each([
    ['salesforce', 'Starting ID 2000 is already in use in Salesforce: the IDs start at the next free one.'],
    ['vcc', 'Starting ID 2000 is already in use in VCC: the IDs start at the next free one.'],
    [
      'both',
      'Starting ID 2000 is already in use in Salesforce and in VCC: the IDs start at the next free one.'
    ]
  ])('warns when the Starting ID is in use (%s)', async (where, warning) => {
    getAgentIdPreview.mockResolvedValue(preview({ startInUse: where, first: '2001' }));
    const element = mount();
    await type(element, '2000');
    await settle();
    expect(text($(element, '.in-use'))).toBe(warning);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it.each([
    ['abc', "Starting ID 'abc' is not a whole number: use a whole number from 1 to 9999999999"],
    ['0', 'Starting ID 0 is out of range: use a whole number from 1 to 9999999999'],
    ['', 'Starting ID is required: use a whole number from 1 to 9999999999'],
    ['99999999999', 'Starting ID 99999999999 is out of range: use a whole number from 1 to 9999999999']
  ])('refuses %p as it is typed: one error, on the field, and no server call', async (value, message) => {
    const element = mount();
    await type(element, value);
    await settle();
    expect(getAgentIdPreview).not.toHaveBeenCalled();
    expect($(element, 'lightning-input').messageWhenBadInput).toBe(message);
    expect(element.shadowRoot.textContent).not.toContain(message);
    expect(text($(element, '.preview'))).toBe('Correct the Starting ID to see which IDs will be written.');
    expect($(element, 'lightning-button').disabled).toBe(true);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('asks before writing, with the count, then fires generate with the Starting ID as a whole number', async () => {
    LightningConfirm.open.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    const element = mount();
    const handler = jest.fn();
    element.addEventListener('generate', handler);
    await type(element, ' 0042 ');
    await settle();
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({ listViewId: VIEW, startingId: '42', userIds: null });
    $(element, 'lightning-button').click();
    await flush();
    expect(LightningConfirm.open.mock.calls[0][0].message).toBe(
      'Write NVM Agent Ids to 12 Salesforce users, from 42? IDs already set are never changed.'
    );
    expect(handler).not.toHaveBeenCalled();
    $(element, 'lightning-button').click();
    await flush();
    expect(handler.mock.calls[0][0].detail).toEqual({ startingId: '42' });
  });

  it('previews and names the selected users when there is a selection, and asks again on refresh', async () => {
    const element = mount({ userIds: ['a', 'b'] });
    await settle();
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({
      listViewId: VIEW,
      startingId: '1',
      userIds: ['a', 'b']
    });
    expect($(element, 'lightning-button').label).toBe('Generate Agent IDs for 2 selected users');
    element.userIds = ['a', 'b'];
    await settle();
    expect(getAgentIdPreview).toHaveBeenCalledTimes(1);
    element.userIds = null;
    await settle();
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({ listViewId: VIEW, startingId: '1', userIds: null });
    expect($(element, 'lightning-button').label).toBe('Generate Agent IDs');
    element.refresh();
    await settle();
    expect(getAgentIdPreview).toHaveBeenCalledTimes(3);
  });

  it("shows the server's reason when there is nothing to preview, and does not generate", async () => {
    getAgentIdPreview.mockRejectedValue({ body: { message: 'Not enough free agent IDs from 9999999999.' } });
    const element = mount();
    await type(element, '9999999999');
    await settle();
    expect(text($(element, '.preview'))).toBe('Not enough free agent IDs from 9999999999.');
    expect($(element, 'lightning-button').disabled).toBe(true);
  });

  it('says when every user has an ID already, without asking the server', async () => {
    const element = mount({ needing: 0 });
    await settle();
    expect(getAgentIdPreview).not.toHaveBeenCalled();
    expect(text($(element, '.preview'))).toBe('Every user in the view has an NVM Agent Id.');
    expect($(element, 'lightning-button').disabled).toBe(true);
    element.needing = 1;
    await settle();
    expect(getAgentIdPreview).toHaveBeenCalledTimes(1);
    expect($(element, 'lightning-button').disabled).toBe(false);
    element.userIds = ['c'];
    element.needing = 0;
    await settle();
    expect(text($(element, '.preview'))).toBe('Every selected user has an NVM Agent Id.');
    expect(getAgentIdPreview).toHaveBeenCalledTimes(1);
  });

  it('is disabled, saying why, when the template takes no calls', async () => {
    const element = mount({ needsAgentId: false });
    await settle();
    expect(getAgentIdPreview).not.toHaveBeenCalled();
    expect(text($(element, '.preview'))).toBe(
      'This template takes no calls: its users need no NVM Agent Id.'
    );
    expect($(element, 'lightning-button').disabled).toBe(true);
    expect($(element, 'lightning-input').disabled).toBe(true);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });
});
