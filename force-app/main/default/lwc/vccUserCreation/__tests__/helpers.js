// What the tab's tests share: mounting the tab and driving its pickers as an admin would.
import { createElement } from 'lwc';
import VccUserCreation from 'c/vccUserCreation';
import { VIEWS, TEMPLATE } from './data';

// A few turns of the microtask queue: enough for chained awaits in the components to settle.
export const flushPromises = () =>
  [1, 2, 3, 4, 5, 6].reduce((promise) => promise.then(() => undefined), Promise.resolve());

export const $ = (root, selector) => root.shadowRoot.querySelector(selector);
export const $$ = (root, selector) => [...root.shadowRoot.querySelectorAll(selector)];
export const text = (node) => (node ? node.textContent.replace(/\s+/g, ' ').trim() : null);

export async function mount() {
  const element = createElement('c-vcc-user-creation', { is: VccUserCreation });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

export function unmountAll() {
  while (document.body.firstChild) {
    document.body.removeChild(document.body.firstChild);
  }
}

export async function chooseTemplate(element, username = TEMPLATE.username) {
  const picker = $(element, 'c-vcc-template-picker');
  const input = $(picker, 'lightning-input');
  input.dispatchEvent(new CustomEvent('change', { detail: { value: username } }));
  input.dispatchEvent(new CustomEvent('blur'));
  await flushPromises();
}

export async function chooseView(element, listViewId = VIEWS[0].id) {
  const combobox = $($(element, 'c-vcc-view-picker'), 'lightning-combobox');
  combobox.dispatchEvent(new CustomEvent('change', { detail: { value: listViewId } }));
  await flushPromises();
}

export const table = (element) => $(element, 'c-vcc-user-table');
export const results = (element) => $(element, 'c-vcc-creation-results');
export const createButton = (element) => $(element, 'lightning-button.create');
export const convergeButton = (element) => $(element, 'lightning-button.converge');
export const panels = (element) => $$(element, 'c-vcc-error-panel.cause-panel');
export const alertText = (panel) => text($(panel, '[role="alert"]'));
