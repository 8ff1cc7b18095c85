/** Renders every error in the catalogue shape; unknown errors become INTERNAL (and are logged). */
import { AppError, type Logger, Sentry } from '@kuya/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};

interface HttpishError {
  type?: string;
  status?: number;
  statusCode?: number;
  message?: string;
}

/** Maps body-parser and Redis failures onto catalogue codes. */
function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = err as HttpishError;
  if (e?.type === 'entity.parse.failed')
    return new AppError('BAD_JSON', `The request body is not valid JSON: ${e.message}`);
  if (e?.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return new AppError('UNSUPPORTED_MEDIA_TYPE', e.message);
  const msg = String(e?.message ?? '');
  if (
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|enableOfflineQueue|max retries per request/i.test(
      msg,
    )
  )
    return new AppError('REDIS_UNAVAILABLE');
  const status = e?.status ?? e?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new AppError('VALIDATION_FAILED', msg);
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = toAppError(err);
    const appError = known ?? new AppError('INTERNAL');
    if (!known || appError.status >= 500) {
      logger.error({ err, method: req.method, url: req.originalUrl, code: appError.code }, 'request failed');
      if (!known) Sentry.captureException(err);
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(appError.status).json({ error: appError.toBody() });
  };
}
