/**
 * Where the VCC client secret comes from, and where credentials may go. Used by vcc-users and npm start
 * (through setup.ts): the secret is read from VCC_CLIENT_SECRET, a file or (with a warning) the command line,
 * never printed; credentials are sent only over https, or over plain http to this computer.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../service/errors';

/** Said on stderr when the secret is given on the command line, where other local users can read it. */
export const CLIENT_SECRET_WARNING =
  'warning: --client-secret on the command line can be read by other users of this computer (in the process ' +
  'list and your shell history); set VCC_CLIENT_SECRET or use --client-secret-file FILE instead.';

/** 127.0.0.0/8, localhost (and *.localhost) and ::1: names that never leave this computer. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === 'localhost' || name.endsWith('.localhost') || name === '::1') {
    return true;
  }
  const octets = name.split('.');
  return (
    octets.length === 4 &&
    octets[0] === '127' &&
    octets.every((part) => /^\d{1,3}$/.test(part) && Number(part) < 256)
  );
}

/**
 * Throws (bad input, exit 2) unless credentials may be sent to `url`: https, or http to a loopback host; no
 * user name or password inside the URL (it would be printed with it).
 */
export function assertCredentialsMayGoTo(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServiceError(`${what} '${url}' is not a URL: give it as https://host/...`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ServiceError(
      `${what} must not hold a user name or password: give the credentials with --client-id and ` +
        'VCC_CLIENT_SECRET or --client-secret-file.'
    );
  }
  const shown = `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  if (parsed.protocol === 'https:') {
    return;
  }
  if (parsed.protocol === 'http:') {
    if (isLoopbackHost(parsed.hostname)) {
      return;
    }
    throw new ServiceError(
      `Refusing to send credentials to ${shown} over plain http: use https:// (${what}).`
    );
  }
  throw new ServiceError(`${what} '${shown}' must be an https:// URL.`);
}

/** The secret in `file`, trimmed; a clear error (bad input) when it cannot be read or is empty. */
export function readSecretFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ServiceError(`Cannot read --client-secret-file ${path.resolve(file)} (${code}).`);
  }
  const secret = text.trim();
  if (secret === '') {
    throw new ServiceError(`--client-secret-file ${path.resolve(file)} is empty.`);
  }
  return secret;
}

/**
 * The client secret of the command line: --client-secret (warned about) or --client-secret-file, not both;
 * undefined when neither is given.
 */
export function clientSecretFrom(
  values: { 'client-secret'?: string | boolean; 'client-secret-file'?: string | boolean },
  warn: (line: string) => void
): string | undefined {
  const inline = values['client-secret'];
  const file = values['client-secret-file'];
  if (typeof inline === 'string' && typeof file === 'string') {
    throw new ServiceError('Give the client secret once: --client-secret-file or --client-secret, not both.');
  }
  if (typeof file === 'string') {
    return readSecretFile(file);
  }
  if (typeof inline === 'string') {
    warn(CLIENT_SECRET_WARNING);
    return inline;
  }
  return undefined;
}

/**
 * The state directory, readable by its owner only (0700): created so, or tightened when it is the project's
 * own `.vcc-data` (a directory given with --state-dir keeps the permissions its owner chose).
 */
export function ensurePrivateDir(dir: string, own: boolean): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  } else if (own && process.platform !== 'win32') {
    chmodSync(dir, 0o700);
  }
}

/**
 * The VCC client's credentials. A real VCC (`--vcc-url`) gets the given ones, else VCC_CLIENT_ID and
 * VCC_CLIENT_SECRET; the local simulator gets only what was given on the command line, else its demo
 * credentials: a real secret in the environment never goes to whatever answers on the simulator's port.
 */
export function vccCredentials(
  given: { clientId?: string; clientSecret?: string },
  realVcc: boolean,
  env: NodeJS.ProcessEnv = process.env
): { clientId: string; clientSecret: string } {
  return {
    clientId: given.clientId ?? (realVcc ? env.VCC_CLIENT_ID : undefined) ?? 'demo-client',
    clientSecret: given.clientSecret ?? (realVcc ? env.VCC_CLIENT_SECRET : undefined) ?? 'demo-secret'
  };
}
