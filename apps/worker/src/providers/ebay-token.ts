/**
 * eBay client-credentials token, shared by every worker process through Redis (providers.md B.1, C.2.1).
 * Refreshed early; minted single-flight: in-process by one shared promise, across processes by a Redis lock
 * (`SET NX PX`) that the others poll behind, so N workers mint one token, not N.
 */
import { randomUUID } from 'node:crypto';
import { ebayCredentialFingerprint, ebayTokenKey, ebayTokenLockKey, type Logger } from '@kuya/shared';
import type { Got } from 'got';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ProviderError } from './errors.ts';
import { excerpt, parseJson, retryAfterMs, send } from './http.ts';

export const EBAY_SCOPE = 'https://api.ebay.com/oauth/api_scope';

export interface EbayTokenOptions {
  http: Got;
  redis: Redis;
  /** e.g. https://api.ebay.com (config.ebayBaseUrl). */
  baseUrl: string;
  /** App id and cert id; undefined makes every call fail with PROVIDER_AUTH. */
  credentials: { appId: string; certId: string } | undefined;
  logger?: Logger;
  /** Mint a new token this long before the old one expires. @defaultValue 300000 (5 min, as PY-KUYA) */
  refreshMarginMs?: number;
  /** How long the mint lock is held at most. @defaultValue 15000 */
  lockTtlMs?: number;
  /** How long a caller waits for another process's mint. @defaultValue 20000 */
  waitTimeoutMs?: number;
  /** @defaultValue 50 */
  pollIntervalMs?: number;
}

interface StoredToken {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
}

const storedTokenSchema = z.object({ accessToken: z.string().min(1), expiresAt: z.number() });
const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  token_type: z.string().optional(),
});

/** A token this close to expiry is not handed out even while another process refreshes it. */
const MIN_USABLE_MS = 30_000;

const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const INVALIDATE = `local v = redis.call('GET', KEYS[1])
if v then
  local ok, t = pcall(cjson.decode, v)
  if (not ok) or t.accessToken == ARGV[1] then return redis.call('DEL', KEYS[1]) end
end
return 0`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class EbayTokenProvider {
  /** Tokens this process minted (the simulator's counters see all processes). */
  minted = 0;
  private readonly tokenKey: string;
  private readonly lockKey: string;
  private readonly url: string;
  private inflight: Promise<string> | null = null;

  constructor(private readonly options: EbayTokenOptions) {
    const fingerprint = ebayCredentialFingerprint(options.baseUrl, options.credentials?.appId ?? '');
    this.tokenKey = ebayTokenKey(fingerprint);
    this.lockKey = ebayTokenLockKey(fingerprint);
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/identity/v1/oauth2/token`;
  }

  /** A valid application token, from Redis when one is there. */
  getToken(): Promise<string> {
    this.inflight ??= this.obtain().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Drops `token` from the shared cache unless another process already replaced it. */
  async invalidate(token: string): Promise<void> {
    await this.options.redis.eval(INVALIDATE, 1, this.tokenKey, token);
  }

  private async read(): Promise<StoredToken | null> {
    const raw = await this.options.redis.get(this.tokenKey);
    if (!raw) return null;
    try {
      const parsed = storedTokenSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async obtain(): Promise<string> {
    const {
      redis,
      refreshMarginMs = 300_000,
      lockTtlMs = 15_000,
      waitTimeoutMs = 20_000,
      pollIntervalMs = 50,
    } = this.options;
    if (!this.options.credentials) {
      throw new ProviderError('PROVIDER_AUTH', 'ebay', 'EBAY_APP_ID / EBAY_CERT_ID are not set');
    }
    const deadline = Date.now() + waitTimeoutMs;
    for (;;) {
      const cached = await this.read();
      if (cached && cached.expiresAt - Date.now() > refreshMarginMs) return cached.accessToken;
      const lockId = randomUUID();
      if ((await redis.set(this.lockKey, lockId, 'PX', lockTtlMs, 'NX')) === 'OK') {
        try {
          const again = await this.read();
          if (again && again.expiresAt - Date.now() > refreshMarginMs) return again.accessToken;
          const minted = await this.mint();
          await redis.set(
            this.tokenKey,
            JSON.stringify(minted),
            'PX',
            Math.max(1, minted.expiresAt - Date.now()),
          );
          return minted.accessToken;
        } finally {
          await redis.eval(RELEASE_LOCK, 1, this.lockKey, lockId);
        }
      }
      // Another process is minting; an old token that is still good is fine meanwhile.
      if (cached && cached.expiresAt - Date.now() > MIN_USABLE_MS) return cached.accessToken;
      if (Date.now() > deadline) {
        throw new ProviderError(
          'PROVIDER_UNAVAILABLE',
          'ebay',
          'timed out waiting for another worker to mint a token',
        );
      }
      await sleep(pollIntervalMs);
    }
  }

  private async mint(): Promise<StoredToken> {
    const { http, logger, credentials } = this.options;
    const { appId, certId } = credentials as { appId: string; certId: string };
    const started = Date.now();
    const res = await send(http, 'ebay', this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${appId}:${certId}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: EBAY_SCOPE }).toString(),
    });
    if (res.status === 200) {
      const parsed = tokenResponseSchema.safeParse(parseJson('ebay', res));
      if (!parsed.success) {
        throw new ProviderError(
          'PROVIDER_BAD_RESPONSE',
          'ebay',
          'token response has no access_token/expires_in',
        );
      }
      this.minted++;
      logger?.info({ provider: 'ebay', expiresIn: parsed.data.expires_in }, 'minted eBay application token');
      return { accessToken: parsed.data.access_token, expiresAt: started + parsed.data.expires_in * 1000 };
    }
    let error = '';
    let description = '';
    try {
      const body = JSON.parse(res.body) as { error?: unknown; error_description?: unknown };
      error = typeof body.error === 'string' ? body.error : '';
      description = typeof body.error_description === 'string' ? body.error_description : '';
    } catch {
      description = res.body;
    }
    const detail = `token endpoint HTTP ${res.status} ${excerpt(`${error} ${description}`)}`.trim();
    const info = { status: res.status };
    if (res.status === 401 || error === 'invalid_client' || error === 'unauthorized_client') {
      throw new ProviderError('PROVIDER_AUTH', 'ebay', detail, info);
    }
    if (res.status === 429) {
      throw new ProviderError('PROVIDER_RATE_LIMITED', 'ebay', detail, {
        ...info,
        retryAfterMs: retryAfterMs(res.headers),
      });
    }
    if (res.status >= 500) throw new ProviderError('PROVIDER_UNAVAILABLE', 'ebay', detail, info);
    if (res.status === 400) throw new ProviderError('PROVIDER_BAD_REQUEST', 'ebay', detail, info);
    throw new ProviderError('PROVIDER_BAD_RESPONSE', 'ebay', detail, info);
  }
}
