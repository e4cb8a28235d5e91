import { LightningElement, api } from 'lwc';
import { summarizeChecks } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';
import { plainMessage } from 'c/vccWords';

const PAGE = 200;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
const BADGE_CLASS = {
  error: 'slds-badge slds-theme_error slds-m-around_xxx-small',
  warning: 'slds-badge slds-theme_warning slds-m-around_xxx-small',
  info: 'slds-badge slds-theme_info slds-m-around_xxx-small'
};

/**
 * The users of the view with their potential issues as badges by severity: counts at the top, a filter for users
 * with issues, sorting by any column, and 200 rows at a time (Show more) so large views stay quick.
 */
export default class VccUserTable extends LightningElement {
  labels = LABELS;
  onlyIssues = false;
  sortField = null;
  sortAscending = true;
  shown = PAGE;
  _users = [];
  _checks = [];
  _saveErrors = [];
  _rows;

  @api
  get users() {
    return this._users;
  }
  set users(value) {
    this._users = value || [];
    this._rows = undefined;
    this.shown = PAGE;
  }

  @api
  get checks() {
    return this._checks;
  }
  set checks(value) {
    this._checks = value || [];
    this._rows = undefined;
  }

  @api
  get saveErrors() {
    return this._saveErrors;
  }
  set saveErrors(value) {
    this._saveErrors = value || [];
    this._rows = undefined;
  }

  /** Moves the focus to the table (after Generate Agent IDs), so the new IDs are read next. */
  @api
  focusTable() {
    if (this.refs.scroller) {
      this.refs.scroller.focus();
    }
  }

  get summaryText() {
    const summary = summarizeChecks(this._checks);
    return format(LABELS.VCC_Users_Summary, this._users.length, summary.withErrors, summary.withWarnings);
  }

  get columns() {
    return [
      ['name', LABELS.VCC_Column_Name],
      ['username', LABELS.VCC_Column_Username],
      ['phone', LABELS.VCC_Column_Phone],
      ['agentId', LABELS.VCC_Column_Agent_Id],
      ['callCenterName', LABELS.VCC_Column_Call_Center],
      ['issues', LABELS.VCC_Column_Issues]
    ].map(([field, label]) => {
      const sorted = this.sortField === field;
      return {
        field,
        label,
        sortTitle: label,
        ariaSort: sorted ? (this.sortAscending ? 'ascending' : 'descending') : 'none',
        arrow: sorted ? (this.sortAscending ? '▲' : '▼') : ''
      };
    });
  }

  /** Every row, with its badges, filtered and sorted; cached until the data, filter or sort changes. */
  get rows() {
    if (!this._rows) {
      const checks = new Map(this._checks.map((check) => [check.userId, check.issues]));
      const saveErrors = new Map(this._saveErrors.map((error) => [error.userId, error.message]));
      let rows = this._users.map((user) => {
        const issues = [...(checks.get(user.id) || [])];
        if (saveErrors.has(user.id)) {
          issues.unshift({
            code: 'NOT_SAVED',
            severity: 'error',
            message: format(LABELS.VCC_Users_Not_Saved, saveErrors.get(user.id))
          });
        }
        const badges = issues
          .slice()
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .map((issue, index) => ({
            key: `${issue.code}-${index}`,
            code: issue.code,
            message: plainMessage(issue.message),
            className: BADGE_CLASS[issue.severity] || BADGE_CLASS.info,
            severityLabel: this.severityLabel(issue.severity)
          }));
        return {
          ...user,
          badges,
          ready: badges.length === 0,
          weight: issues.reduce(
            (sum, issue) => sum + (issue.severity === 'error' ? 100 : issue.severity === 'warning' ? 10 : 1),
            0
          )
        };
      });
      if (this.onlyIssues) {
        rows = rows.filter((row) => !row.ready);
      }
      if (this.sortField) {
        const field = this.sortField === 'issues' ? 'weight' : this.sortField;
        const direction = this.sortAscending ? 1 : -1;
        rows = rows.slice().sort((a, b) => direction * compare(a[field], b[field]));
      }
      this._rows = rows;
    }
    return this._rows;
  }

  get visibleRows() {
    return this.rows.slice(0, this.shown);
  }

  get hasMore() {
    return this.rows.length > this.shown;
  }

  get showingText() {
    return format(LABELS.VCC_Users_Showing, Math.min(this.shown, this.rows.length), this.rows.length);
  }

  get showMoreLabel() {
    return format(LABELS.VCC_Users_Show_More, Math.min(PAGE, this.rows.length - this.shown));
  }

  severityLabel(severity) {
    if (severity === 'error') {
      return LABELS.VCC_Severity_Error;
    }
    return severity === 'warning' ? LABELS.VCC_Severity_Warning : LABELS.VCC_Severity_Info;
  }

  handleOnlyIssues(event) {
    this.onlyIssues = event.detail.checked;
    this._rows = undefined;
    this.shown = PAGE;
  }

  handleSort(event) {
    const field = event.currentTarget.dataset.field;
    this.sortAscending = this.sortField === field ? !this.sortAscending : true;
    this.sortField = field;
    this._rows = undefined;
  }

  handleShowMore() {
    this.shown += PAGE;
  }
}

function compare(a, b) {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined || a === '') {
    return 1;
  }
  if (b === null || b === undefined || b === '') {
    return -1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}
