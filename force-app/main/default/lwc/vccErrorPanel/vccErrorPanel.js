import { LightningElement, api } from 'lwc';
import { describeError } from 'c/vccErrors';
import { LABELS } from 'c/vccLabels';

/**
 * Shows an error (Apex, JavaScript or text) as an SLDS alert in an admin's words (c/vccErrors describeError), with
 * "Try again" when the parent can retry (`retryable`), or only when the cause passes by itself (`retry-transient`).
 * Fires `retry` when it is pressed.
 */
export default class VccErrorPanel extends LightningElement {
  @api errors;
  @api friendlyMessage;
  @api retryable = false;
  @api retryTransient = false;
  labels = LABELS;

  get described() {
    return this.errors ? describeError(this.errors) : null;
  }

  get hasErrors() {
    return Boolean(this.described);
  }

  get messages() {
    return this.described ? this.described.messages : [];
  }

  get title() {
    return this.friendlyMessage || this.described.title;
  }

  get showRetry() {
    return this.retryable || (this.retryTransient && this.described.transient);
  }

  get cause() {
    return this.described ? this.described.kind : null;
  }

  handleRetry() {
    this.dispatchEvent(new CustomEvent('retry'));
  }
}
