// lightning/toast in the local preview: an SLDS toast in a live region, gone after a few seconds.
const VARIANTS = {
  success: 'slds-theme_success',
  warning: 'slds-theme_warning',
  error: 'slds-theme_error',
  info: 'slds-theme_info'
};

function container() {
  let region = document.querySelector('#toasts');
  if (!region) {
    region = document.createElement('div');
    region.id = 'toasts';
    region.className = 'slds-notify_container';
    region.setAttribute('aria-live', 'polite');
    document.body.appendChild(region);
  }
  return region;
}

export default {
  show({ label, message, variant = 'info' } = {}) {
    const toast = document.createElement('div');
    toast.className = `slds-notify slds-notify_toast ${VARIANTS[variant] || VARIANTS.info}`;
    toast.setAttribute('role', 'status');
    const content = document.createElement('div');
    content.className = 'slds-notify__content';
    const heading = document.createElement('h2');
    heading.className = 'slds-text-heading_small slds-m-bottom_xx-small';
    heading.textContent = label || '';
    const text = document.createElement('p');
    text.textContent = message || '';
    content.append(heading, text);
    toast.append(content);
    container().appendChild(toast);
    setTimeout(() => toast.remove(), 6000);
  }
};
