/** Application access tokens minted by the simulated OAuth server; they expire on the simulated clock. */
import { randomBytes } from 'node:crypto';

export type EbayEnvironment = 'production' | 'sandbox';

export interface TokenGrant {
  appId: string;
  environment: EbayEnvironment;
  scopes: string[];
  /** Simulated-clock epoch ms. */
  expiresAt: number;
}

/** eBay tokens are long ("thousands of characters"); the prefix mirrors real ones. */
const TOKEN_PREFIX = 'v^1.1#i^1#p^1#r^0#I^3#f^0#t^H4sIAAAAAAAA/';

export class TokenStore {
  private readonly grants = new Map<string, TokenGrant>();

  constructor(private readonly now: () => number) {}

  mint(appId: string, environment: EbayEnvironment, scopes: string[], ttlSeconds: number): string {
    if (this.grants.size > 10_000) this.prune();
    const token = TOKEN_PREFIX + randomBytes(1200).toString('base64');
    this.grants.set(token, { appId, environment, scopes, expiresAt: this.now() + ttlSeconds * 1000 });
    return token;
  }

  /** The grant behind a token, or null when it is unknown or expired. */
  valid(token: string): TokenGrant | null {
    const grant = this.grants.get(token);
    if (!grant || grant.expiresAt <= this.now()) return null;
    return grant;
  }

  /** The app id a token was minted for, expired or not (for counters). */
  appOf(token: string): string | null {
    return this.grants.get(token)?.appId ?? null;
  }

  clear(): void {
    this.grants.clear();
  }

  private prune(): void {
    const now = this.now();
    for (const [token, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(token);
  }
}
