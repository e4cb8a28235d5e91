/**
 * The template user and the tenant's keys (usernames and agent IDs), as the service's operations read them:
 * errors an admin can act on (an unknown or archived template, VCC not answering), and a short reuse for the
 * tab's checks, which ask again as the admin changes the view. A job always reads its own, once.
 */
import { format, LABELS, usernameKey } from '../core';
import { VccError, type VccClient } from '../vcc/client';
import { loadTemplate, TemplateError, type VccTemplate } from '../vcc/creator';
import type { VccDirectory } from '../vcc/directory';
import { ServiceError } from './errors';

/** How long a template read for the checks is reused, in milliseconds. */
const CHECK_CACHE_MS = 30_000;

export interface TemplateRead {
  template: VccTemplate;
  directory: VccDirectory;
}

export class TemplateReader {
  private cache: { key: string; at: number; value: Promise<TemplateRead> } | null = null;

  constructor(private readonly vcc: VccClient) {}

  /** The template `username` (trimmed, not blank) and the tenant's keys; `cached` reuses a recent read. */
  async read(username: string, cached: boolean): Promise<TemplateRead> {
    const key = usernameKey(username) ?? '';
    if (cached && this.cache?.key === key && Date.now() - this.cache.at < CHECK_CACHE_MS) {
      return this.cache.value;
    }
    const value = this.readNow(username);
    this.cache = { key, at: Date.now(), value };
    value.catch(() => {
      if (this.cache?.value === value) {
        this.cache = null;
      }
    });
    return value;
  }

  private async readNow(username: string): Promise<TemplateRead> {
    let directory: VccDirectory;
    try {
      directory = await this.vcc.readDirectory();
    } catch (error) {
      throw vccFailure(LABELS.VCC_Op_Read_Vcc_Users_Failed, error);
    }
    try {
      return { template: await loadTemplate(this.vcc, username, directory), directory };
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new ServiceError(error.message, error.code === 'TEMPLATE_NOT_FOUND' ? 404 : 400);
      }
      throw vccFailure(LABELS.VCC_Op_Read_Template_Failed, error);
    }
  }
}

/** A VCC failure as the service answers it: a ServiceError (502), `template` (a label) filled with VCC's reason. */
export function vccFailure(template: string, error: unknown): unknown {
  if (error instanceof VccError) {
    return new ServiceError(format(template, error.message), 502);
  }
  return error;
}
