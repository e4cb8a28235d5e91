import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/vccLabels';

/** The User list views as a combobox. Fires `viewchange` with { listViewId }. */
export default class VccViewPicker extends LightningElement {
  @api views = [];
  @api value;
  @api disabled = false;
  @api loaded = false;
  labels = LABELS;

  get options() {
    return (this.views || []).map((view) => ({ label: view.label, value: view.id }));
  }

  get noViews() {
    return this.loaded && this.options.length === 0;
  }

  handleChange(event) {
    this.dispatchEvent(new CustomEvent('viewchange', { detail: { listViewId: event.detail.value } }));
  }
}
