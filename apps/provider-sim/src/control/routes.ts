/** HTTP face of SimControl under `/_sim`. Errors use the product's shape `{error: {code, message, details?}}`. */
import { AppError } from '@kuya/shared';
import { z } from 'zod';
import { param, type RequestContext, readBody, sendJson } from '../http.ts';
import type { SimControl } from './control.ts';

const clockBodySchema = z.union([
  z.object({ advanceMs: z.number().finite() }).strict(),
  z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
]);

function fail(ctx: RequestContext, error: AppError): void {
  sendJson(ctx.res, error.status, { error: error.toBody() });
}

async function jsonBody(ctx: RequestContext): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await readBody(ctx.req);
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    fail(ctx, new AppError('BAD_JSON'));
    return { ok: false };
  }
}

/** Runs an operation that validates its input; a ZodError becomes a 422. */
function attempt(ctx: RequestContext, op: () => unknown): void {
  try {
    sendJson(ctx.res, 200, op());
  } catch (err) {
    if (err instanceof z.ZodError) fail(ctx, new AppError('VALIDATION_FAILED', undefined, err.issues));
    else if (err instanceof TypeError) fail(ctx, new AppError('VALIDATION_FAILED', err.message));
    else throw err;
  }
}

export async function handleControl(control: SimControl, ctx: RequestContext, path: string): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /_sim/health':
      return sendJson(ctx.res, 200, { ok: true });
    case 'GET /_sim/counters': {
      const since = param(ctx.url, 'since');
      const endpoint = param(ctx.url, 'endpoint');
      return sendJson(
        ctx.res,
        200,
        control.counters({
          ...(since !== undefined ? { since: Number(since) } : {}),
          ...(endpoint ? { endpoint } : {}),
        }),
      );
    }
    case 'POST /_sim/reset':
      await readBody(ctx.req);
      control.reset();
      return sendJson(ctx.res, 200, { ok: true });
    case 'GET /_sim/faults':
      return sendJson(ctx.res, 200, control.faults());
    case 'DELETE /_sim/faults':
      return sendJson(ctx.res, 200, control.clearFaults());
    case 'POST /_sim/faults': {
      const body = await jsonBody(ctx);
      if (body.ok)
        attempt(ctx, () => control.setFaults(body.value as Parameters<SimControl['setFaults']>[0]));
      return;
    }
    case 'GET /_sim/quotas':
      return sendJson(ctx.res, 200, control.quotas());
    case 'POST /_sim/quotas': {
      const body = await jsonBody(ctx);
      if (body.ok)
        attempt(ctx, () => control.setQuotas(body.value as Parameters<SimControl['setQuotas']>[0]));
      return;
    }
    case 'GET /_sim/clock':
      return sendJson(ctx.res, 200, control.clock());
    case 'POST /_sim/clock': {
      const body = await jsonBody(ctx);
      if (!body.ok) return;
      return attempt(ctx, () => {
        const parsed = clockBodySchema.parse(body.value);
        return 'advanceMs' in parsed ? control.advanceClock(parsed.advanceMs) : control.setClock(parsed.now);
      });
    }
    case 'GET /_sim/truth': {
      const q = param(ctx.url, 'q');
      if (!q) return fail(ctx, new AppError('VALIDATION_FAILED', 'Query parameter q is required.'));
      const labels = param(ctx.url, 'labels');
      return sendJson(ctx.res, 200, control.truth(q, { labels: labels === '1' || labels === 'true' }));
    }
    case 'GET /_sim/catalogue':
      return sendJson(ctx.res, 200, { identities: control.catalogue() });
  }
  const listing = /^\/_sim\/listings\/(\d+)$/.exec(path);
  if (method === 'GET' && listing?.[1]) {
    const truth = control.listing(listing[1]);
    return truth
      ? sendJson(ctx.res, 200, truth)
      : fail(ctx, new AppError('NOT_FOUND', 'No listing with this item id.'));
  }
  fail(ctx, new AppError('NOT_FOUND'));
}
