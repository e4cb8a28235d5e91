/** Test helpers: raw HTTP calls to a simulator, as any client of VCC's API would make them. */
import { VCC_ACCEPT } from '../types';
import type { RunningSimulator } from './server';

export const agentUser = (username: string, agentId: string, phone: string | null = '+442079460999') => ({
  username,
  name: 'New Person',
  email: 'new.person@example.com',
  userAccountConfiguration: {
    role: 'Agent',
    actAsAgent: true,
    agentConfiguration: { agentDisplayId: agentId, telephonyAddress: { telephoneAddress: phone } }
  }
});

export async function token(sim: RunningSimulator, form: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sim.url}/Auth/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
      ...form
    }).toString()
  });
}

export async function bearer(sim: RunningSimulator, scope?: string): Promise<string> {
  const response = await token(sim, scope ? { scope } : {});
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One API call with the given bearer token, the response as it comes (a dropped connection rejects). */
export async function send(
  sim: RunningSimulator,
  accessToken: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<Response> {
  return fetch(`${sim.url}/useradmin${path}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      accept: VCC_ACCEPT,
      'content-type': 'application/json',
      ...headers
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
}

/** One API call with a fresh token of `scope`, its answer parsed. */
export async function api(
  sim: RunningSimulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  scope?: string
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await send(sim, await bearer(sim, scope), method, path, body, headers);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
}
