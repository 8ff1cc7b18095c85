/**
 * The error catalogue: every error a client or operator can see has a stable code here,
 * with its HTTP status and default message. Responses always have the shape
 * `{ "error": { "code", "message", "details"? } }`.
 */
import { z } from 'zod';

export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 422, message: 'The request is not valid.' },
  BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as application/json.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  NOT_FOUND: { status: 404, message: 'Nothing is here.' },
  SEARCH_NOT_FOUND: { status: 404, message: 'No search with this id exists (it may have expired).' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; slow down and retry later.' },
  UNAUTHORIZED: { status: 401, message: 'Authentication is required.' },
  REDIS_UNAVAILABLE: { status: 503, message: 'The job store is unavailable; retry shortly.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  PROVIDER_AUTH: { status: 502, message: 'The provider rejected our credentials.' },
  PROVIDER_QUOTA_EXHAUSTED: {
    status: 503,
    message: 'The provider quota is exhausted until its window resets.',
  },
  PROVIDER_RATE_LIMITED: { status: 503, message: 'The provider is throttling us; the job will be retried.' },
  PROVIDER_BAD_RESPONSE: { status: 502, message: 'The provider answered with data we could not read.' },
  PROVIDER_BAD_REQUEST: { status: 502, message: 'The provider rejected the request parameters.' },
  PROVIDER_TIMEOUT: { status: 504, message: 'The provider did not answer in time.' },
  PROVIDER_UNAVAILABLE: { status: 502, message: 'The provider is unavailable.' },
  SEARCH_FAILED: { status: 502, message: 'The search could not be completed.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const errorCodes = Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]];

export const errorBodySchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
export const errorResponseSchema = z.object({ error: errorBodySchema });

/** An error that knows its catalogue code; thrown anywhere, rendered by the API's error handler. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/**
 * BullMQ keeps only a job's failure message (`failedReason`), so worker errors carry their catalogue code as
 * a message prefix: `PROVIDER_AUTH: searchapi rejected the API key (HTTP 401)`.
 */
export function formatFailedReason(code: ErrorCode, detail: string): string {
  return `${code}: ${detail}`;
}

const FAILED_REASON = /^([A-Z][A-Z_]*): /;

/** The catalogue code at the start of a failed reason, or null (e.g. "job stalled more than allowable limit"). */
export function failedReasonCode(reason: string | null | undefined): ErrorCode | null {
  const code = reason ? FAILED_REASON.exec(reason)?.[1] : undefined;
  return code !== undefined && code in ERROR_CATALOGUE ? (code as ErrorCode) : null;
}

/** The text after the code prefix (the whole reason when it has none). */
export function failedReasonDetail(reason: string): string {
  return failedReasonCode(reason) ? reason.replace(FAILED_REASON, '') : reason;
}
