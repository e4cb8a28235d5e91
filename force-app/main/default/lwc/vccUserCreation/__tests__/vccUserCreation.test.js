import { POLL_MS } from 'c/vccUserCreation';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import generateAgentIds from '@salesforce/apex/VccUserCreationController.generateAgentIds';
import getAgentIdPreview from '@salesforce/apex/VccUserCreationController.getAgentIdPreview';
import { PREVIEW_DEBOUNCE_MS } from 'c/vccAgentIdGenerator';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import getJobPage from '@salesforce/apex/VccUserCreationController.getJobPage';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import { pageOf } from './jobPages';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import { VIEWS, TEMPLATE, USERS, READY_CHECKS, DONE_JOB, apexError, viewPage } from './data';
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
  results,
  createButton
} from './helpers';

jest.mock('@salesforce/apex/VccUserCreationController.getUserListViews', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getViewPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getTemplate', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.generateAgentIds', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getAgentIdPreview', () => ({ default: jest.fn() }), {
  virtual: true
});

const PREVIEW = {
  count: 3,
  first: '1000',
  last: '1002',
  skipped: 0,
  skippedInSalesforce: 0,
  skippedInVcc: 0,
  startInUse: null,
  sample: []
};
jest.mock('@salesforce/apex/VccUserCreationController.createUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getJobPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});

// the accessibility checks of a whole tab take a few seconds on a busy machine
jest.setTimeout(30000);

describe('c-vcc-user-creation', () => {
  beforeEach(() => {
    getUserListViews.mockResolvedValue(VIEWS);
    listJobs.mockResolvedValue([]);
    getTemplate.mockResolvedValue(TEMPLATE);
    getViewPage.mockResolvedValue(viewPage());
  });

  afterEach(() => {
    unmountAll();
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it('opens with the views, and Create disabled with the reason', async () => {
    const element = await mount();
    expect(getUserListViews).toHaveBeenCalledTimes(1);
    expect(listJobs).toHaveBeenCalledWith({ rowLimit: 1 });
    const combobox = $($(element, 'c-vcc-view-picker'), 'lightning-combobox');
    expect(combobox.options).toEqual([
      { label: 'Seed Example', value: VIEWS[0].id },
      { label: 'Contractors', value: VIEWS[1].id }
    ]);
    expect(createButton(element).disabled).toBe(true);
    expect(text($(element, '.create-reason'))).toBe('Choose a template user first.');
    expect(results(element)).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says how to go on when the admin has no User list views', async () => {
    getUserListViews.mockResolvedValue([]);
    const element = await mount();
    expect(text($($(element, 'c-vcc-view-picker'), '.no-views'))).toMatch(/^You have no User list views\./);
    await expect(element).toBeAccessible();
  });

  it('shows an Apex error loading the views, and tries again', async () => {
    getUserListViews.mockRejectedValueOnce(apexError('Insufficient access'));
    const element = await mount();
    const panel = $(element, 'c-vcc-error-panel.views-error');
    expect(text($(panel, '[role="alert"]'))).toContain('Insufficient access');
    await expect(element).toBeAccessible();
    $(panel, 'lightning-button.retry').click();
    await flushPromises();
    expect(getUserListViews).toHaveBeenCalledTimes(2);
    expect($(element, '.views-error')).toBeNull();
  });

  it('shows who the template is, and a clear error for a wrong username', async () => {
    const element = await mount();
    await chooseTemplate(element);
    const picker = $(element, 'c-vcc-template-picker');
    expect(getTemplate).toHaveBeenCalledWith({ username: TEMPLATE.username });
    expect($$(picker, '.summary p').map(text)).toEqual([
      'Template Agent, Agent',
      'Takes calls: each new user needs an NVM Agent Id',
      '3 skills, 2 groups'
    ]);
    await expect(element).toBeAccessible();

    getTemplate.mockRejectedValueOnce(apexError("No VCC user has the username 'ghost@vcc.example'."));
    await chooseTemplate(element, 'ghost@vcc.example');
    expect($(picker, '.summary')).toBeNull();
    // a wrong username is the field's error, not a banner
    expect($(picker, 'lightning-input').messageWhenBadInput).toBe(
      "No VCC user has the username 'ghost@vcc.example'."
    );
    expect($(element, 'c-vcc-error-panel')).toBeNull();
    expect(text($(element, '.create-reason'))).toBe('Choose a template user first.');
    await expect(element).toBeAccessible();
  });

  it("loads the view's users and their issues, with the counts at the top", async () => {
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    expect(getViewPage).toHaveBeenCalledTimes(1);
    expect(getViewPage).toHaveBeenCalledWith({
      listViewId: VIEWS[0].id,
      templateUsername: TEMPLATE.username,
      query: { offset: 0, pageSize: 50, sortBy: 'name', sortDir: 'asc', onlyIssues: false, search: null }
    });
    expect(text($(table(element), '.summary'))).toBe(
      '5 users: 4 with errors, 1 with warnings, 0 already linked'
    );
    expect($$(table(element), 'tbody tr')).toHaveLength(5);
    expect(createButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('checks again when the template changes after the view', async () => {
    const element = await mount();
    await chooseView(element);
    expect(getViewPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ templateUsername: null, listViewId: VIEWS[0].id })
    );
    await chooseTemplate(element);
    expect(getViewPage).toHaveBeenLastCalledWith(
      expect.objectContaining({ templateUsername: TEMPLATE.username, listViewId: VIEWS[0].id })
    );
  });

  it('says so when the view is empty, and keeps Create disabled', async () => {
    getViewPage.mockResolvedValue(viewPage([], [], { listViewId: VIEWS[1].id }));
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element, VIEWS[1].id);
    expect(text($(table(element), '.empty-view h3'))).toBe('No users in this view');
    expect($(element, 'c-vcc-agent-id-generator')).toBeNull();
    expect(text($(table(element), '.empty-view p'))).toBe(
      'This view has no users. Choose another view, or add users to this one.'
    );
    expect(text($(element, '.create-reason'))).toBe('The view has no users to create.');
    expect(createButton(element).disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('shows an error loading the view, and loads it again on Try again', async () => {
    getViewPage.mockRejectedValueOnce(apexError('The view has more than 10000 users'));
    const element = await mount();
    await chooseView(element);
    const panel = $(element, 'c-vcc-error-panel.users-error');
    expect(text($(panel, '[role="alert"]'))).toContain('The view has more than 10000 users');
    expect(table(element)).toBeNull();
    await expect(element).toBeAccessible();
    $(panel, 'lightning-button.retry').click();
    await flushPromises();
    expect(table(element)).not.toBeNull();
  });

  it('generates agent IDs from the Starting ID, then shows the saved IDs and the rows that were not saved', async () => {
    generateAgentIds.mockResolvedValue({
      assignments: [
        { userId: USERS[0].id, agentId: '1000' },
        { userId: USERS[2].id, agentId: '1002' }
      ],
      errors: [{ userId: USERS[1].id, message: 'duplicate value found' }]
    });
    jest.useFakeTimers();
    getAgentIdPreview.mockResolvedValue(PREVIEW);
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    const generator = $(element, 'c-vcc-agent-id-generator');
    $(generator, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value: '1000' } }));
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    await flushPromises();
    expect(getAgentIdPreview).toHaveBeenLastCalledWith({
      listViewId: VIEWS[0].id,
      startingId: '1000',
      userIds: null
    });
    expect(text($(generator, '.preview'))).toBe('IDs 1000 to 1002 for 3 users');
    LightningConfirm.open.mockResolvedValue(true);
    getViewPage.mockResolvedValue(
      viewPage(
        USERS.map((u, i) => ({ ...u, agentId: u.agentId || (i === 0 ? '1000' : i === 2 ? '1002' : null) }))
      )
    );
    $(generator, 'lightning-button').click();
    await flushPromises();
    expect(generateAgentIds).toHaveBeenCalledWith({
      listViewId: VIEWS[0].id,
      startingId: '1000',
      userIds: null
    });
    expect(Toast.show).toHaveBeenCalledWith(
      expect.objectContaining({
        message: '2 agent IDs saved, from 1000 to 1002. 1 agent IDs could not be saved: see the table.',
        variant: 'warning'
      }),
      expect.anything()
    );
    expect(getViewPage).toHaveBeenCalledTimes(2);
    // the preview is asked again: the IDs in use changed
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    await flushPromises();
    expect(getAgentIdPreview).toHaveBeenCalledTimes(2);
    // the Starting ID the admin typed is still there after the users load again
    expect($($(element, 'c-vcc-agent-id-generator'), 'lightning-input').value).toBe('1000');
    const row = $(table(element), `tr[data-id="${USERS[1].id}"]`);
    expect(text($(table(element), `tr[data-id="${USERS[0].id}"] .agent-id`))).toBe('1000');
    const badge = row.querySelector('[data-code="NOT_SAVED"]');
    expect(text(badge.querySelector('.slds-assistive-text'))).toBe('Error:');
    expect(text(badge)).toContain('Agent ID not saved: duplicate value found');
    expect(badge.className).toContain('slds-theme_error');
    // the focus moves to the table's heading, where the new IDs are
    expect(table(element).shadowRoot.activeElement).toBe($(table(element), 'h2.users-heading'));
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('shows why Generate Agent IDs failed', async () => {
    jest.useFakeTimers();
    getAgentIdPreview.mockResolvedValue(PREVIEW);
    generateAgentIds.mockRejectedValue(apexError('Not enough free agent IDs'));
    LightningConfirm.open.mockResolvedValue(true);
    const element = await mount();
    await chooseView(element);
    jest.advanceTimersByTime(PREVIEW_DEBOUNCE_MS);
    await flushPromises();
    $($(element, 'c-vcc-agent-id-generator'), 'lightning-button').click();
    await flushPromises();
    expect(text($($(element, 'c-vcc-error-panel.generate-error'), '[role="alert"]'))).toContain(
      'Not enough free agent IDs'
    );
  });

  it('asks before creating, creates, follows the job to the end and shows a result per user', async () => {
    jest.useFakeTimers();
    getViewPage.mockResolvedValue(viewPage(USERS, READY_CHECKS));
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockResolvedValue({ jobId: DONE_JOB.jobId, total: 5 });
    getJobPage
      .mockResolvedValueOnce(
        pageOf({
          ...DONE_JOB,
          status: 'Running',
          processed: 2,
          created: 1,
          failed: 1,
          results: DONE_JOB.results.slice(0, 2)
        })
      )
      .mockResolvedValueOnce(pageOf(DONE_JOB));
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    createButton(element).click();
    await flushPromises();
    expect(LightningConfirm.open).toHaveBeenCalledWith(
      expect.objectContaining({
        message:
          "3 users will be created, 1 will fail or be skipped because of errors, and 1 are already linked: those get the template's missing skills and groups added (nothing is removed). Continue?"
      })
    );
    // the whole view: the server reads its users
    expect(createUsers).toHaveBeenCalledWith({
      templateUsername: TEMPLATE.username,
      userIds: null,
      listViewId: VIEWS[0].id
    });
    expect(results(element).shadowRoot.activeElement).toBe($(results(element), 'h2'));
    expect(text($(results(element), '.progress'))).toBe('0 of 5 done');
    expect(text($(element, '.create-reason'))).toBe('A creation job is running.');

    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(text($(results(element), '.progress'))).toBe('2 of 5 done');

    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(2);
    expect($(results(element), '.progress')).toBeNull();
    expect(text($(results(element), '.summary'))).toBe('3 created, 2 failed');
    expect($$(results(element), 'tbody tr')).toHaveLength(5);
    expect(Toast.show).toHaveBeenLastCalledWith(
      {
        label: 'Creation job finished',
        message: 'The job finished: 3 created, 2 failed.',
        variant: 'warning'
      },
      expect.anything()
    );
    expect(text($(results(element), '.finished'))).toBe('The job finished: 3 created, 2 failed.');
    jest.advanceTimersByTime(POLL_MS * 5);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(2);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('creates nothing when the admin cancels', async () => {
    LightningConfirm.open.mockResolvedValue(false);
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    createButton(element).click();
    await flushPromises();
    expect(createUsers).not.toHaveBeenCalled();
  });

  it('shows why the job could not start', async () => {
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockRejectedValue(apexError('You need the Create VCC Users permission'));
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    createButton(element).click();
    await flushPromises();
    expect(text($($(element, 'c-vcc-error-panel.create-error'), '[role="alert"]'))).toContain(
      'You need the Create VCC Users permission'
    );
    expect(results(element)).toBeNull();
  });
});
