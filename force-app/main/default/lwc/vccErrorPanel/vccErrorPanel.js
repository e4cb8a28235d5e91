import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/vccErrors';
import { LABELS } from 'c/vccLabels';

/**
 * Shows errors (Apex, JavaScript or text) as an SLDS alert, with "Try again" when the parent can retry.
 * Fires `retry` when it is pressed.
 */
export default class VccErrorPanel extends LightningElement {
  @api errors;
  @api friendlyMessage;
  @api retryable = false;
  labels = LABELS;

  get messages() {
    return this.errors ? reduceErrors(this.errors) : [];
  }

  get hasErrors() {
    return this.messages.length > 0;
  }

  get title() {
    return this.friendlyMessage || LABELS.VCC_Error_Title;
  }

  handleRetry() {
    this.dispatchEvent(new CustomEvent('retry'));
  }
}
