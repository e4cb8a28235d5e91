import { createElement } from 'lwc';
import VccJobList from 'c/vccJobList';
import listJobs from '@salesforce/apex/VccUserCreationController.listJobs';
import getJobCsv from '@salesforce/apex/VccUserCreationController.getJobCsv';
import { DONE_JOB, MIXED_JOB, apexError } from '../../vccUserCreation/__tests__/data';
import { jobWith } from '../../vccUserCreation/__tests__/jobPages';

jest.mock('@salesforce/apex/VccUserCreationController.listJobs', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/VccUserCreationController.getJobCsv', () => ({ default: jest.fn() }), {
  virtual: true
});

const flush = () => [1, 2, 3, 4].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

const listed = (job) => ({ ...job, results: [], retryOf: job.retryOf || null });
const RUNNING = listed({
  ...DONE_JOB,
  jobId: 'a01000000000003AAA',
  status: 'Running',
  processed: 2,
  created: 2,
  failed: 0,
  startedAt: '2026-11-29T11:00:00.000Z',
  finishedAt: null
});
const FINE = listed(jobWith({ ...DONE_JOB, jobId: 'a01000000000004AAA' }, DONE_JOB.results.slice(0, 1)));

async function mount(props = {}) {
  const element = createElement('c-vcc-job-list', { is: VccJobList });
  Object.assign(element, props);
  document.body.appendChild(element);
  await flush();
  return element;
}

const row = (element, jobId) => $(element, `tr[data-job-id="${jobId}"]`);
const action = (element, jobId, name) => row(element, jobId).querySelector(`button[data-action="${name}"]`);

function listen(element, name) {
  const details = [];
  element.addEventListener(name, (event) => details.push(event.detail));
  return details;
}

describe('c-vcc-job-list', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('lists the recent jobs, most recent first, each in words', async () => {
    listJobs.mockResolvedValue([listed(DONE_JOB), listed(MIXED_JOB)]);
    const element = await mount();
    expect(listJobs).toHaveBeenCalledWith({ rowLimit: 20 });
    const rows = $$(element, 'tbody tr');
    expect(rows.map((tr) => tr.dataset.jobId)).toEqual([DONE_JOB.jobId, MIXED_JOB.jobId]);
    const cells = [...rows[0].children].map(text);
    expect(cells.slice(0, 7)).toEqual([
      new Date(DONE_JOB.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
      'template.agent@vcc.example',
      'Seed Example',
      'Ada Admin',
      'Finished',
      '3 created, 2 failed',
      '3 min 5 s'
    ]);
    const headers = $$(element, 'thead th').map(text);
    expect([...rows[0].children].map((cell) => cell.dataset.label)).toEqual(headers);
    expect($(element, 'table').classList).toContain('slds-max-medium-table_stacked');
    expect(action(element, DONE_JOB.jobId, 'open').getAttribute('aria-label')).toBe(
      `Open: the job of ${cells[0]}`
    );
    await expect(element).toBeAccessible();
  });

  it('says which job a retry retries', async () => {
    const retry = listed({ ...DONE_JOB, jobId: 'a01000000000007AAA', retryOf: MIXED_JOB.jobId });
    const orphan = listed({ ...DONE_JOB, jobId: 'a01000000000008AAA', retryOf: 'a01000000000099AAA' });
    listJobs.mockResolvedValue([retry, orphan, listed(MIXED_JOB)]);
    const element = await mount();
    const when = new Date(MIXED_JOB.startedAt).toLocaleString(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short'
    });
    expect(text(row(element, retry.jobId).querySelector('.retry-of'))).toBe(`Retry of the job of ${when}`);
    expect(text(row(element, orphan.jobId).querySelector('.retry-of'))).toBe('Retry of an earlier job');
    expect(row(element, MIXED_JOB.jobId).querySelector('.retry-of')).toBeNull();
  });

  it('says what was not recorded of an older job', async () => {
    listJobs.mockResolvedValue([
      listed({ ...DONE_JOB, templateUsername: null, listViewLabel: null, startedBy: null, startedAt: null })
    ]);
    const element = await mount();
    const cells = [...row(element, DONE_JOB.jobId).children].map(text);
    expect(cells.slice(0, 4)).toEqual(['Not recorded', 'Not recorded', 'Not recorded', 'Not recorded']);
  });

  it('opens, retries and cancels a job through the tab', async () => {
    listJobs.mockResolvedValue([listed(DONE_JOB), listed(MIXED_JOB)]);
    const element = await mount();
    const opened = listen(element, 'open');
    const retried = listen(element, 'retry');
    action(element, MIXED_JOB.jobId, 'open').click();
    action(element, MIXED_JOB.jobId, 'retry').click();
    expect(opened).toEqual([{ jobId: MIXED_JOB.jobId }]);
    expect(retried).toEqual([{ jobId: MIXED_JOB.jobId }]);
    expect(action(element, MIXED_JOB.jobId, 'cancel')).toBeNull();

    listJobs.mockResolvedValue([RUNNING, listed(DONE_JOB)]);
    $(element, 'button[data-id="jobs-refresh"]').click();
    await flush();
    const cancelled = listen(element, 'cancel');
    action(element, RUNNING.jobId, 'cancel').click();
    expect(cancelled).toEqual([{ jobId: RUNNING.jobId }]);
    expect(action(element, RUNNING.jobId, 'retry')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('offers Retry only for jobs with problems, and not while a job runs or the tab is busy', async () => {
    listJobs.mockResolvedValue([listed(DONE_JOB), FINE]);
    const element = await mount();
    expect(action(element, DONE_JOB.jobId, 'retry').disabled).toBe(false);
    expect(action(element, FINE.jobId, 'retry').disabled).toBe(true);
    expect(action(element, FINE.jobId, 'retry').title).toBe(
      'Every user of this job has a result that needs nothing more.'
    );
    element.busy = true;
    await flush();
    expect(action(element, DONE_JOB.jobId, 'retry').disabled).toBe(true);
    element.busy = false;
    listJobs.mockResolvedValue([RUNNING, listed(DONE_JOB)]);
    await element.refresh();
    await flush();
    expect(action(element, DONE_JOB.jobId, 'retry').disabled).toBe(true);
    expect(action(element, DONE_JOB.jobId, 'retry').title).toBe('A job is running: retry when it has ended.');
  });

  it("downloads a job's CSV from the server", async () => {
    listJobs.mockResolvedValue([listed(DONE_JOB)]);
    getJobCsv.mockResolvedValue({
      fileName: `vcc-results-${DONE_JOB.jobId}.csv`,
      csv: 'Username\r\nada\r\n'
    });
    const element = await mount();
    const saved = [];
    const link = $(element, 'a[data-id="csv-link"]');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      saved.push([link.getAttribute('download'), link.getAttribute('href')]);
    });
    action(element, DONE_JOB.jobId, 'csv').click();
    await flush();
    expect(getJobCsv).toHaveBeenCalledWith({ jobId: DONE_JOB.jobId });
    expect(saved).toEqual([
      [`vcc-results-${DONE_JOB.jobId}.csv`, 'data:text/csv;charset=utf-8,Username%0D%0Aada%0D%0A']
    ]);
    getJobCsv.mockRejectedValue(apexError('The job was deleted.'));
    action(element, DONE_JOB.jobId, 'csv').click();
    await flush();
    expect(text($($(element, 'c-vcc-error-panel.csv-error'), '[role="alert"]'))).toContain(
      'The job was deleted.'
    );
  });

  it('shows an empty state when there are no jobs', async () => {
    listJobs.mockResolvedValue([]);
    const element = await mount();
    expect(text($(element, '.empty h3'))).toBe('No jobs yet');
    expect($(element, 'table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says why the jobs could not be read, and reads them again when asked', async () => {
    listJobs
      .mockRejectedValueOnce(apexError('You need the Create VCC Users permission'))
      .mockResolvedValue([listed(DONE_JOB)]);
    const element = await mount();
    const panel = $(element, 'c-vcc-error-panel.jobs-error');
    expect(text($(panel, '[role="alert"]'))).toContain('You need the Create VCC Users permission');
    expect($(element, '.empty')).toBeNull();
    await expect(element).toBeAccessible();
    $(panel, 'lightning-button.retry').click();
    await flush();
    expect($$(element, 'tbody tr')).toHaveLength(1);
    expect($(panel, '[role="alert"]')).toBeNull();
  });

  it('keeps only the answer of the last refresh', async () => {
    let answerFirst;
    listJobs
      .mockReturnValueOnce(
        new Promise((resolve) => {
          answerFirst = resolve;
        })
      )
      .mockResolvedValueOnce([listed(MIXED_JOB)]);
    const element = await mount();
    await element.refresh();
    answerFirst([listed(DONE_JOB)]);
    await flush();
    expect($$(element, 'tbody tr').map((tr) => tr.dataset.jobId)).toEqual([MIXED_JOB.jobId]);
  });
});
