import { groupByCause } from 'c/vccErrors';

/** The least time between two automatic checks of a template that VCC could not check. */
export const RECHECK_MS = 10000;

/** The operations whose errors show in the cause panels, in the order of the page, with what Try again does. */
const SOURCES = ['views', 'template', 'users', 'generate', 'create', 'poll', 'cancel'];
const RETRY = {
  views: (tab) => tab.loadViews(),
  template: (tab) => tab.refs.picker && tab.refs.picker.recheck(),
  users: (tab) => tab.loadUsers(),
  poll: (tab) => tab.follower.resume()
};

/** One panel per cause, each with Try again when one of its operations can be tried again. */
export function errorPanels(errors, lostContactText) {
  const panels = groupByCause(SOURCES.map((source) => ({ source, error: errors[source] })));
  return panels.map((panel) => ({
    ...panel,
    className: `cause-panel ${panel.sources.map((source) => `${source}-error`).join(' ')}`,
    retryable: panel.sources.some((source) => RETRY[source]),
    friendlyMessage: panel.kind === 'other' && panel.sources[0] === 'poll' ? lostContactText : undefined
  }));
}

/** Try again on a panel: each of its operations that can be tried again. */
export function retryPanel(tab, panel) {
  for (const source of panel ? panel.sources : []) {
    if (RETRY[source]) {
      RETRY[source](tab);
    }
  }
}

/** The errors without those that said VCC was down (but the template's), or null when there was none. */
export function withoutVccDown(errors) {
  const vccDown = (error) => groupByCause([{ source: 'x', error }]).some((p) => p.kind !== 'other');
  const next = { ...errors };
  let changed = false;
  for (const source of SOURCES) {
    if (source !== 'template' && next[source] && vccDown(next[source])) {
      next[source] = undefined;
      changed = true;
    }
  }
  return changed ? next : null;
}
