// @salesforce/apex/VccUserCreationController.<method> in the local preview: POST /apex/VccUserCreationController/<method>
// with the parameters as JSON. Errors come back in the Apex shape, { body: { message }, status }.
export async function callApex(method, params) {
  let response;
  try {
    response = await fetch(`/apex/VccUserCreationController/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params || {})
    });
  } catch (error) {
    throw {
      body: { message: `The local server cannot be reached (${error.message}). Is npm start still running?` },
      status: 0
    };
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw body && body.body
      ? body
      : { body: { message: `HTTP ${response.status}` }, status: response.status };
  }
  return body;
}
