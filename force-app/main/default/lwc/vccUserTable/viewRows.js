/**
 * The rows of one page of the view as the table shows them: each user with its issues as badges (errors first),
 * an agent ID that could not be saved as an error of its own, and whether the admin selected it.
 */
import { LABELS, format } from 'c/vccLabels';
import { plainMessage } from 'c/vccWords';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
const BADGE_CLASS = {
  error: 'slds-badge slds-theme_error slds-m-around_xxx-small',
  warning: 'slds-badge slds-theme_warning slds-m-around_xxx-small',
  info: 'slds-badge slds-theme_info slds-m-around_xxx-small'
};

/** The sortable columns: the ViewQuery's sortBy, the user's field and the column's label. */
export const COLUMNS = [
  { sortBy: 'name', label: () => LABELS.VCC_Column_Name },
  { sortBy: 'username', label: () => LABELS.VCC_Column_Username },
  { sortBy: 'phone', label: () => LABELS.VCC_Column_Phone },
  { sortBy: 'agentId', label: () => LABELS.VCC_Column_Agent_Id },
  { sortBy: 'callCenter', label: () => LABELS.VCC_Column_Call_Center },
  { sortBy: 'issues', label: () => LABELS.VCC_Column_Issues }
];

/** A count as the admin reads it: "10,000". */
export function formatCount(value) {
  return new Intl.NumberFormat().format(Number(value) || 0);
}

function severityLabel(severity) {
  if (severity === 'error') {
    return LABELS.VCC_Severity_Error;
  }
  return severity === 'warning' ? LABELS.VCC_Severity_Warning : LABELS.VCC_Severity_Info;
}

function badgesOf(issues) {
  return issues
    .slice()
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3))
    .map((issue, index) => ({
      key: `${issue.code}-${index}`,
      code: issue.code,
      message: plainMessage(issue.message),
      className: BADGE_CLASS[issue.severity] || BADGE_CLASS.info,
      severityLabel: severityLabel(issue.severity)
    }));
}

/** The page's rows ({ user, issues }) for the template, with the save errors and the selection applied. */
export function buildRows(pageRows, saveErrors, selected) {
  const notSaved = new Map((saveErrors || []).map((error) => [error.userId, error.message]));
  return (pageRows || []).map((row) => {
    const user = row.user;
    const issues = [...(row.issues || [])];
    if (notSaved.has(user.id)) {
      issues.unshift({
        code: 'NOT_SAVED',
        severity: 'error',
        message: format(LABELS.VCC_Users_Not_Saved, notSaved.get(user.id))
      });
    }
    const badges = badgesOf(issues);
    return {
      ...user,
      badges,
      ready: badges.length === 0,
      selected: selected.has(user.id),
      selectLabel: format(LABELS.VCC_Select_User, user.name || user.username || user.id)
    };
  });
}
