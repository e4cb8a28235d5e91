import { LightningElement, api } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import Toast from 'lightning/toast';
import checkReadiness from '@salesforce/apex/VccUserCreationController.checkReadiness';
import fixReadiness from '@salesforce/apex/VccUserCreationController.fixReadiness';
import { format, plural } from 'c/vccLabels';
import { LABELS } from './labels';

/** The fixes of the panel, and which issues of c/vccRules' readiness each clears. */
const FIXES = {
  permissionSet: { issueFixes: ['assignPermissionSet', 'assignTaskAccess'] },
  callCenter: { issueFixes: ['setCallCenter'] }
};
const CHANGED = ['assigned', 'set', 'wouldAssign', 'wouldSet'];
const ALREADY = ['alreadyHad', 'alreadySet'];

/**
 * Ready to take calls: the readiness of each user of the view (checkReadiness), a count per issue in plain words
 * with its fix, and the bulk fixes (fixReadiness: assign a permission set, set a call center), each confirmed with
 * its count, on the selected users or else on the users who need it, with a result per user.
 */
export default class VccReadiness extends LightningElement {
  @api disabled = false;
  labels = LABELS;
  report = null;
  fixReport = null;
  running = false;
  fixing = false;
  error;
  selectedIds = [];
  showAll = false;
  permissionSetName = '';
  callCenter = '';
  _listViewId;

  @api
  get listViewId() {
    return this._listViewId;
  }
  set listViewId(value) {
    if (value !== this._listViewId) {
      this._listViewId = value;
      this.report = null;
      this.fixReport = null;
      this.selectedIds = [];
      this.error = undefined;
    }
  }

  get needView() {
    return !this.listViewId;
  }

  get checkDisabled() {
    return this.disabled || this.running || this.fixing || !this.listViewId;
  }

  get summaryText() {
    const { total, ready, notReady } = this.report;
    return notReady === 0
      ? LABELS.VCC_Ready_All_Ready
      : format(LABELS.VCC_Ready_Summary, total, ready, notReady);
  }

  get summaryClass() {
    const ok = this.report.notReady === 0;
    return `summary slds-m-top_x-small slds-text-title_bold ${ok ? 'slds-text-color_success' : 'slds-text-color_error'}`;
  }

  get codeCounts() {
    const counts = this.report.counts || {};
    return Object.keys(counts).map((code) => ({
      code,
      label: LABELS[`VCC_Ready_Code_${code}`] || code,
      count: usersText(counts[code]),
      remedy: format(LABELS.VCC_Ready_Remedy, this.remedyOf(code))
    }));
  }

  remedyOf(code) {
    for (const user of this.report.users) {
      const issue = user.issues.find((one) => one.code === code);
      if (issue) {
        return issue.remedy;
      }
    }
    return '';
  }

  get rows() {
    const selected = new Set(this.selectedIds);
    const shown = this.showAll
      ? this.report.users
      : this.report.users.filter((user) => user.issues.length > 0);
    return shown.map((user) => ({
      key: user.userId,
      userId: user.userId,
      name: user.name || user.username || user.userId,
      username: user.username,
      ready: user.ready,
      checked: selected.has(user.userId),
      selectLabel: format(LABELS.VCC_Ready_Select_User, user.name || user.username || user.userId),
      issues: user.issues.map((issue, index) => ({
        key: `${user.userId}-${index}`,
        badge: LABELS[`VCC_Ready_Code_${issue.code}`] || issue.code,
        badgeClass: `slds-badge ${issue.severity === 'error' ? 'slds-theme_error' : 'slds-theme_warning'}`,
        message: issue.message,
        remedy: format(LABELS.VCC_Ready_Remedy, issue.remedy)
      }))
    }));
  }

  get scopeText() {
    return this.selectedIds.length > 0
      ? format(LABELS.VCC_Ready_Fix_Scope_Selected, usersText(this.selectedIds.length))
      : LABELS.VCC_Ready_Fix_Scope_Needing;
  }

  /** The users a fix applies to: the selected ones, else those with an issue the fix clears. */
  targetsOf(fix) {
    if (this.selectedIds.length > 0) {
      return [...this.selectedIds];
    }
    const clears = FIXES[fix].issueFixes;
    return this.report.users
      .filter((user) => user.issues.some((issue) => clears.includes(issue.fix)))
      .map((user) => user.userId);
  }

  get permissionSetNobody() {
    return this.targetsOf('permissionSet').length === 0;
  }

  get callCenterNobody() {
    return this.targetsOf('callCenter').length === 0;
  }

  get assignDisabled() {
    return this.fixing || this.disabled || !this.permissionSetName.trim() || this.permissionSetNobody;
  }

  get callCenterDisabled() {
    return (
      this.fixing || this.disabled || !this.callCenter.trim() || this.targetsOf('callCenter').length === 0
    );
  }

  get fixRows() {
    return this.fixReport.results.map((one, index) => ({
      key: `${index}-${one.userId}-${one.action}`,
      username: one.username || one.userId,
      target: one.target,
      outcome: LABELS[`VCC_Ready_Outcome_${one.outcome}`] || one.outcome,
      badgeClass: `slds-badge ${badgeOf(one.outcome)}`,
      message: one.message
    }));
  }

  handleSelect(event) {
    const id = event.target.dataset.id;
    const others = this.selectedIds.filter((one) => one !== id);
    this.selectedIds = event.target.checked ? [...others, id] : others;
  }

  get hasRows() {
    return this.rows.length > 0;
  }

  handleShowAll(event) {
    this.showAll = event.target.checked;
  }

  handleSelectNotReady() {
    this.selectedIds = this.report.users.filter((user) => !user.ready).map((user) => user.userId);
  }

  handlePermissionSetChange(event) {
    this.permissionSetName = event.detail.value || '';
  }

  handleCallCenterChange(event) {
    this.callCenter = event.detail.value || '';
  }

  async handleCheck() {
    this.running = true;
    this.error = undefined;
    try {
      const listViewId = this.listViewId;
      const report = await checkReadiness({ listViewId });
      if (listViewId === this.listViewId) {
        this.report = report;
        const ids = new Set(report.users.map((user) => user.userId));
        this.selectedIds = this.selectedIds.filter((id) => ids.has(id));
      }
    } catch (error) {
      this.error = error;
    } finally {
      this.running = false;
    }
  }

  handleAssign() {
    const name = this.permissionSetName.trim();
    const userIds = this.targetsOf('permissionSet');
    return this.applyFix(format(LABELS.VCC_Ready_Assign_Confirm, name, usersText(userIds.length)), {
      userIds,
      permissionSetNames: [name]
    });
  }

  handleSetCallCenter() {
    const center = this.callCenter.trim();
    const userIds = this.targetsOf('callCenter');
    return this.applyFix(format(LABELS.VCC_Ready_Call_Center_Confirm, center, usersText(userIds.length)), {
      userIds,
      callCenterId: center
    });
  }

  async applyFix(question, request) {
    const confirmed = await LightningConfirm.open({
      message: question,
      label: LABELS.VCC_Ready_Confirm_Title,
      theme: 'warning'
    });
    if (!confirmed) {
      return;
    }
    this.fixing = true;
    this.error = undefined;
    try {
      this.fixReport = await fixReadiness({ ...request, dryRun: false });
      this.toastDone(this.fixReport.results);
      this.selectedIds = [];
      // the users changed (call center, permission sets): the tab reads them again
      this.dispatchEvent(new CustomEvent('fixed'));
      await this.handleCheck();
    } catch (error) {
      this.error = error;
    } finally {
      this.fixing = false;
    }
  }

  get fixSummary() {
    return doneText(this.fixReport.results);
  }

  toastDone(results) {
    const failed = results.filter((one) => one.outcome === 'failed').length;
    Toast.show(
      {
        label: LABELS.VCC_Ready_Fix_Results_Title,
        message: doneText(results),
        variant: failed > 0 ? 'warning' : 'success'
      },
      this
    );
  }
}

function badgeOf(outcome) {
  if (outcome === 'failed') {
    return 'slds-theme_error';
  }
  return ALREADY.includes(outcome) ? 'slds-badge_lightest' : 'slds-theme_success';
}

/** "1 user" or "3 users". */
function usersText(count) {
  return plural(count, LABELS.VCC_Ready_Users_One, LABELS.VCC_Ready_Users_Many);
}

/** "Fix applied: 3 changed, 2 already fine, 0 failed." */
function doneText(results) {
  const count = (outcomes) => results.filter((one) => outcomes.includes(one.outcome)).length;
  return format(LABELS.VCC_Ready_Fix_Done, count(CHANGED), count(ALREADY), count(['failed']));
}
