import { createElement } from 'lwc';
import VccCreationResults, { timeLeftText } from 'c/vccCreationResults';
import getJobCsv from '@salesforce/apex/VccUserCreationController.getJobCsv';
import { resultsToCsv } from 'c/vccRules';
import { DONE_JOB, MIXED_JOB, USERS, apexError } from '../../vccUserCreation/__tests__/data';
import { shown, sequenced, manyResults, jobWith } from '../../vccUserCreation/__tests__/jobPages';

jest.mock('@salesforce/apex/VccUserCreationController.getJobCsv', () => ({ default: jest.fn() }), {
  virtual: true
});

const flush = () => [1, 2, 3, 4].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

function mount(job, props = {}) {
  const element = createElement('c-vcc-creation-results', { is: VccCreationResults });
  element.job = job;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** The events of a kind the component fires, by their detail. */
function listen(element, name) {
  const details = [];
  element.addEventListener(name, (event) => details.push(event.detail));
  return details;
}

const contextOf = (element) =>
  Object.fromEntries($$(element, 'dl.context dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));

const RUNNING = {
  ...DONE_JOB,
  status: 'Running',
  processed: 2,
  created: 1,
  failed: 1,
  finishedAt: null,
  results: DONE_JOB.results.slice(0, 2)
};

describe('c-vcc-creation-results', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
    jest.useRealTimers();
  });

  it('shows the summary and each user with status, reason and remedy', async () => {
    const element = mount(shown(DONE_JOB));
    await flush();
    expect(text($(element, '.summary'))).toBe('3 created, 2 failed');
    const rows = $$(element, 'tbody tr');
    expect(rows.map((row) => row.dataset.resultId)).toEqual(DONE_JOB.results.map((r) => r.userId));
    expect(rows.map((row) => text(row.querySelector('.status')))).toEqual([
      'Created',
      'Failed',
      'Created',
      'Failed',
      'Created'
    ]);
    expect(text(rows[1].querySelector('.reason'))).toBe('No phone number');
    expect(text(rows[1].querySelector('.message p:last-child'))).toBe(
      'The user has no telephone number. Add a telephone number to the Salesforce user and try again.'
    );
    expect(rows[0].querySelector('.reason')).toBeNull();
    expect(text($(element, '.finished'))).toBe('The job finished: 3 created, 2 failed.');
    expect($(element, '[data-id="time-left"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('stacks its rows on a narrow screen, each cell with its column name', async () => {
    const element = mount(shown(DONE_JOB));
    await flush();
    expect($(element, 'table').classList).toContain('slds-max-medium-table_stacked');
    const cells = [...$$(element, 'tbody tr')[0].children];
    const headers = $$(element, 'thead th').map(text);
    expect(headers[0]).toBe('Status');
    expect(cells.map((cell) => cell.dataset.label)).toEqual(headers);
  });

  it('names the job: template, view, who, when, status and duration', async () => {
    const element = mount(shown(DONE_JOB));
    await flush();
    const context = contextOf(element);
    expect(context.Template).toBe('template.agent@vcc.example');
    expect(context.View).toBe('Seed Example');
    expect(context['Started by']).toBe('Ada Admin');
    expect(context.Started).toBe(
      new Date(DONE_JOB.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    );
    expect(context.Status).toBe('Finished');
    expect(context.Duration).toBe('3 min 5 s');
    expect($(element, '.retry-of')).toBeNull();
  });

  it('says what was not recorded of an older job, and when results belong to another view', async () => {
    const element = mount(
      shown({ ...DONE_JOB, templateUsername: null, startedBy: null, startedAt: null, finishedAt: null }),
      { listViewId: '00B000000000009AAA' }
    );
    await flush();
    const context = contextOf(element);
    expect(context.Template).toBe('Not recorded');
    expect(context.Duration).toBe('Not recorded');
    expect(text($(element, '.other-view'))).toBe(
      'These results belong to the view Seed Example, not to the view chosen above.'
    );
    element.listViewId = DONE_JOB.listViewId;
    await flush();
    expect($(element, '.other-view')).toBeNull();
  });

  it('says which job a retry comes from, and offers to open it', async () => {
    const earlier = '2026-11-28T09:30:00.000Z';
    const element = mount(shown({ ...DONE_JOB, retryOf: MIXED_JOB.jobId, retryOfStartedAt: earlier }));
    const opened = listen(element, 'openjob');
    await flush();
    const when = new Date(earlier).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    expect(text($(element, '.retry-of span'))).toBe(`Retry of the job of ${when}`);
    $(element, 'button[data-id="open-earlier"]').click();
    expect(opened).toEqual([{ jobId: MIXED_JOB.jobId }]);
    await expect(element).toBeAccessible();
    element.job = shown({ ...DONE_JOB, retryOf: MIXED_JOB.jobId, retryOfStartedAt: null });
    await flush();
    expect(text($(element, '.retry-of span'))).toBe('Retry of an earlier job');
  });

  it('counts every status in the rows words, and never shows a raw code', async () => {
    const element = mount(shown(MIXED_JOB));
    await flush();
    expect(text($(element, '.summary'))).toBe(
      '1 created, 1 updated, 1 already linked, 1 partly created, 1 skipped, 1 failed, 1 cancelled'
    );
    const rows = $$(element, 'tbody tr');
    expect(rows.map((row) => text(row.querySelector('.status')))).toEqual([
      'Created',
      'Updated',
      'Already linked',
      'Partly created',
      'Skipped',
      'Failed',
      'Cancelled'
    ]);
    expect(text(rows[4].querySelector('.message'))).toBe(
      'Not sent to VCC because of Inactive user. Also fix: Phone number not valid.'
    );
    expect(text(rows[5].querySelector('.reason'))).toBe('VCC not answering');
    expect(text(element.shadowRoot.querySelector('table'))).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    await expect(element).toBeAccessible();
  });

  it('filters by All, Problems or a status, each with its count, through the server', async () => {
    const element = mount(shown(MIXED_JOB));
    const filters = listen(element, 'filter');
    await flush();
    const combobox = $(element, 'lightning-combobox[data-id="result-filter"]');
    expect(combobox.options.map((option) => option.label)).toEqual([
      'All (7)',
      'Problems (4)',
      'Created (1)',
      'Updated (1)',
      'Already linked (1)',
      'Partly created (1)',
      'Skipped (1)',
      'Failed (1)',
      'Cancelled (1)'
    ]);
    expect(combobox.value).toBe('all');
    for (const value of ['problems', 'Failed', 'all']) {
      combobox.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    }
    expect(filters).toEqual([{ status: 'problems' }, { status: 'Failed' }, { status: null }]);
    // the follower answers with the filtered page
    const problems = ['PartiallyCreated', 'Skipped', 'Failed', 'Cancelled'];
    element.job = shown(MIXED_JOB, {
      filter: 'problems',
      rows: sequenced(MIXED_JOB.results).filter((row) => problems.includes(row.status)),
      matching: 4
    });
    await flush();
    expect(combobox.value).toBe('problems');
    expect($$(element, 'tbody tr')).toHaveLength(4);
  });

  it('says when no user has the status chosen, and shows a spinner while the rows load', async () => {
    const element = mount(shown(DONE_JOB, { filter: 'Skipped', rows: [], matching: 0 }));
    await flush();
    expect(text($(element, '.no-rows'))).toBe('No user has this status.');
    element.job = shown(DONE_JOB, { filter: 'Failed', rows: [], matching: 2, loading: true, hasMore: false });
    await flush();
    expect($(element, '.no-rows')).toBeNull();
    expect($(element, 'lightning-spinner')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('keeps the warnings of a created user on its result', async () => {
    const checks = [
      {
        userId: USERS[0].id,
        issues: [
          {
            code: 'CALL_CENTER_MISSING',
            severity: 'warning',
            message: 'No call center: the softphone will not work until one is set.'
          }
        ]
      },
      {
        userId: USERS[1].id,
        issues: [{ code: 'PHONE_MISSING', severity: 'error', message: 'No phone' }]
      }
    ];
    const element = mount(shown(DONE_JOB), { checks });
    await flush();
    const rows = $$(element, 'tbody tr');
    expect(text(rows[0].querySelector('.warning'))).toBe(
      'No call center: the softphone will not work until one is set.'
    );
    expect(rows[1].querySelector('.warning')).toBeNull();
  });

  it("downloads the server's CSV of the job, under the server's file name", async () => {
    const csv = resultsToCsv(DONE_JOB.results);
    getJobCsv.mockResolvedValue({ fileName: `vcc-results-${DONE_JOB.jobId}.csv`, csv });
    const element = mount(shown(DONE_JOB));
    await flush();
    const saved = [];
    const link = $(element, 'a[data-id="csv-link"]');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      saved.push({ href: link.getAttribute('href'), download: link.getAttribute('download') });
    });
    $(element, 'button[data-id="results-csv"]').click();
    await flush();
    expect(getJobCsv).toHaveBeenCalledWith({ jobId: DONE_JOB.jobId });
    expect(saved).toHaveLength(1);
    expect(saved[0].download).toBe(`vcc-results-${DONE_JOB.jobId}.csv`);
    expect(decodeURIComponent(saved[0].href.replace('data:text/csv;charset=utf-8,', ''))).toBe(csv);
    expect($(element, 'button[data-id="results-csv"]').disabled).toBe(false);
  });

  it('says why the CSV could not be read', async () => {
    getJobCsv.mockRejectedValue(apexError('The job was deleted.'));
    const element = mount(shown(DONE_JOB));
    await flush();
    $(element, 'button[data-id="results-csv"]').click();
    await flush();
    expect(text($($(element, 'c-vcc-error-panel.csv-error'), '[role="alert"]'))).toContain(
      'The job was deleted.'
    );
    await expect(element).toBeAccessible();
  });

  it('retries the job on the server, also a job that stopped before every user had a result', async () => {
    const element = mount(shown(MIXED_JOB));
    const retries = listen(element, 'retry');
    await flush();
    $(element, 'button[data-id="retry-failed"]').click();
    expect(retries).toEqual([{ jobId: MIXED_JOB.jobId }]);
    const stopped = mount(
      shown({ ...DONE_JOB, status: 'Failed', failed: 0, processed: 3, results: DONE_JOB.results.slice(0, 1) })
    );
    await flush();
    expect($(stopped, 'button[data-id="retry-failed"]').disabled).toBe(false);
  });

  it('cannot retry while the job runs, while busy, or when nothing is left to do', async () => {
    const running = mount(shown(RUNNING));
    const busy = mount(shown(DONE_JOB), { busy: true });
    const fine = mount(
      shown(
        jobWith(
          DONE_JOB,
          DONE_JOB.results.filter((r) => r.status !== 'Failed')
        )
      )
    );
    await flush();
    for (const element of [running, busy, fine]) {
      expect($(element, 'button[data-id="retry-failed"]').disabled).toBe(true);
    }
  });

  it('shows progress, time left, the notice while VCC is retried, and Cancel while the job runs', async () => {
    jest.useFakeTimers();
    jest.setSystemTime(new Date(Date.parse(DONE_JOB.startedAt) + 60000));
    const element = mount(shown({ ...RUNNING, notice: 'VCC is not answering, retrying (2 of 5)' }));
    const cancels = listen(element, 'cancel');
    await flush();
    expect(text($(element, '.progress'))).toBe('2 of 5 done');
    expect(text($(element, '[data-id="time-left"]'))).toBe('Working out the time left');
    expect($(element, '[data-id="time-left"]').getAttribute('aria-live')).toBe('polite');
    expect(text($(element, '.notice'))).toBe('VCC is not answering, retrying (2 of 5)');
    expect($(element, '.finished')).toBeNull();
    expect(contextOf(element).Status).toBe('Running');
    // 20 of 80 users in a minute: 60 more need 3 minutes
    element.job = shown({ ...RUNNING, total: 80, processed: 20, created: 20, failed: 0, results: [] });
    await flush();
    expect(text($(element, '[data-id="time-left"]'))).toBe('About 3 minutes left');
    $(element, 'button[data-id="cancel-job"]').click();
    expect(cancels).toEqual([{ jobId: DONE_JOB.jobId }]);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
    element.job = shown({ ...DONE_JOB, notice: null });
    await flush();
    expect($(element, '.notice')).toBeNull();
    expect($(element, '[data-id="time-left"]')).toBeNull();
    expect($(element, 'button[data-id="cancel-job"]')).toBeNull();
  });

  it('says the time left in minutes, hours or less than a minute', () => {
    expect(timeLeftText(null)).toBe('Working out the time left');
    expect(timeLeftText(59)).toBe('Less than a minute left');
    expect(timeLeftText(80)).toBe('About 1 minute left');
    expect(timeLeftText(180)).toBe('About 3 minutes left');
    expect(timeLeftText(5 * 3600)).toBe('About 5 hours left');
  });

  it('says a new job has no results yet, with empty counts', async () => {
    const element = mount(
      shown({ ...DONE_JOB, status: 'Queued', processed: 0, created: 0, failed: 0, results: [] })
    );
    await flush();
    expect(text($(element, '.summary'))).toBe('0 created');
    expect(text($(element, '.no-rows'))).toBe('No results yet');
  });

  it('says why a job stopped, in plain words', async () => {
    const element = mount(
      shown({ ...DONE_JOB, status: 'Failed', error: 'VCC refused the API credentials (UNAUTHORIZED).' })
    );
    await flush();
    expect(text($(element, '.job-error'))).toBe(
      'The job stopped: VCC refused the API credentials (VCC credentials refused).'
    );
    expect($(element, '.finished')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says a job stopped without a reason, and a cancelled job says so', async () => {
    const failed = mount(shown({ ...DONE_JOB, status: 'Failed', error: null }));
    const cancelled = mount(shown({ ...MIXED_JOB, status: 'Cancelled' }));
    await flush();
    expect(text($(failed, '.job-error'))).toBe(
      'The job stopped: The job stopped before every user had a result. Retry the failed users.'
    );
    expect(text($(cancelled, '.finished'))).toMatch(/^The job was cancelled: 1 created, .*1 cancelled\.$/);
  });

  it('offers the next page of results when more match than are shown', async () => {
    const job = jobWith(DONE_JOB, manyResults(DONE_JOB, 450));
    const element = mount(
      shown(job, { rows: sequenced(job.results).slice(0, 50), matching: 450, hasMore: true })
    );
    const more = listen(element, 'more');
    await flush();
    expect($$(element, 'tbody tr')).toHaveLength(50);
    expect(text($(element, '.showing'))).toBe('Showing 50 of 450');
    expect(text($(element, 'button[data-id="results-more"]'))).toBe('Show 50 more');
    $(element, 'button[data-id="results-more"]').click();
    expect(more).toHaveLength(1);
    await expect(element).toBeAccessible();
    element.job = shown(job, { rows: sequenced(job.results).slice(0, 420), matching: 450, hasMore: true });
    await flush();
    expect(text($(element, 'button[data-id="results-more"]'))).toBe('Show 30 more');
    element.job = shown(job);
    await flush();
    expect($(element, 'button[data-id="results-more"]')).toBeNull();
  });

  it('moves the focus to its heading when asked', async () => {
    const element = mount(shown(DONE_JOB));
    await flush();
    element.focusHeading();
    expect(element.shadowRoot.activeElement).toBe($(element, 'h2'));
  });
});
