import { LightningElement, api } from 'lwc';
import LightningConfirm from 'lightning/confirm';
import getAgentIdPreview from '@salesforce/apex/VccUserCreationController.getAgentIdPreview';
import { validateStartingId } from 'c/vccRules';
import { reduceErrors } from 'c/vccErrors';
import { LABELS, format } from 'c/vccLabels';
import { rangeText, sampleText, startInUseText } from './previewText';

/** How long the preview waits after the last key before it asks the server. */
export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * Starting ID (1 by default, checked as it is typed with the shared rules, its one error on the field) and Generate
 * Agent IDs for the selected users or the whole view. The preview comes from the server (getAgentIdPreview, which
 * knows every ID in use in Salesforce and VCC): the first and last IDs, how many are skipped and where they are in
 * use, the first IDs, and a warning when the Starting ID itself is in use. Writing asks first, with the count.
 * Disabled, saying why, when the template takes no calls. Fires `generate` with { startingId }.
 */
export default class VccAgentIdGenerator extends LightningElement {
  @api disabled = false;
  /** The template's needsAgentId: false disables generation; null or undefined when no template is chosen. */
  @api needsAgentId;
  startingId = '1';
  labels = LABELS;
  preview = null;
  previewError = null;
  pending = false;
  token = 0;
  timer;
  connected = false;
  _listViewId = null;
  _userIds = null;
  _needing = null;

  @api
  get listViewId() {
    return this._listViewId;
  }
  set listViewId(value) {
    if (value !== this._listViewId) {
      this._listViewId = value || null;
      this.schedule();
    }
  }

  /** The selected users' ids, or null for the whole view. */
  @api
  get userIds() {
    return this._userIds;
  }
  set userIds(value) {
    const ids = value && value.length > 0 ? [...value] : null;
    if (String(ids) !== String(this._userIds)) {
      this._userIds = ids;
      this.schedule();
    }
  }

  /** How many of those users have no agent ID (0: nothing to generate), or null when unknown. */
  @api
  get needing() {
    return this._needing;
  }
  set needing(value) {
    const needing = value === undefined ? null : value;
    if (needing !== this._needing) {
      this._needing = needing;
      this.schedule();
    }
  }

  /** Asks for the preview again (after IDs were written, the IDs in use changed). */
  @api
  refresh() {
    this.schedule();
  }

  connectedCallback() {
    this.connected = true;
    this.schedule();
  }

  disconnectedCallback() {
    this.connected = false;
    clearTimeout(this.timer);
  }

  get check() {
    return validateStartingId(this.startingId);
  }

  get startingIdMessage() {
    return this.check.valid ? null : this.check.message;
  }

  get noCalls() {
    return this.needsAgentId === false;
  }

  get noneNeeded() {
    return this._needing === 0;
  }

  get buttonLabel() {
    return this._userIds
      ? format(LABELS.VCC_Generate_Selected_Button, this._userIds.length)
      : LABELS.VCC_Generate_Button;
  }

  /** Whether the server can be asked: a view, a valid Starting ID, users who need an ID, a template that calls. */
  get askable() {
    return Boolean(this._listViewId) && this.check.valid && !this.noneNeeded && !this.noCalls;
  }

  /** The preview after the last change, PREVIEW_DEBOUNCE_MS later; nothing is asked while it cannot be. */
  schedule() {
    clearTimeout(this.timer);
    const token = ++this.token;
    this.preview = null;
    this.previewError = null;
    this.pending = this.askable;
    if (!this.connected || !this.pending) {
      return;
    }
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => this.load(token), PREVIEW_DEBOUNCE_MS);
  }

  async load(token) {
    try {
      const preview = await getAgentIdPreview({
        listViewId: this._listViewId,
        startingId: String(this.check.value),
        userIds: this._userIds
      });
      if (token === this.token) {
        this.preview = preview;
      }
    } catch (error) {
      if (token === this.token) {
        this.previewError = reduceErrors(error).join(' ');
      }
    } finally {
      if (token === this.token) {
        this.pending = false;
      }
    }
  }

  get previewText() {
    if (this.noCalls) {
      return LABELS.VCC_Generate_No_Calls;
    }
    if (this.noneNeeded) {
      return this._userIds ? LABELS.VCC_Generate_None_Selected : LABELS.VCC_Generate_None_Needed;
    }
    if (!this.check.valid) {
      return LABELS.VCC_Generate_Fix_Starting_Id;
    }
    if (this.previewError) {
      return this.previewError;
    }
    if (this.pending || !this.preview) {
      return LABELS.VCC_AgentId_Preview_Loading;
    }
    return rangeText(this.preview);
  }

  get sampleText() {
    return this.preview && !this.pending ? sampleText(this.preview) : null;
  }

  get inUseText() {
    return this.pending ? null : startInUseText(this.preview, this.check.value);
  }

  get generateDisabled() {
    return this.disabled || !this.askable || this.pending || !this.preview || !(this.preview.count > 0);
  }

  handleChange(event) {
    this.startingId = event.detail.value;
    const input = this.template.querySelector('lightning-input.starting-id');
    if (input) {
      input.setCustomValidity(this.startingIdMessage || '');
      input.reportValidity();
    }
    this.schedule();
  }

  async handleGenerate() {
    if (this.generateDisabled) {
      return;
    }
    const startingId = String(this.check.value);
    const confirmed = await LightningConfirm.open({
      label: this.buttonLabel,
      message: format(LABELS.VCC_Generate_Confirm, this.preview.count, startingId),
      theme: 'default'
    });
    if (confirmed) {
      this.dispatchEvent(new CustomEvent('generate', { detail: { startingId } }));
    }
  }
}
