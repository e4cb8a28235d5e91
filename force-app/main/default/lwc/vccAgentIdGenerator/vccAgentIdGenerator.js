import { LightningElement, api } from 'lwc';
import { validateStartingId, isBlank } from 'c/vccRules';
import { LABELS, format } from 'c/vccLabels';

/**
 * Starting ID (1 by default, checked as it is typed with the shared rules) and Generate Agent IDs, with a preview
 * of how many users get an ID and from where. Fires `generate` with { startingId }.
 */
export default class VccAgentIdGenerator extends LightningElement {
  @api users = [];
  @api disabled = false;
  startingId = '1';
  labels = LABELS;

  get check() {
    return validateStartingId(this.startingId);
  }

  get startingIdMessage() {
    return this.check.valid ? null : this.check.message;
  }

  get needing() {
    return (this.users || []).filter((user) => isBlank(user.agentId)).length;
  }

  get previewText() {
    if (this.needing === 0) {
      return LABELS.VCC_Generate_None_Needed;
    }
    const from = this.check.valid ? this.check.value : this.startingId;
    return format(LABELS.VCC_Generate_Preview, this.needing, from);
  }

  get generateDisabled() {
    return this.disabled || !this.check.valid || this.needing === 0;
  }

  handleChange(event) {
    this.startingId = event.detail.value;
    const input = this.template.querySelector('lightning-input.starting-id');
    if (input && input.setCustomValidity) {
      input.setCustomValidity(this.startingIdMessage || '');
      input.reportValidity();
    }
  }

  handleGenerate() {
    if (!this.generateDisabled) {
      this.dispatchEvent(new CustomEvent('generate', { detail: { startingId: String(this.check.value) } }));
    }
  }
}
