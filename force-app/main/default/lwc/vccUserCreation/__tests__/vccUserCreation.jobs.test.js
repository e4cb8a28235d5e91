import { POLL_MS } from 'c/vccUserCreation';
import getUserListViews from '@salesforce/apex/VccUserCreationController.getUserListViews';
import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import createUsers from '@salesforce/apex/VccUserCreationController.createUsers';
import getJobPage from '@salesforce/apex/VccUserCreationController.getJobPage';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import cancelJob from '@salesforce/apex/VccUserCreationController.cancelJob';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import { VIEWS, TEMPLATE, USERS, READY_CHECKS, DONE_JOB, apexError, viewPage } from './data';
import {
  flushPromises,
  $,
  text,
  mount,
  unmountAll,
  chooseTemplate,
  chooseView,
  results,
  createButton,
  convergeButton,
  panels,
  alertText
} from './helpers';
import { serveJobs } from './jobPages';

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
jest.mock('@salesforce/apex/VccUserCreationController.createUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getJobPage', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.cancelJob', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.testVccConnection', () => ({ default: jest.fn() }), {
  virtual: true
});

const RUNNING = {
  ...DONE_JOB,
  status: 'Running',
  processed: 1,
  created: 1,
  failed: 0,
  finishedAt: null,
  results: DONE_JOB.results.slice(0, 1)
};

/** The server keeps the running job; the test changes it between polls. */
function serveRunningJob() {
  const jobs = { [RUNNING.jobId]: RUNNING };
  getJobPage.mockImplementation(serveJobs(jobs));
  listJobs.mockResolvedValue([{ ...RUNNING, results: [] }]);
  return jobs;
}
const VCC_DOWN =
  'Could not read the VCC users: GET /useradmin/users failed with HTTP 503: Service Unavailable';

describe('c-vcc-user-creation: jobs, linked users and causes', () => {
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

  it('cancels a running job after asking, and says when it has ended', async () => {
    jest.useFakeTimers();
    const jobs = serveRunningJob();
    LightningConfirm.open.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    cancelJob.mockResolvedValue({ ...RUNNING, results: [] });
    const element = await mount();
    $(results(element), 'button[data-id="cancel-job"]').click();
    await flushPromises();
    expect(cancelJob).not.toHaveBeenCalled();
    $(results(element), 'button[data-id="cancel-job"]').click();
    await flushPromises();
    expect(LightningConfirm.open).toHaveBeenLastCalledWith(
      expect.objectContaining({ label: 'Cancel job', theme: 'warning' })
    );
    expect(cancelJob).toHaveBeenCalledWith({ jobId: DONE_JOB.jobId });
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'Cancelling: the job stops after the users being created now.' }),
      expect.anything()
    );
    jobs[RUNNING.jobId] = {
      ...DONE_JOB,
      status: 'Cancelled',
      created: 1,
      failed: 0,
      cancelled: 4,
      results: [
        DONE_JOB.results[0],
        ...DONE_JOB.results.slice(1).map((r) => ({ ...r, status: 'Cancelled', code: 'CANCELLED' }))
      ]
    };
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(text($(results(element), '.finished'))).toBe('The job was cancelled: 1 created, 4 cancelled.');
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'The job was cancelled: 1 created, 4 cancelled.', variant: 'info' }),
      expect.anything()
    );
    expect($(results(element), 'button[data-id="cancel-job"]')).toBeNull();
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('says why a cancel was refused', async () => {
    serveRunningJob();
    LightningConfirm.open.mockResolvedValue(true);
    cancelJob.mockRejectedValue(apexError('The job has already finished.'));
    const element = await mount();
    $(results(element), 'button[data-id="cancel-job"]').click();
    await flushPromises();
    expect(alertText($(element, '.cancel-error'))).toContain('The job has already finished.');
  });

  it('ends following a job that stopped, and shows its reason', async () => {
    jest.useFakeTimers();
    const jobs = serveRunningJob();
    const element = await mount();
    jobs[RUNNING.jobId] = { ...RUNNING, status: 'Failed', error: 'VCC could not be reached at vcc.example.' };
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(text($(results(element), '.job-error'))).toBe(
      'The job stopped: VCC could not be reached at vcc.example.'
    );
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ variant: 'error' }),
      expect.anything()
    );
    const polls = getJobPage.mock.calls.length;
    jest.advanceTimersByTime(POLL_MS * 5);
    await flushPromises();
    expect(getJobPage).toHaveBeenCalledTimes(polls);
  });

  it('shows what is happening while VCC is retried', async () => {
    jest.useFakeTimers();
    const jobs = serveRunningJob();
    const element = await mount();
    jobs[RUNNING.jobId] = { ...RUNNING, notice: 'VCC is not answering, retrying (2 of 5)' };
    jest.advanceTimersByTime(POLL_MS);
    await flushPromises();
    expect(text($(results(element), '.notice'))).toBe('VCC is not answering, retrying (2 of 5)');
  });

  it('brings the linked users of the view up to the template, saying what that does', async () => {
    getViewPage.mockResolvedValue(viewPage(USERS, READY_CHECKS));
    LightningConfirm.open.mockResolvedValue(true);
    createUsers.mockResolvedValue({ jobId: 'a01000000000003AAA', total: 1 });
    const element = await mount();
    expect(convergeButton(element).disabled).toBe(true);
    await chooseTemplate(element);
    await chooseView(element);
    expect(convergeButton(element).disabled).toBe(false);
    convergeButton(element).click();
    await flushPromises();
    expect(LightningConfirm.open.mock.calls[0][0].message).toBe(
      "1 users of this view are already linked to VCC. Each gets the template's skills and groups it is missing; nothing is removed. Continue?"
    );
    expect(createUsers).toHaveBeenCalledWith({
      templateUsername: TEMPLATE.username,
      userIds: [USERS[3].id],
      listViewId: VIEWS[0].id
    });
    expect(text($(results(element), '.context-view'))).toBe('Seed Example');
    expect(Toast.show).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'Checking 1 linked users against the template.' }),
      expect.anything()
    );
  });

  it('offers nothing to bring up when no user of the view is linked', async () => {
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    expect(convergeButton(element).disabled).toBe(true);
    expect(convergeButton(element).title).toBe('No user of this view is linked to VCC yet.');
  });

  it('shows one panel per cause, in plain words, and Try again retries each operation of it', async () => {
    getTemplate.mockRejectedValueOnce(apexError(VCC_DOWN, 500));
    getViewPage.mockRejectedValueOnce(apexError(VCC_DOWN, 500));
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    const shown = panels(element);
    expect(shown).toHaveLength(1);
    expect(text($(shown[0], 'h2'))).toBe('VCC is not answering');
    expect(text($(shown[0], 'h2 + p'))).toBe(
      'VCC is not answering (503). Try again in a few minutes: nothing is lost.'
    );
    expect($(shown[0], 'lightning-button.retry')).not.toBeNull();
    expect(alertText(shown[0])).not.toMatch(/GET|\/useradmin|HTTP/);
    expect($($(element, 'c-vcc-template-picker'), 'lightning-input').messageWhenBadInput).toBeNull();
    await expect(element).toBeAccessible();
    $(shown[0], 'lightning-button.retry').click();
    await flushPromises();
    await flushPromises();
    expect(getTemplate).toHaveBeenCalledTimes(2);
    expect(getViewPage).toHaveBeenCalledTimes(3);
    expect(panels(element)).toHaveLength(0);
    expect(createButton(element).disabled).toBe(false);
  });

  it('removes an outage panel when VCC answers again elsewhere', async () => {
    getTemplate.mockRejectedValueOnce(apexError('connect ECONNREFUSED 127.0.0.1:4010', 502));
    const element = await mount();
    await chooseTemplate(element);
    expect(alertText(panels(element)[0])).toContain(
      'VCC could not be reached at 127.0.0.1:4010. Check the VCC address and the network, then try again.'
    );
    // the connection test can still be run with the username typed
    expect($(element, 'c-vcc-connection-test').templateUsername).toBe(TEMPLATE.username);
    await chooseView(element);
    await flushPromises();
    expect(panels(element)).toHaveLength(0);
    expect(getTemplate).toHaveBeenCalledTimes(2);
  });

  it('keeps different causes apart', async () => {
    getTemplate.mockRejectedValueOnce(apexError('VCC did not give an access token (HTTP 401)', 502));
    getViewPage.mockRejectedValueOnce(apexError('The list view is not a view of Users.'));
    const element = await mount();
    await chooseTemplate(element);
    await chooseView(element);
    const shown = panels(element);
    expect(shown.map((panel) => text($(panel, 'h2')))).toEqual([
      'The VCC credentials were refused',
      'Something went wrong'
    ]);
    expect($(shown[0], 'lightning-button.retry')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
