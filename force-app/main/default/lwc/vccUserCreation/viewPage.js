import getViewPage from '@salesforce/apex/VccUserCreationController.getViewPage';
import { preflight } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';

/** Users the tab shows at a time. */
export const VIEW_PAGE_SIZE = 50;

/** Users read at a time when the tab gathers the linked users of a whole view. */
const GATHER_PAGE_SIZE = 200;

/** The view's first page, by name, every user. */
export function firstQuery() {
  return { offset: 0, sortBy: 'name', sortDir: 'asc', onlyIssues: false, search: null };
}

/** The ViewQuery of the tab's current page. */
export function viewQuery(query) {
  return { ...query, pageSize: VIEW_PAGE_SIZE };
}

/** Whether a user's issues say the user is already linked to VCC. */
export function isLinked(issues) {
  return (issues || []).some((issue) => issue.code === 'ALREADY_LINKED');
}

/** What Create would do with the selected users, by the shared rules: { create, blocked, linked }. */
export function selectionPlan(selection) {
  const counts = { create: 0, blocked: 0, linked: 0 };
  for (const row of selection.values()) {
    const before = preflight(row.issues || []);
    if (!before) {
      counts.create++;
    } else if (before.status === 'AlreadyLinked') {
      counts.linked++;
    } else {
      counts.blocked++;
    }
  }
  return counts;
}

/** The selection with some rows ({ user, issues }) added or removed: a new Map, userId -> row. */
export function changeSelection(selection, rows, selected) {
  const next = new Map(selection);
  for (const row of rows) {
    if (selected) {
      next.set(row.user.id, { user: row.user, issues: row.issues || [] });
    } else {
      next.delete(row.user.id);
    }
  }
  return next;
}

/** The selection with the issues of the rows of a page just read, as the template may have changed them. */
export function refreshSelection(selection, rows) {
  const fresh = (rows || []).filter((row) => selection.has(row.user.id));
  return fresh.length === 0 ? selection : changeSelection(selection, fresh, true);
}

/** The ids of every user of the view already linked to VCC, read page by page (only the linked are kept). */
export async function gatherLinked(listViewId, templateUsername) {
  const ids = [];
  let offset = 0;
  for (;;) {
    // one page at a time: the next page starts where this one ended
    // eslint-disable-next-line no-await-in-loop
    const page = await getViewPage({
      listViewId,
      templateUsername,
      query: { ...firstQuery(), offset, pageSize: GATHER_PAGE_SIZE }
    });
    ids.push(...page.rows.filter((row) => isLinked(row.issues)).map((row) => row.user.id));
    offset = page.offset + page.rows.length;
    if (page.rows.length === 0 || offset >= page.matching) {
      return ids;
    }
  }
}

/**
 * What the actions apply to: the selected users, or the whole view (userIds null). `needing` is how many of them
 * have no agent ID, `linkedIds` the selected users already linked to VCC (ALREADY_LINKED) and `linkedCount` how
 * many users Converge applies to.
 */
export function actionTargets(selection, page) {
  const rows = [...selection.values()];
  const selectedIds = rows.map((row) => row.user.id);
  if (rows.length === 0) {
    return {
      selectedIds,
      userIds: null,
      createLabel: LABELS.VCC_Create_Button,
      needing: page ? page.blankAgentIdCount : null,
      linkedIds: [],
      linkedCount: page ? page.linkedCount : 0
    };
  }
  const linked = rows.filter((row) => isLinked(row.issues)).map((row) => row.user.id);
  return {
    selectedIds,
    userIds: selectedIds,
    createLabel: format(LABELS.VCC_Create_Selected_Button, rows.length),
    needing: rows.filter((row) => !row.user.agentId || !row.user.agentId.trim()).length,
    linkedIds: linked,
    linkedCount: linked.length
  };
}

/** The toast after Generate Agent IDs: the IDs saved, and how many could not be saved. */
export function generatedToast(result) {
  const saved = result.assignments;
  const text =
    saved.length === 0
      ? ''
      : format(LABELS.VCC_Generate_Done, saved.length, saved[0].agentId, saved[saved.length - 1].agentId);
  const errors = result.errors.length === 0 ? '' : format(LABELS.VCC_Generate_Errors, result.errors.length);
  return {
    label: LABELS.VCC_Generate_Button,
    message: `${text} ${errors}`.trim(),
    variant: errors ? 'warning' : 'success'
  };
}
