/** Shared by the simulator's own tests: real HTTP against a started simulator. */
export const SEARCHAPI_KEY = 'demo-searchapi-key';
export const EBAY_APP = { id: 'demo-ebay-app-id', secret: 'demo-ebay-cert-id' };
export const EBAY_SANDBOX_APP = { id: 'demo-ebay-app-id-SBX', secret: 'demo-ebay-cert-id-SBX' };
export const API_SCOPE = 'https://api.ebay.com/oauth/api_scope';

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read loosely-typed provider JSON
export type Json = any;

export async function getJson(url: string, init?: RequestInit): Promise<JsonResponse<Json>> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}

/** `${base}/api/v1/search?...` with the demo key as Bearer. */
export function searchapi(base: string, params: Record<string, string | number>, key = SEARCHAPI_KEY) {
  const u = new URL('/api/v1/search', base);
  for (const [k, v] of Object.entries({ engine: 'ebay_search', ...params })) u.searchParams.set(k, String(v));
  return getJson(u.toString(), { headers: { Authorization: `Bearer ${key}` } });
}

export function tokenRequest(
  base: string,
  opts: {
    id?: string;
    secret?: string;
    grant?: string;
    scope?: string;
    contentType?: string;
    path?: string;
  } = {},
) {
  const id = opts.id ?? EBAY_APP.id;
  const secret = opts.secret ?? EBAY_APP.secret;
  const body = new URLSearchParams({
    grant_type: opts.grant ?? 'client_credentials',
    scope: opts.scope ?? API_SCOPE,
  });
  return getJson(`${base}${opts.path ?? ''}/identity/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': opts.contentType ?? 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
    },
    body: body.toString(),
  });
}

export async function mintToken(
  base: string,
  opts: Parameters<typeof tokenRequest>[1] = {},
): Promise<string> {
  const res = await tokenRequest(base, opts);
  if (res.status !== 200) throw new Error(`token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.access_token as string;
}

export function browse(
  base: string,
  token: string,
  params: Record<string, string | number>,
  headers: Record<string, string> = {},
  path = '',
) {
  const u = new URL(`${path}/buy/browse/v1/item_summary/search`, base);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, String(v));
  return getJson(u.toString(), { headers: { Authorization: `Bearer ${token}`, ...headers } });
}
