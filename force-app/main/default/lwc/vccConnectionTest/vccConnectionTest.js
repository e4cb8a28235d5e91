import { LightningElement, api } from 'lwc';
import testVccConnection from '@salesforce/apex/VccUserCreationController.testVccConnection';
import { LABELS } from 'c/vccLabels';
import { plainMessage } from 'c/vccWords';

/**
 * Test VCC connection: runs the read-only probe with the template username (testVccConnection) and shows each
 * step (passed or failed, with what it found) and what the VCC account does on each point.
 */
export default class VccConnectionTest extends LightningElement {
  @api templateUsername;
  @api disabled = false;
  labels = LABELS;
  running = false;
  result = null;
  error;

  get buttonDisabled() {
    return this.disabled || this.running || !this.templateUsername;
  }

  get needTemplate() {
    return !this.templateUsername;
  }

  get summaryText() {
    return this.result.ok ? LABELS.VCC_Probe_Ok : LABELS.VCC_Probe_Problem;
  }

  get summaryClass() {
    return `probe-summary slds-text-title_bold ${this.result.ok ? 'slds-text-color_success' : 'slds-text-color_error'}`;
  }

  get steps() {
    return ((this.result && this.result.steps) || []).map((step, index) => ({
      key: `${index}-${step.name}`,
      name: step.name,
      detail: plainMessage(step.detail),
      stateLabel: step.ok ? LABELS.VCC_Probe_Step_Ok : LABELS.VCC_Probe_Step_Failed,
      badgeClass: step.ok ? 'slds-badge slds-theme_success' : 'slds-badge slds-theme_error'
    }));
  }

  get findings() {
    const findings = (this.result && this.result.findings) || {};
    return Object.keys(findings).map((point) => ({
      point,
      valueKey: `${point}-value`,
      value: findings[point]
    }));
  }

  get hasFindings() {
    return this.findings.length > 0;
  }

  async handleTest() {
    this.running = true;
    this.error = undefined;
    this.result = null;
    try {
      this.result = await testVccConnection({ templateUsername: this.templateUsername });
    } catch (error) {
      this.error = error;
    } finally {
      this.running = false;
    }
  }
}
