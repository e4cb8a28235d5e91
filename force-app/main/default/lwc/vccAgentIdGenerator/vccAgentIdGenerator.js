import { LightningElement, api } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import { validateStartingId, generateAgentIds, isBlank } from 'c/vccRules';
import { LABELS, format, plural } from 'c/vccLabels';

/**
 * Starting ID (1 by default, checked as it is typed with the shared rules, its error on the field) and Generate
 * Agent IDs: a preview of the exact IDs (first, last, how many) by the shared rule over the IDs the view's users
 * hold, a warning when the Starting ID is held, and a confirmation with the count before anything is written.
 * Disabled, saying why, when the template takes no calls. Fires `generate` with { startingId }.
 */
export default class VccAgentIdGenerator extends LightningElement {
  @api users = [];
  @api disabled = false;
  /** The template's needsAgentId: false disables generation; null or undefined when no template is chosen. */
  @api needsAgentId;
  startingId = '1';
  labels = LABELS;

  get check() {
    return validateStartingId(this.startingId);
  }

  get startingIdMessage() {
    return this.check.valid ? null : this.check.message;
  }

  get noCalls() {
    return this.needsAgentId === false;
  }

  get needing() {
    return (this.users || []).filter((user) => isBlank(user.agentId)).length;
  }

  /** The IDs the shared rule gives from the Starting ID, over the IDs the view's users hold. */
  get plan() {
    if (!this.check.valid || this.needing === 0 || this.noCalls) {
      return null;
    }
    const users = this.users || [];
    const held = users.map((user) => user.agentId).filter((id) => !isBlank(id));
    try {
      const ids = generateAgentIds(users, { startingId: this.check.value, idsInUse: [] }).map(
        (a) => a.agentId
      );
      const first = Number(ids[0]);
      const last = Number(ids[ids.length - 1]);
      const skipped = held.filter(
        (id) => /^\d+$/.test(id.trim()) && Number(id) >= first && Number(id) <= last
      );
      const holder = users.find(
        (user) => !isBlank(user.agentId) && Number(user.agentId) === this.check.value
      );
      return { count: ids.length, first: ids[0], last: ids[ids.length - 1], skipped: skipped.length, holder };
    } catch (error) {
      return { error: error.message };
    }
  }

  get previewText() {
    if (this.noCalls) {
      return LABELS.VCC_Generate_No_Calls;
    }
    if (this.needing === 0) {
      return LABELS.VCC_Generate_None_Needed;
    }
    if (!this.check.valid) {
      return LABELS.VCC_Generate_Fix_Starting_Id;
    }
    const plan = this.plan;
    if (plan.error) {
      return plan.error;
    }
    const ids =
      plan.count === 1
        ? format(LABELS.VCC_Generate_Preview_One, plan.first)
        : format(LABELS.VCC_Generate_Preview, plan.count, plan.first, plan.last);
    const skipped =
      plan.skipped === 0
        ? ''
        : ` ${plural(plan.skipped, LABELS.VCC_Generate_Preview_Skipped_One, LABELS.VCC_Generate_Preview_Skipped)}`;
    return `${ids}${skipped} ${LABELS.VCC_Generate_Preview_Elsewhere}`;
  }

  get inUseText() {
    const plan = this.plan;
    return plan && plan.holder
      ? format(LABELS.VCC_Generate_In_Use, this.check.value, plan.holder.name || plan.holder.username)
      : null;
  }

  get generateDisabled() {
    return (
      this.disabled || this.noCalls || !this.check.valid || this.needing === 0 || Boolean(this.plan.error)
    );
  }

  handleChange(event) {
    this.startingId = event.detail.value;
    const input = this.template.querySelector('lightning-input.starting-id');
    if (input) {
      input.setCustomValidity(this.startingIdMessage || '');
      input.reportValidity();
    }
  }

  async handleGenerate() {
    if (this.generateDisabled) {
      return;
    }
    const startingId = String(this.check.value);
    const confirmed = await LightningConfirm.open({
      label: LABELS.VCC_Generate_Button,
      message: format(LABELS.VCC_Generate_Confirm, this.plan.count, startingId),
      theme: 'default'
    });
    if (confirmed) {
      this.dispatchEvent(new CustomEvent('generate', { detail: { startingId } }));
    }
  }
}
