/**
 * One way to read errors everywhere in the tab: Apex errors ({ body: { message } }), UI API page and field errors,
 * JavaScript errors and plain strings become a list of messages an admin can read.
 */
import { LABELS } from 'c/vccLabels';

export function reduceErrors(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  const messages = list
    .filter((error) => error !== undefined && error !== null)
    .flatMap((error) => {
      if (typeof error === 'string') {
        return [error];
      }
      const body = error.body;
      if (Array.isArray(body)) {
        return body.map((item) => item && item.message);
      }
      if (body && Array.isArray(body.pageErrors) && body.pageErrors.length > 0) {
        return body.pageErrors.map((item) => item.message);
      }
      if (body && body.fieldErrors && Object.keys(body.fieldErrors).length > 0) {
        return Object.values(body.fieldErrors).flatMap((items) => items.map((item) => item.message));
      }
      if (body && typeof body.message === 'string') {
        return [body.message];
      }
      if (typeof error.message === 'string') {
        return [error.message];
      }
      return [error.statusText];
    })
    .filter((message) => typeof message === 'string' && message.trim() !== '');
  return messages.length > 0 || list.length === 0 ? messages : [LABELS.VCC_Error_Unknown];
}
