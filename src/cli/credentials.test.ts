/** Where the client secret comes from, where credentials may be sent, and the state directory's permissions. */
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ServiceError } from '../service/errors';
import {
  assertCredentialsMayGoTo,
  CLIENT_SECRET_WARNING,
  clientSecretFrom,
  ensurePrivateDir,
  isLoopbackHost,
  readSecretFile,
  vccCredentials
} from './credentials';
import { setupOptionsFrom } from './setup';

const SECRET = 'credentials-test-secret-7Qm2';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcc-credentials-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.255.3.4', 'localhost', 'LOCALHOST', 'vcc.localhost', '[::1]', '::1'])(
    '%s stays on this computer',
    (host) => expect(isLoopbackHost(host)).toBe(true)
  );
  it.each([
    '128.0.0.1',
    '127.0.0.1.evil.example',
    'localhost.evil.example',
    '10.0.0.1',
    '127.0.0',
    '0.0.0.0',
    '[::2]'
  ])('%s does not', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('assertCredentialsMayGoTo', () => {
  it.each([
    'https://emea.api.newvoicemedia.com',
    'https://emea.newvoicemedia.com/Auth/connect/token',
    'http://127.0.0.1:4010',
    'http://localhost:8080/vcc',
    'http://[::1]:4010'
  ])('lets %s through', (url) => expect(() => assertCredentialsMayGoTo(url, '--vcc-url')).not.toThrow());

  it('refuses plain http to another computer, naming the URL and saying to use https', () => {
    const attempt = () => assertCredentialsMayGoTo('http://vcc.example.com/api?x=1', '--vcc-url');
    expect(attempt).toThrow(ServiceError);
    expect(attempt).toThrow(
      'Refusing to send credentials to http://vcc.example.com/api over plain http: use https:// (--vcc-url).'
    );
    expect(() => assertCredentialsMayGoTo('http://127.0.0.1.nip.io:4010', '--vcc-token-url')).toThrow(
      /over plain http: use https:\/\//
    );
  });

  it('refuses other schemes, non-URLs and credentials inside the URL, without repeating them', () => {
    expect(() => assertCredentialsMayGoTo('ftp://vcc.example.com', '--vcc-url')).toThrow(
      "--vcc-url 'ftp://vcc.example.com' must be an https:// URL."
    );
    expect(() => assertCredentialsMayGoTo('vcc.example.com', '--vcc-url')).toThrow('is not a URL');
    let message = '';
    try {
      assertCredentialsMayGoTo(`https://client:${SECRET}@vcc.example.com`, '--vcc-url');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('must not hold a user name or password');
    expect(message).not.toContain(SECRET);
  });
});

describe('the client secret', () => {
  it('is read from a file, trimmed', () => {
    const file = path.join(dir, 'secret');
    writeFileSync(file, `  ${SECRET}\n`);
    expect(readSecretFile(file)).toBe(SECRET);
    const warnings: string[] = [];
    expect(clientSecretFrom({ 'client-secret-file': file }, (line) => warnings.push(line))).toBe(SECRET);
    expect(warnings).toEqual([]);
  });

  it('an unreadable or empty file is bad input that names the file, not its content', () => {
    const missing = path.join(dir, 'missing');
    expect(() => readSecretFile(missing)).toThrow(`Cannot read --client-secret-file ${missing} (ENOENT).`);
    expect(() => readSecretFile(dir)).toThrow(/Cannot read --client-secret-file .* \(EISDIR\)/);
    const empty = path.join(dir, 'empty');
    writeFileSync(empty, ' \n');
    expect(() => readSecretFile(empty)).toThrow(`--client-secret-file ${empty} is empty.`);
    try {
      readSecretFile(missing);
    } catch (error) {
      expect((error as ServiceError).status).toBe(400);
    }
  });

  it('on the command line is warned about once, pointing to VCC_CLIENT_SECRET and --client-secret-file', () => {
    const warnings: string[] = [];
    expect(clientSecretFrom({ 'client-secret': SECRET }, (line) => warnings.push(line))).toBe(SECRET);
    expect(warnings).toEqual([CLIENT_SECRET_WARNING]);
    expect(CLIENT_SECRET_WARNING).toContain('VCC_CLIENT_SECRET');
    expect(CLIENT_SECRET_WARNING).toContain('--client-secret-file');
    expect(CLIENT_SECRET_WARNING).not.toContain('\n');
  });

  it('may not be given both ways', () => {
    expect(() =>
      clientSecretFrom({ 'client-secret': SECRET, 'client-secret-file': 'x' }, () => undefined)
    ).toThrow('Give the client secret once');
  });

  it('setupOptionsFrom takes it from the flags', () => {
    const file = path.join(dir, 'secret');
    writeFileSync(file, SECRET);
    expect(setupOptionsFrom({ 'client-secret-file': file }, () => undefined).clientSecret).toBe(SECRET);
    expect(setupOptionsFrom({}, () => undefined).clientSecret).toBeUndefined();
  });
});

describe('vccCredentials', () => {
  const env = { VCC_CLIENT_ID: 'env-id', VCC_CLIENT_SECRET: SECRET };
  it('gives a real VCC the given credentials, else the environment', () => {
    expect(vccCredentials({}, true, env)).toEqual({ clientId: 'env-id', clientSecret: SECRET });
    expect(vccCredentials({ clientSecret: 'given' }, true, env)).toEqual({
      clientId: 'env-id',
      clientSecret: 'given'
    });
  });
  it("never gives the environment's secret to the local simulator", () => {
    expect(vccCredentials({}, false, env)).toEqual({ clientId: 'demo-client', clientSecret: 'demo-secret' });
  });
});

describe('ensurePrivateDir', () => {
  const mode = (target: string) => statSync(target).mode & 0o777;
  it('creates the directory for its owner only', () => {
    const target = path.join(dir, 'a', '.vcc-data');
    ensurePrivateDir(target, false);
    expect(mode(target)).toBe(0o700);
  });
  it("tightens the project's own directory, and leaves one the user chose as it is", () => {
    const own = path.join(dir, 'own');
    const chosen = path.join(dir, 'chosen');
    mkdirSync(own);
    mkdirSync(chosen);
    chmodSync(own, 0o755);
    chmodSync(chosen, 0o755);
    ensurePrivateDir(own, true);
    ensurePrivateDir(chosen, false);
    expect(mode(own)).toBe(0o700);
    expect(mode(chosen)).toBe(0o755);
  });
});
