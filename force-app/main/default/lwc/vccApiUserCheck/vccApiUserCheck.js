import { LightningElement, api } from 'lwc';
import checkApiUser from '@salesforce/apex/VccUserCreationController.checkApiUser';
import { format } from 'c/vccLabels';
import { LABELS } from './labels';

const OUTCOMES = {
  pass: { label: LABELS.VCC_ApiUser_Pass, badge: 'slds-badge slds-theme_success' },
  fail: { label: LABELS.VCC_ApiUser_Fail, badge: 'slds-badge slds-theme_error' },
  cannotTell: { label: LABELS.VCC_ApiUser_Cannot_Tell, badge: 'slds-badge slds-theme_warning' }
};
const ANSWERS = { unknown: null, yes: true, no: false };

/**
 * The VCC API user panel: the Salesforce user VCC signs in as (typed, or found by its permission set when left
 * blank), each requirement of the help pages as pass / fail / cannot tell with its fix (checkApiUser), and the
 * Data Connector question as a choice rather than a guess.
 */
export default class VccApiUserCheck extends LightningElement {
  @api disabled = false;
  labels = LABELS;
  username = '';
  answer = 'unknown';
  running = false;
  health = null;
  error;

  get answerOptions() {
    return [
      { label: LABELS.VCC_ApiUser_Answer_Unknown, value: 'unknown' },
      { label: LABELS.VCC_ApiUser_Answer_Yes, value: 'yes' },
      { label: LABELS.VCC_ApiUser_Answer_No, value: 'no' }
    ];
  }

  get buttonDisabled() {
    return this.disabled || this.running;
  }

  get summaryText() {
    return format(this.health.ok ? LABELS.VCC_ApiUser_Ok : LABELS.VCC_ApiUser_Problem, this.health.username);
  }

  get summaryClass() {
    return `summary slds-m-top_x-small slds-text-title_bold ${this.health.ok ? 'slds-text-color_success' : 'slds-text-color_error'}`;
  }

  get requirements() {
    return this.health.requirements.map((one) => {
      const outcome = OUTCOMES[one.outcome] || OUTCOMES.cannotTell;
      return {
        key: one.code,
        code: one.code,
        name: LABELS[`VCC_ApiUser_Req_${one.code}`] || one.code,
        outcomeLabel: outcome.label,
        badgeClass: outcome.badge,
        recommended: one.recommended,
        detail: one.detail,
        fix: one.fix ? format(LABELS.VCC_ApiUser_Fix, one.fix) : null
      };
    });
  }

  handleUsernameChange(event) {
    this.username = event.detail.value || '';
  }

  handleAnswerChange(event) {
    this.answer = event.detail.value;
    if (this.health) {
      this.handleCheck();
    }
  }

  handleKeyUp(event) {
    if (event.key === 'Enter') {
      this.handleCheck();
    }
  }

  async handleCheck() {
    this.running = true;
    this.error = undefined;
    try {
      const username = this.username.trim();
      this.health = await checkApiUser({
        username: username === '' ? null : username,
        dataConnectorInserts: ANSWERS[this.answer]
      });
      if (username === '') {
        this.username = this.health.username;
      }
    } catch (error) {
      this.health = null;
      this.error = error;
    } finally {
      this.running = false;
    }
  }
}
