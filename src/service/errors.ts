/**
 * An error the caller can act on. `status` is what the HTTP bridge answers (400 bad input, 404 unknown,
 * 502 VCC or the org failed); the message is what the admin reads, as an AuraHandledException's would be.
 */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 404 | 409 | 500 | 502 = 400
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** The trimmed text of a required value; a ServiceError with `message` when it is blank. */
export function required(value: unknown, message: string): string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') {
    throw new ServiceError(message);
  }
  return text;
}
