// @salesforce/apex/VccUserCreationController.<method> in the local preview: POST /apex/VccUserCreationController/<method>
// with the parameters as JSON and the page's token in X-VCC-Token (the app gives it only to its own page, and
// refuses every call without it). Errors come back in the Apex shape, { body: { message }, status }.
const TOKEN_META = document.querySelector('meta[name="vcc-token"]');
const TOKEN = TOKEN_META ? TOKEN_META.getAttribute('content') : '';

export async function callApex(method, params) {
  let response;
  try {
    response = await fetch(`/apex/VccUserCreationController/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vcc-token': TOKEN },
      body: JSON.stringify(params || {}),
      credentials: 'omit',
      cache: 'no-store'
    });
  } catch (error) {
    throw {
      body: { message: `The local server cannot be reached (${error.message}). Is npm start still running?` },
      status: 0
    };
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw body && body.body
      ? body
      : { body: { message: `HTTP ${response.status}` }, status: response.status };
  }
  return body;
}
