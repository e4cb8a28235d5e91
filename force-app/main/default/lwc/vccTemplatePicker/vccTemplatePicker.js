import { LightningElement } from 'lwc';
import getTemplate from '@salesforce/apex/VccUserCreationController.getTemplate';
import { LABELS, format } from 'c/vccLabels';

/**
 * The template username: on blur or Enter it asks getTemplate who that is, and shows the VCC user or a clear
 * error. Fires `templatechange` with { template } (null when there is none).
 */
export default class VccTemplatePicker extends LightningElement {
  username = '';
  template = null;
  error;
  checking = false;
  labels = LABELS;
  lastChecked;

  get foundText() {
    return format(LABELS.VCC_Template_Found, this.template.name, this.template.role);
  }

  get callsText() {
    return this.template.needsAgentId ? LABELS.VCC_Template_Takes_Calls : LABELS.VCC_Template_No_Calls;
  }

  get countsText() {
    return format(LABELS.VCC_Template_Counts, this.template.skillCount, this.template.groupCount);
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
    this.error = undefined;
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
        this.error = error;
      }
    } finally {
      this.checking = false;
    }
  }

  setTemplate(template) {
    const changed = this.template !== template;
    this.template = template;
    if (changed) {
      this.dispatchEvent(new CustomEvent('templatechange', { detail: { template } }));
    }
  }
}
