import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import getAgentIdPreview from '@salesforce/apex/VccUserCreationController.getAgentIdPreview';
import generateAgentIds from '@salesforce/apex/VccUserCreationController.generateAgentIds';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import LightningConfirm from 'lightning/confirm';
import { SEARCH_DEBOUNCE_MS } from 'c/vccUserTable';
import { PREVIEW_DEBOUNCE_MS } from 'c/vccAgentIdGenerator';
import { VIEWS, TEMPLATE, USERS, CHECKS, READY_CHECKS, viewPage } from './data';
import {
  flushPromises,
  $,
  $$,
  text,
  mount,
  unmountAll,
  chooseTemplate,
  chooseView,
  table,
  createButton,
  convergeButton
} from './helpers';

jest.mock('@salesforce/apex/VccUserCreationController.getUserListViews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getTemplate', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getViewPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getAgentIdPreview', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.generateAgentIds', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.createUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});

// the accessibility checks of a whole tab take a few seconds on a busy machine
jest.setTimeout(30000);

const FIRST = { offset: 0, pageSize: 50, sortBy: 'name', sortDir: 'asc', onlyIssues: false, search: null };

/** Two pages of a 53-user view: the first three users on the first, the last two on the second. */
const PAGE_ONE = viewPage(USERS.slice(0, 3), CHECKS, { total: 53, matching: 53 });
const PAGE_TWO = viewPage(USERS.slice(3), CHECKS, { total: 53, matching: 53, offset: 50 });

const rowIds = (element) => $$(table(element), 'tbody tr').map((row) => row.dataset.rowId);
const lastQuery = () => getViewPage.mock.calls[getViewPage.mock.calls.length - 1][0].query;

function select(element, userId) {
  const box = $(table(element), `input[data-select-id="${userId}"]`);
  box.checked = true;
  box.dispatchEvent(new CustomEvent('change'));
}

async function next(element) {
  $(table(element), 'button[data-id="page-next"]').click();
  await flushPromises();
}

describe('c-vcc-user-creation: the view, page by page', () => {
  beforeEach(() => {
    getUserListViews.mockResolvedValue(VIEWS);
    listJobs.mockResolvedValue([]);
    getTemplate.mockResolvedValue(TEMPLATE);
    getViewPage.mockImplementation(({ query }) => Promise.resolve(query.offset >= 50 ? PAGE_TWO : PAGE_ONE));
  });

  afterEach(() => {
    unmountAll();
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it('reads one page at a time, and the next and previous pages on request', async () => {
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    expect(getViewPage).toHaveBeenCalledWith({
      listViewId: VIEWS[0].id,
      templateUsername: TEMPLATE.username,
      query: FIRST
    });
    expect(rowIds(element)).toEqual(USERS.slice(0, 3).map((u) => u.id));
    expect(text($(table(element), '[data-id="page-status"]'))).toBe('1–3 of 53');
    await next(element);
    expect(lastQuery()).toEqual({ ...FIRST, offset: 50 });
    expect(rowIds(element)).toEqual(USERS.slice(3).map((u) => u.id));
    expect(text($(table(element), '[data-id="page-status"]'))).toBe('51–52 of 53');
    await expect(element).toBeAccessible();
    $(table(element), 'button[data-id="page-prev"]').click();
    await flushPromises();
    expect(lastQuery()).toEqual(FIRST);
  });

  it('sorts, filters and searches on the server, each from the first page, the search once typing stops', async () => {
    jest.useFakeTimers();
    const element = await mount();
    await chooseView(element);
    await next(element);
    $(table(element), 'button[data-sort="agentId"]').click();
    await flushPromises();
    expect(lastQuery()).toEqual({ ...FIRST, sortBy: 'agentId' });
    $(table(element), 'lightning-input[data-id="only-issues"]').dispatchEvent(
      new CustomEvent('change', { detail: { checked: true } })
    );
    await flushPromises();
    expect(lastQuery()).toEqual({ ...FIRST, sortBy: 'agentId', onlyIssues: true });
    const calls = getViewPage.mock.calls.length;
    const search = $(table(element), 'lightning-input[data-id="user-search"]');
    for (const value of ['e', 'em', 'emma']) {
      search.dispatchEvent(new CustomEvent('change', { detail: { value } }));
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 100);
    }
    expect(getViewPage).toHaveBeenCalledTimes(calls);
    jest.advanceTimersByTime(100);
    await flushPromises();
    expect(getViewPage).toHaveBeenCalledTimes(calls + 1);
    expect(lastQuery()).toEqual({ ...FIRST, sortBy: 'agentId', onlyIssues: true, search: 'emma' });
  });

  it('shows only the answer to the last question when answers come back out of order', async () => {
    const element = await mount();
    await chooseView(element);
    let answerSlow;
    getViewPage.mockReturnValueOnce(new Promise((resolve) => (answerSlow = resolve)));
    await next(element);
    $(table(element), 'button[data-sort="phone"]').click();
    await flushPromises();
    expect(rowIds(element)).toEqual(USERS.slice(0, 3).map((u) => u.id));
    answerSlow(PAGE_TWO);
    await flushPromises();
    expect(rowIds(element)).toEqual(USERS.slice(0, 3).map((u) => u.id));
  });

  it('says when no user matches the search, and keeps the generator and the search', async () => {
    jest.useFakeTimers();
    const element = await mount();
    await chooseView(element);
    getViewPage.mockResolvedValueOnce(viewPage([], CHECKS, { total: 53, matching: 0, search: 'zz' }));
    $(table(element), 'lightning-input[data-id="user-search"]').dispatchEvent(
      new CustomEvent('change', { detail: { value: 'zz' } })
    );
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    await flushPromises();
    expect(text($(table(element), '.no-match h3'))).toBe('No users match');
    expect($(element, 'c-vcc-agent-id-generator')).not.toBeNull();
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('keeps the selection across pages, and creates for the selected users only, with their counts', async () => {
    LightningConfirm.open.mockResolvedValue(false);
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    expect(createButton(element).label).toBe('Create Vonage Contact Center users');
    select(element, USERS[0].id);
    await flushPromises();
    await next(element);
    select(element, USERS[4].id);
    await flushPromises();
    expect(text($(table(element), '[data-id="selection-count"]'))).toBe('2 users selected');
    $(table(element), 'button[data-sort="name"]').click();
    await flushPromises();
    expect($(table(element), `input[data-select-id="${USERS[0].id}"]`).checked).toBe(true);
    expect(createButton(element).label).toBe('Create for 2 selected users');
    await expect(element).toBeAccessible();

    createButton(element).click();
    await flushPromises();
    // Ava has an error (no agent ID); Emma only a warning: one created, one blocked
    expect(LightningConfirm.open).toHaveBeenCalledWith(
      expect.objectContaining({
        label: 'Create for 2 selected users',
        message: expect.stringMatching(
          /^1 users will be created, 1 will fail or be skipped because of errors, and 0/
        )
      })
    );
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockResolvedValue({ jobId: 'a01000000000009AAA', total: 2 });
    createButton(element).click();
    await flushPromises();
    expect(createUsers).toHaveBeenCalledWith({
      templateUsername: TEMPLATE.username,
      userIds: [USERS[0].id, USERS[4].id],
      listViewId: VIEWS[0].id
    });
  });

  it('creates for the whole view with the counts of its plan when nothing is selected, or after Clear', async () => {
    LightningConfirm.open.mockResolvedValue(false);
    getViewPage.mockResolvedValue({ ...PAGE_ONE, plan: { create: 40, blocked: 10, linked: 3 } });
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    select(element, USERS[1].id);
    await flushPromises();
    $(table(element), 'button[data-id="clear-selection"]').click();
    await flushPromises();
    expect($(table(element), '[data-id="selection-count"]')).toBeNull();
    createButton(element).click();
    await flushPromises();
    expect(LightningConfirm.open.mock.calls[0][0].message).toMatch(
      /^40 users will be created, 10 will fail or be skipped because of errors, and 3 are already linked/
    );
  });

  it('generates agent IDs for the selected users, previewed for them', async () => {
    jest.useFakeTimers();
    getAgentIdPreview.mockResolvedValue({
      count: 1,
      first: '7',
      last: '7',
      skipped: 0,
      skippedInSalesforce: 0,
      skippedInVcc: 0,
      startInUse: 'vcc',
      sample: [{ userId: USERS[1].id, agentId: '7' }]
    });
    generateAgentIds.mockResolvedValue({ assignments: [{ userId: USERS[1].id, agentId: '7' }], errors: [] });
    LightningConfirm.open.mockResolvedValue(true);
    const element = await mount();
    await chooseView(element);
    select(element, USERS[1].id);
    await flushPromises();
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    await flushPromises();
    const generator = $(element, 'c-vcc-agent-id-generator');
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({
      listViewId: VIEWS[0].id,
      startingId: '1',
      userIds: [USERS[1].id]
    });
    expect(text($(generator, '.in-use'))).toBe(
      'Starting ID 1 is already in use in VCC: the IDs start at the next free one.'
    );
    $(generator, 'lightning-button').click();
    await flushPromises();
    expect(generateAgentIds).toHaveBeenCalledWith({
      listViewId: VIEWS[0].id,
      startingId: '1',
      userIds: [USERS[1].id]
    });
  });

  it('brings the selected linked users up to the template, or every linked user of the view', async () => {
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockResolvedValue({ jobId: 'a01000000000009AAA', total: 1 });
    const linkedPage = (users, offset, matching) =>
      viewPage(users, READY_CHECKS, { offset, matching, total: matching, linkedCount: 1 });
    getViewPage.mockImplementation(({ query }) =>
      Promise.resolve(
        query.offset >= 3 ? linkedPage(USERS.slice(3), 3, 5) : linkedPage(USERS.slice(0, 3), 0, 5)
      )
    );
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    expect(convergeButton(element).disabled).toBe(false);
    convergeButton(element).click();
    await flushPromises();
    // the tab reads the view page by page for its linked users: Daniel is on the second page
    expect(getViewPage.mock.calls.slice(1).map((call) => call[0].query.offset)).toEqual([0, 3]);
    expect(getViewPage.mock.calls[1][0].query.pageSize).toBe(200);
    expect(createUsers).toHaveBeenLastCalledWith({
      templateUsername: TEMPLATE.username,
      userIds: [USERS[3].id],
      listViewId: VIEWS[0].id
    });

    select(element, USERS[0].id);
    await flushPromises();
    expect(convergeButton(element).disabled).toBe(true);
    expect(convergeButton(element).title).toBe('No selected user is linked to VCC.');
  });

  it('brings only the selected linked users up to the template, without reading the view again', async () => {
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockResolvedValue({ jobId: 'a01000000000009AAA', total: 1 });
    getViewPage.mockImplementation(({ query }) =>
      Promise.resolve(
        viewPage(query.offset >= 50 ? USERS.slice(3) : USERS.slice(0, 3), READY_CHECKS, {
          offset: query.offset >= 50 ? 50 : 0,
          total: 53,
          matching: 53,
          linkedCount: 1
        })
      )
    );
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    await next(element);
    select(element, USERS[3].id);
    await flushPromises();
    expect(convergeButton(element).disabled).toBe(false);
    convergeButton(element).click();
    await flushPromises();
    expect(LightningConfirm.open.mock.calls[0][0].message).toMatch(
      /^1 users of this view are already linked/
    );
    expect(createUsers).toHaveBeenCalledWith({
      templateUsername: TEMPLATE.username,
      userIds: [USERS[3].id],
      listViewId: VIEWS[0].id
    });
    expect(getViewPage).toHaveBeenCalledTimes(2);
  });

  it('starts again from the first page, with nothing selected, when another view is chosen', async () => {
    const element = await mount();
    await chooseView(element);
    await next(element);
    select(element, USERS[3].id);
    await flushPromises();
    await chooseView(element, VIEWS[1].id);
    expect(getViewPage).toHaveBeenLastCalledWith({
      listViewId: VIEWS[1].id,
      templateUsername: null,
      query: FIRST
    });
    expect($(table(element), '[data-id="selection-count"]')).toBeNull();
  });
});
