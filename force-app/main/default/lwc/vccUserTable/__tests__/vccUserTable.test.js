import { createElement } from 'lwc';
import VccUserTable, { SEARCH_DEBOUNCE_MS, COMPACT_WIDTH } from 'c/vccUserTable';

const flush = () => Promise.resolve();
const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();

// the accessibility checks of a whole tab take a few seconds on a busy machine
jest.setTimeout(30000);

function user(i, extra = {}) {
  return {
    id: `u${i}`,
    name: `User ${String(i).padStart(4, '0')}`,
    username: `user${i}@example.com`,
    email: `user${i}@example.com`,
    phone: `+44 20 7946 ${1000 + i}`,
    agentId: String(5000 + i),
    callCenterId: 'cc',
    callCenterName: 'VCC',
    isActive: true,
    licenseName: 'Salesforce',
    ...extra
  };
}

const issue = (code, severity, message) => ({ code, severity, message });

/** A ViewPage as the server answers it, for the rows given. */
function page(rows, extra = {}) {
  return {
    listViewId: 'v1',
    total: rows.length,
    matching: rows.length,
    offset: 0,
    pageSize: 50,
    sortBy: 'name',
    sortDir: 'asc',
    onlyIssues: false,
    search: null,
    rows,
    withErrors: 1,
    withWarnings: 1,
    linkedCount: 0,
    blankAgentIdCount: 0,
    plan: { create: 1, blocked: 1, linked: 0 },
    ...extra
  };
}

const ROWS = [
  { user: user(3), issues: [] },
  {
    user: user(1, { phone: null }),
    issues: [
      issue('CALL_CENTER_MISSING', 'warning', 'No call center'),
      issue('PHONE_MISSING', 'error', 'No phone number')
    ]
  },
  {
    user: user(2, { callCenterName: null }),
    issues: [issue('CALL_CENTER_MISSING', 'warning', 'No call center')]
  }
];

function mount(viewPage, { saveErrors = [], selectedIds = [] } = {}) {
  const element = createElement('c-vcc-user-table', { is: VccUserTable });
  element.page = viewPage;
  element.saveErrors = saveErrors;
  element.selectedIds = selectedIds;
  document.body.appendChild(element);
  return element;
}

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const rows = (element) => [...element.shadowRoot.querySelectorAll('tbody tr')];
const listen = (element, name) => {
  const handler = jest.fn();
  element.addEventListener(name, handler);
  return handler;
};

describe('c-vcc-user-table', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.useRealTimers();
    delete global.ResizeObserver;
  });

  it("shows the page's users with badges by severity, errors first, and the view's counts", async () => {
    const element = mount(page(ROWS, { total: 10000, matching: 10000, linkedCount: 7 }));
    await flush();
    expect(text($(element, '.summary'))).toBe(
      '10,000 users: 1 with errors, 1 with warnings, 7 already linked'
    );
    expect(rows(element).map((row) => row.dataset.rowId)).toEqual(['u3', 'u1', 'u2']);
    const [first, second] = rows(element);
    expect(text(first.querySelector('.ready'))).toBe('Ready');
    const badges = [...second.querySelectorAll('[data-code]')];
    expect(badges.map((badge) => badge.dataset.code)).toEqual(['PHONE_MISSING', 'CALL_CENTER_MISSING']);
    expect(badges[0].className).toContain('slds-theme_error');
    expect(badges[1].className).toContain('slds-theme_warning');
    expect(text($(element, '[data-id="page-status"]'))).toBe('1–3 of 10,000');
    await expect(element).toBeAccessible();
  });

  it('asks for the next and the previous page, and cannot go before the first or past the last', async () => {
    const element = mount(page(ROWS, { total: 120, matching: 103, offset: 50 }));
    const query = listen(element, 'querychange');
    await flush();
    expect(text($(element, '[data-id="page-status"]'))).toBe('51–53 of 103');
    $(element, 'button[data-id="page-next"]').click();
    $(element, 'button[data-id="page-prev"]').click();
    expect(query.mock.calls.map((call) => call[0].detail)).toEqual([{ offset: 100 }, { offset: 0 }]);
    expect($(element, 'button[data-id="page-prev"]').disabled).toBe(false);

    element.page = page(ROWS, { total: 120, matching: 103, offset: 100 });
    await flush();
    expect($(element, 'button[data-id="page-next"]').disabled).toBe(true);
    element.page = page(ROWS, { total: 120, matching: 103, offset: 0 });
    await flush();
    expect($(element, 'button[data-id="page-prev"]').disabled).toBe(true);
    expect($(element, 'button[data-id="page-next"]').disabled).toBe(false);
  });

  it('asks for a sort by a column, the other way on a second click, and says the sort to screen readers', async () => {
    const element = mount(page(ROWS));
    const query = listen(element, 'querychange');
    await flush();
    const header = (sortBy) => $(element, `button[data-sort="${sortBy}"]`).parentElement;
    expect(header('name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('phone').getAttribute('aria-sort')).toBe('none');
    $(element, 'button[data-sort="name"]').click();
    $(element, 'button[data-sort="callCenter"]').click();
    expect(query.mock.calls.map((call) => call[0].detail)).toEqual([
      { sortBy: 'name', sortDir: 'desc', offset: 0 },
      { sortBy: 'callCenter', sortDir: 'asc', offset: 0 }
    ]);
    element.page = page(ROWS, { sortBy: 'name', sortDir: 'desc' });
    await flush();
    expect(header('name').getAttribute('aria-sort')).toBe('descending');
    $(element, 'button[data-sort="name"]').click();
    expect(query.mock.calls[2][0].detail).toEqual({ sortBy: 'name', sortDir: 'asc', offset: 0 });
    expect($(element, 'button[data-sort="issues"]').title).toBe('Sort by Potential issues');
  });

  it('searches once the admin stops typing, from the first page', async () => {
    jest.useFakeTimers();
    const element = mount(page(ROWS));
    const query = listen(element, 'querychange');
    await flush();
    const search = $(element, 'lightning-input[data-id="user-search"]');
    search.dispatchEvent(new CustomEvent('change', { detail: { value: 'av' } }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    search.dispatchEvent(new CustomEvent('change', { detail: { value: 'ava ' } }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    expect(query).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][0].detail).toEqual({ search: 'ava ', offset: 0 });
    // the server's normalized search does not undo the space the admin is typing
    element.page = page(ROWS, { search: 'ava' });
    await flush();
    expect($(element, 'lightning-input[data-id="user-search"]').value).toBe('ava ');
  });

  it('filters to users with issues on the server', async () => {
    const element = mount(page(ROWS));
    const query = listen(element, 'querychange');
    $(element, 'lightning-input[data-id="only-issues"]').dispatchEvent(
      new CustomEvent('change', { detail: { checked: true } })
    );
    expect(query.mock.calls[0][0].detail).toEqual({ onlyIssues: true, offset: 0 });
  });

  it('selects a user, the whole page, or none, each checkbox named after its user', async () => {
    const element = mount(page(ROWS));
    const selection = listen(element, 'selectionchange');
    const clear = listen(element, 'clearselection');
    await flush();
    const box = $(element, 'input[data-select-id="u1"]');
    expect(box.getAttribute('aria-label')).toBe('Select User 0001');
    box.checked = true;
    box.dispatchEvent(new CustomEvent('change'));
    expect(selection.mock.calls[0][0].detail).toEqual({ rows: [ROWS[1]], selected: true });
    expect($(element, '[data-id="selection-count"]')).toBeNull();

    element.selectedIds = ['u1', 'elsewhere'];
    await flush();
    expect($(element, 'input[data-select-id="u1"]').checked).toBe(true);
    expect($(element, 'input[data-select-id="u2"]').checked).toBe(false);
    const pageBox = $(element, 'input[data-id="select-page"]');
    expect(pageBox.checked).toBe(false);
    expect(pageBox.indeterminate).toBe(true);
    expect(text($(element, '[data-id="selection-count"]'))).toBe('2 users selected');
    await expect(element).toBeAccessible();

    pageBox.checked = true;
    pageBox.dispatchEvent(new CustomEvent('change'));
    expect(selection.mock.calls[1][0].detail).toEqual({ rows: ROWS, selected: true });
    element.selectedIds = ['u1', 'u2', 'u3'];
    await flush();
    expect($(element, 'input[data-id="select-page"]').checked).toBe(true);
    expect($(element, 'input[data-id="select-page"]').indeterminate).toBe(false);

    $(element, 'button[data-id="clear-selection"]').click();
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state for a view without users', async () => {
    const element = mount(page([], { withErrors: 0, withWarnings: 0 }));
    await flush();
    expect(text($(element, '.empty-view h3'))).toBe('No users in this view');
    expect($(element, '.empty-view svg')).not.toBeNull();
    expect($(element, 'table')).toBeNull();
    expect($(element, 'lightning-input[data-id="user-search"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says when no user matches the search, and keeps the search to change it', async () => {
    const element = mount(page([], { total: 40, matching: 0, search: 'zz' }));
    await flush();
    expect(text($(element, '.no-match h3'))).toBe('No users match');
    expect($(element, 'lightning-input[data-id="user-search"]').value).toBe('zz');
    expect($(element, 'table')).toBeNull();
    expect($(element, '[data-id="page-status"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a save error as an error badge of its user', async () => {
    const element = mount(page(ROWS), { saveErrors: [{ userId: 'u3', message: 'duplicate value found' }] });
    await flush();
    const badge = rows(element)[0].querySelector('[data-code="NOT_SAVED"]');
    expect(text(badge)).toContain('Agent ID not saved: duplicate value found');
    expect(rows(element)[0].querySelector('.ready')).toBeNull();
  });

  it('scrolls inside its own region, reachable by keyboard, and moves the focus to its heading when asked', async () => {
    const element = mount(page(ROWS));
    await flush();
    const region = $(element, '.table-scroll');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    element.focusTable();
    expect(element.shadowRoot.activeElement).toBe($(element, 'h2.users-heading'));
    await expect(element).toBeAccessible();
  });

  it('stacks each user as label/value pairs when its card is narrow', async () => {
    let callback;
    const observe = jest.fn();
    global.ResizeObserver = class {
      constructor(fn) {
        callback = fn;
      }
      observe(target) {
        observe(target);
      }
      disconnect() {}
    };
    const element = mount(page(ROWS));
    await flush();
    expect(observe).toHaveBeenCalledWith($(element, '.frame'));
    callback([{ contentRect: { width: COMPACT_WIDTH - 240 } }]);
    await flush();
    expect($(element, '.frame').classList.contains('compact')).toBe(true);
    expect(rows(element)[0].querySelector('.phone').dataset.label).toBe('Phone');
    await expect(element).toBeAccessible();
    callback([{ contentRect: { width: COMPACT_WIDTH + 160 } }]);
    await flush();
    expect($(element, '.frame').classList.contains('compact')).toBe(false);
  });

  it('shows issue messages in plain words, never raw codes', async () => {
    const element = mount(
      page([{ user: user(1), issues: [issue('USER_INACTIVE', 'error', 'Also fix: PHONE_INVALID')] }])
    );
    await flush();
    const badge = $(element, '[data-code="USER_INACTIVE"]');
    expect(text(badge).replace('Error:', '')).toBe('Also fix: Phone number not valid');
  });
});
