import { createElement } from 'lwc';
import VccUserTable from 'c/vccUserTable';

const flush = () => Promise.resolve();
const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();

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

function mount(users, checks, saveErrors = []) {
  const element = createElement('c-vcc-user-table', { is: VccUserTable });
  element.users = users;
  element.checks = checks;
  element.saveErrors = saveErrors;
  document.body.appendChild(element);
  return element;
}

const rows = (element) => [...element.shadowRoot.querySelectorAll('tbody tr')];

describe('c-vcc-user-table', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  const users = [user(3), user(1, { phone: null }), user(2, { callCenterName: null })];
  const checks = [
    { userId: 'u3', issues: [] },
    {
      userId: 'u1',
      issues: [
        { code: 'CALL_CENTER_MISSING', severity: 'warning', message: 'No call center' },
        { code: 'PHONE_MISSING', severity: 'error', message: 'No phone number' }
      ]
    },
    {
      userId: 'u2',
      issues: [{ code: 'CALL_CENTER_MISSING', severity: 'warning', message: 'No call center' }]
    }
  ];

  it('shows each user with badges by severity, errors first, and the counts', async () => {
    const element = mount(users, checks);
    await flush();
    expect(text(element.shadowRoot.querySelector('.summary'))).toBe(
      '3 users, 1 with errors, 1 with warnings'
    );
    const [first, second] = rows(element);
    expect(text(first.querySelector('.ready'))).toBe('Ready');
    const badges = [...second.querySelectorAll('[data-code]')];
    expect(badges.map((badge) => badge.dataset.code)).toEqual(['PHONE_MISSING', 'CALL_CENTER_MISSING']);
    expect(badges[0].className).toContain('slds-theme_error');
    expect(badges[1].className).toContain('slds-theme_warning');
    await expect(element).toBeAccessible();
  });

  it('filters to users with issues', async () => {
    const element = mount(users, checks);
    element.shadowRoot
      .querySelector('lightning-input.only-issues')
      .dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
    await flush();
    expect(rows(element).map((row) => row.dataset.id)).toEqual(['u1', 'u2']);
  });

  it('sorts by a column, and the other way on a second click, saying so to screen readers', async () => {
    const element = mount(users, checks);
    await flush();
    const button = () => element.shadowRoot.querySelector('button[data-field="name"]');
    button().click();
    await flush();
    expect(rows(element).map((row) => row.dataset.id)).toEqual(['u1', 'u2', 'u3']);
    expect(button().parentElement.getAttribute('aria-sort')).toBe('ascending');
    button().click();
    await flush();
    expect(rows(element).map((row) => row.dataset.id)).toEqual(['u3', 'u2', 'u1']);
    expect(button().parentElement.getAttribute('aria-sort')).toBe('descending');
    element.shadowRoot.querySelector('button[data-field="issues"]').click();
    await flush();
    expect(rows(element).map((row) => row.dataset.id)).toEqual(['u3', 'u2', 'u1']);
    element.shadowRoot.querySelector('button[data-field="phone"]').click();
    await flush();
    expect(
      rows(element)
        .map((row) => row.dataset.id)
        .pop()
    ).toBe('u1');
  });

  it('shows 200 rows at a time, and more on request', async () => {
    const many = Array.from({ length: 450 }, (_, i) => user(i));
    const element = mount(
      many,
      many.map((u) => ({ userId: u.id, issues: [] }))
    );
    await flush();
    expect(rows(element)).toHaveLength(200);
    expect(text(element.shadowRoot.querySelector('.showing'))).toBe('Showing 200 of 450');
    element.shadowRoot.querySelector('lightning-button.show-more').click();
    await flush();
    expect(rows(element)).toHaveLength(400);
    expect(element.shadowRoot.querySelector('lightning-button.show-more').label).toBe('Show 50 more');
    element.shadowRoot.querySelector('lightning-button.show-more').click();
    await flush();
    expect(rows(element)).toHaveLength(450);
    expect(element.shadowRoot.querySelector('lightning-button.show-more')).toBeNull();
  });

  it('shows a save error as an error badge of its user', async () => {
    const element = mount(users, checks, [{ userId: 'u3', message: 'duplicate value found' }]);
    await flush();
    const badge = rows(element)[0].querySelector('[data-code="NOT_SAVED"]');
    expect(text(badge)).toContain('Agent ID not saved: duplicate value found');
    expect(rows(element)[0].querySelector('.ready')).toBeNull();
  });

  it('scrolls inside its own region, reachable by keyboard, and takes the focus when asked', async () => {
    const element = mount(users, checks);
    await flush();
    const region = element.shadowRoot.querySelector('.table-scroll');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    element.focusTable();
    expect(element.shadowRoot.activeElement).toBe(region);
    await expect(element).toBeAccessible();
  });

  it('shows issue messages in plain words, never raw codes', async () => {
    const element = mount(
      [user(1)],
      [
        {
          userId: 'u1',
          issues: [{ code: 'USER_INACTIVE', severity: 'error', message: 'Also fix: PHONE_INVALID' }]
        }
      ]
    );
    await flush();
    const badge = element.shadowRoot.querySelector('[data-code="USER_INACTIVE"]');
    expect(text(badge).replace('Error:', '')).toBe('Also fix: Phone number not valid');
  });
});
