import { createElement } from 'lwc';
import VccTemplatePicker from 'c/vccTemplatePicker';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import { TEMPLATE } from '../../vccUserCreation/__tests__/data';

jest.mock('@salesforce/apex/VccUserCreationController.getTemplate', () => ({ default: jest.fn() }), {
  virtual: true
});

// A few turns of the microtask queue: enough for chained awaits in the components to settle.
const flushPromises = () =>
  [1, 2, 3, 4, 5].reduce((promise) => promise.then(() => undefined), Promise.resolve());
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

function mount() {
  const element = createElement('c-vcc-template-picker', { is: VccTemplatePicker });
  const handler = jest.fn();
  element.addEventListener('templatechange', handler);
  document.body.appendChild(element);
  return { element, handler };
}

function type(element, value) {
  $(element, 'lightning-input').dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-vcc-template-picker', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.resetAllMocks();
  });

  it('asks on Enter, once per username, and tells the parent', async () => {
    getTemplate.mockResolvedValue(TEMPLATE);
    const { element, handler } = mount();
    type(element, '  template.agent@vcc.example ');
    $(element, 'lightning-input').dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));
    await flushPromises();
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect(getTemplate).toHaveBeenCalledTimes(1);
    expect(getTemplate).toHaveBeenCalledWith({ username: 'template.agent@vcc.example' });
    expect(handler.mock.calls.map((call) => call[0].detail.template)).toEqual([TEMPLATE]);
  });

  it('says a supervisor without voice needs no agent IDs', async () => {
    getTemplate.mockResolvedValue({
      ...TEMPLATE,
      role: 'Supervisor',
      actsAsAgent: false,
      needsAgentId: false
    });
    const { element } = mount();
    type(element, 'template.supervisor@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect($(element, '.calls').textContent).toBe('Takes no calls: NVM Agent Ids are not needed');
    await expect(element).toBeAccessible();
  });

  it('counts one skill and one group in the singular', async () => {
    getTemplate.mockResolvedValue({ ...TEMPLATE, skillCount: 1, groupCount: 1 });
    const { element } = mount();
    type(element, 'template.agent@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect($(element, '.counts').textContent).toBe('1 skill, 1 group');
  });

  it('shows a wrong username on the field, and hands any other cause to the tab', async () => {
    getTemplate
      .mockRejectedValueOnce({ body: { message: "No VCC user has the username 'ghost'." }, status: 404 })
      .mockRejectedValueOnce({ body: { message: 'GET /useradmin/users failed with HTTP 503' }, status: 502 })
      .mockResolvedValueOnce(TEMPLATE);
    const { element } = mount();
    const errors = jest.fn();
    element.addEventListener('templateerror', errors);
    type(element, 'ghost');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect($(element, 'lightning-input').messageWhenBadInput).toBe("No VCC user has the username 'ghost'.");
    expect(errors.mock.calls.pop()[0].detail.error).toBeUndefined();
    await expect(element).toBeAccessible();

    type(element, 'template.agent@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect($(element, 'lightning-input').messageWhenBadInput).toBeNull();
    expect(errors.mock.calls.pop()[0].detail.error.status).toBe(502);

    await element.recheck();
    await flushPromises();
    expect(getTemplate).toHaveBeenCalledTimes(3);
    expect($(element, '.summary')).not.toBeNull();
    element.setUsername('template.agent@vcc.example');
    await flushPromises();
    expect(getTemplate).toHaveBeenCalledTimes(3);
  });

  it('forgets the template when the username is cleared, without asking', async () => {
    getTemplate.mockResolvedValue(TEMPLATE);
    const { element, handler } = mount();
    type(element, 'template.agent@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    type(element, '');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    expect(getTemplate).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls.map((call) => call[0].detail.template)).toEqual([TEMPLATE, null]);
    expect($(element, '.summary')).toBeNull();
  });

  it('ignores a late answer for a username that was changed since', async () => {
    let answerFirst;
    getTemplate.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    getTemplate.mockResolvedValueOnce({ ...TEMPLATE, username: 'second@vcc.example', name: 'Second' });
    const { element } = mount();
    type(element, 'first@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    type(element, 'second@vcc.example');
    $(element, 'lightning-input').dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    answerFirst(TEMPLATE);
    await flushPromises();
    expect($(element, '.summary p').textContent).toBe('Second, Agent');
  });
});
