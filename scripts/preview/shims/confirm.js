// lightning/confirm in the local preview: the browser's own confirmation dialog.
export default {
  open({ message, label } = {}) {
    return Promise.resolve(window.confirm(label ? `${label}\n\n${message}` : message));
  }
};
