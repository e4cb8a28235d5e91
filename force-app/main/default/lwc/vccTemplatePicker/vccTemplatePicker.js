import { LightningElement, api } from 'lwc';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import { LABELS, format, plural } from 'c/vccLabels';
import { describeError } from 'c/vccErrors';

/**
 * The template username: on blur or Enter it asks getTemplate who that is, and shows the VCC user. A wrong username
 * is an error on the field; an error of VCC itself (not answering, credentials) goes to the tab, which shows one
 * panel per cause. Fires `templatechange` with { template } (null when there is none) and `templateerror` with
 * { error } (undefined when it is gone), and `usernamecommit` with { username } each time one is checked.
 */
export default class VccTemplatePicker extends LightningElement {
  username = '';
  template = null;
  fieldError = null;
  checking = false;
  labels = LABELS;
  lastChecked;

  /** Sets the username, as when the admin types it (a reopened job's template), and checks it. */
  @api
  setUsername(username) {
    if (this.template && this.template.username === username) {
      return;
    }
    this.username = username || '';
    this.handleCommit();
  }

  /** Checks the username again (Try again on an error of VCC). */
  @api
  recheck() {
    this.lastChecked = undefined;
    return this.handleCommit();
  }

  get foundText() {
    return format(LABELS.VCC_Template_Found, this.template.name, this.template.role);
  }

  get callsText() {
    return this.template.needsAgentId ? LABELS.VCC_Template_Takes_Calls : LABELS.VCC_Template_No_Calls;
  }

  get countsText() {
    const skills = plural(this.template.skillCount, LABELS.VCC_Count_Skill, LABELS.VCC_Count_Skills);
    const groups = plural(this.template.groupCount, LABELS.VCC_Count_Group, LABELS.VCC_Count_Groups);
    return `${skills}, ${groups}`;
  }

  handleChange(event) {
    this.username = event.detail.value;
  }

  handleKeyUp(event) {
    if (event.key === 'Enter') {
      this.handleCommit();
    }
  }

  async handleCommit() {
    const username = (this.username || '').trim();
    if (username === this.lastChecked) {
      return;
    }
    this.lastChecked = username;
    this.dispatchEvent(new CustomEvent('usernamecommit', { detail: { username } }));
    this.showError(undefined);
    this.setTemplate(null);
    if (username === '') {
      return;
    }
    this.checking = true;
    try {
      const template = await getTemplate({ username });
      if (this.lastChecked === username) {
        this.setTemplate(template);
      }
    } catch (error) {
      if (this.lastChecked === username) {
        this.showError(error);
      }
    } finally {
      this.checking = false;
    }
  }

  /** A wrong username is the field's error; any other cause is the tab's. */
  showError(error) {
    const described = describeError(error);
    const onField = described && described.kind === 'other';
    this.fieldError = onField ? described.messages.join(' ') : null;
    const input = this.refs.input;
    if (input) {
      input.setCustomValidity(this.fieldError || '');
      input.reportValidity();
    }
    this.dispatchEvent(new CustomEvent('templateerror', { detail: { error: onField ? undefined : error } }));
  }

  setTemplate(template) {
    const changed = this.template !== template;
    this.template = template;
    if (changed) {
      this.dispatchEvent(new CustomEvent('templatechange', { detail: { template } }));
    }
  }
}
