/** A provider call that failed, with its catalogue code (the code also prefixes the message, see formatFailedReason). */
import { type ErrorCode, formatFailedReason, type Provider } from '@kuya/shared';

export type ProviderErrorCode = Extract<ErrorCode, `PROVIDER_${string}`>;

export interface ProviderErrorInfo {
  /** HTTP status the provider answered with, when it answered. */
  status?: number;
  /** The provider's own error id (eBay `errorId`). */
  providerErrorId?: number;
  /** From a `Retry-After` header. */
  retryAfterMs?: number;
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    readonly code: ProviderErrorCode,
    readonly provider: Provider,
    detail: string,
    readonly info: ProviderErrorInfo = {},
  ) {
    super(formatFailedReason(code, `${provider}: ${detail}`));
  }
}

/** Codes a retry cannot fix: the job fails at once instead of burning attempts and provider calls. */
export const UNRECOVERABLE_PROVIDER_CODES: ReadonlySet<ProviderErrorCode> = new Set([
  'PROVIDER_AUTH',
  'PROVIDER_QUOTA_EXHAUSTED',
  'PROVIDER_BAD_REQUEST',
]);
