/** The errors of VCC calls, saying what happened and what to check; never the client secret. */
import { format, LABELS, type ResultCode } from '../core';
import type { Attempt } from './request';

/** A VCC call that failed for good; `code` is a result code of the contract. */
export class VccError extends Error {
  constructor(
    readonly code: ResultCode,
    message: string,
    readonly status: number | null,
    readonly vccMessage: string | null,
    /** True when a POST may have been applied although no success came back. */
    readonly ambiguous = false
  ) {
    super(message);
    this.name = 'VccError';
  }
}

/** VCC_UNREACHABLE naming the host and the network error. */
export function unreachableError(url: string, error: string | null): VccError {
  return new VccError(
    'VCC_UNREACHABLE',
    format(LABELS.VCC_Op_Vcc_Unreachable, hostOf(url), error ?? LABELS.VCC_Op_No_Connection),
    null,
    error
  );
}

/** Why no token came (429 and 5xx aside): the network, a wrong URL, refused credentials, a missing scope. */
export function tokenFailure(
  result: Attempt,
  url: string,
  scope: string,
  scrub: (text: string | null) => string | null
): VccError {
  const body = result.body as { error?: unknown } | null;
  const error = typeof body?.error === 'string' ? scrub(body.error) : null;
  const status = result.status;
  if (status === null) {
    return result.unreachable
      ? unreachableError(url, result.error)
      : new VccError(
          'VCC_UNAVAILABLE',
          format(LABELS.VCC_Op_Token_No_Answer, hostOf(url), String(result.error)),
          null,
          result.error
        );
  }
  if (status === 401 || error === 'invalid_client' || error === 'unauthorized_client') {
    const message = format(LABELS.VCC_Op_Token_Refused, error ?? `HTTP ${status}`);
    return new VccError('UNAUTHORIZED', message, status, error);
  }
  if (status === 403 || error === 'invalid_scope') {
    const message = format(LABELS.VCC_Op_Token_Scope_Refused, scope, error ?? `HTTP ${status}`);
    return new VccError('FORBIDDEN', message, status, error);
  }
  if (error !== null) {
    return new VccError('UNAUTHORIZED', format(LABELS.VCC_Op_Token_Missing, error), status, error);
  }
  const message = format(LABELS.VCC_Op_Token_Url_Wrong, url, status);
  return new VccError('VCC_UNREACHABLE', message, status, `HTTP ${status}`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
