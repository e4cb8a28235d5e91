import { createElement } from 'lwc';
import VccConnectionTest from 'c/vccConnectionTest';
import testVccConnection from '@salesforce/apex/VccUserCreationController.testVccConnection';

jest.mock('@salesforce/apex/VccUserCreationController.testVccConnection', () => ({ default: jest.fn() }), {
  virtual: true
});

const flushPromises = () =>
  [1, 2, 3, 4].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

function mount(templateUsername = 'template.agent@vcc.example') {
  const element = createElement('c-vcc-connection-test', { is: VccConnectionTest });
  element.templateUsername = templateUsername;
  document.body.appendChild(element);
  return element;
}

const PROBE = {
  ok: false,
  steps: [
    { name: 'Token', ok: true, detail: 'An access token for users:write' },
    { name: 'Users', ok: true, detail: 'Read 25 of 320 users' },
    { name: 'Template skills', ok: false, detail: 'Refused: FORBIDDEN' }
  ],
  findings: { 'Page base': 'pages start at 0', 'Array name': 'items' }
};

describe('c-vcc-connection-test', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('needs a template username first', async () => {
    const element = mount(null);
    await flushPromises();
    expect($(element, 'lightning-button').disabled).toBe(true);
    expect(text($(element, '.need-template'))).toBe('Type a template username first: the test reads it.');
    await expect(element).toBeAccessible();
  });

  it("runs the probe with the template and shows each step and the account's findings", async () => {
    let answer;
    testVccConnection.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const element = mount();
    await flushPromises();
    $(element, 'lightning-button').click();
    await flushPromises();
    expect(testVccConnection).toHaveBeenCalledWith({ templateUsername: 'template.agent@vcc.example' });
    expect(text($(element, '.running'))).toBe('Testing the connection to VCC...');
    expect($(element, 'lightning-button').disabled).toBe(true);
    answer(PROBE);
    await flushPromises();
    expect(text($(element, '.probe-summary'))).toBe('Some steps failed: see what each says.');
    expect($$(element, '.step').map((step) => [...step.children].map(text))).toEqual([
      ['Passed', 'Token', 'An access token for users:write'],
      ['Passed', 'Users', 'Read 25 of 320 users'],
      ['Failed', 'Template skills', 'Refused: VCC access not allowed']
    ]);
    expect($$(element, '.findings dt').map(text)).toEqual(['Page base', 'Array name']);
    expect($$(element, '.findings dd').map(text)).toEqual(['pages start at 0', 'items']);
    await expect(element).toBeAccessible();
  });

  it('says when every step passed', async () => {
    testVccConnection.mockResolvedValue({
      ok: true,
      steps: [{ name: 'Token', ok: true, detail: 'ok' }],
      findings: {}
    });
    const element = mount();
    $(element, 'lightning-button').click();
    await flushPromises();
    expect(text($(element, '.probe-summary'))).toBe('VCC answered every step.');
    expect($(element, '.findings')).toBeNull();
  });

  it('shows why the test could not run, and runs it again', async () => {
    testVccConnection.mockRejectedValueOnce({
      body: { message: 'Could not get a token: connect ECONNREFUSED vcc.example:443' },
      status: 502
    });
    testVccConnection.mockResolvedValueOnce(PROBE);
    const element = mount();
    $(element, 'lightning-button').click();
    await flushPromises();
    const panel = $(element, 'c-vcc-error-panel');
    expect(text($(panel, 'h2'))).toBe('VCC could not be reached');
    expect(text($(panel, 'h2 + p'))).toBe(
      'VCC could not be reached at vcc.example:443. Check the VCC address and the network, then try again.'
    );
    await expect(element).toBeAccessible();
    $(panel, 'lightning-button.retry').click();
    await flushPromises();
    expect(testVccConnection).toHaveBeenCalledTimes(2);
    expect($$(element, '.step')).toHaveLength(3);
  });
});
