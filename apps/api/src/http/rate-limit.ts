/**
 * Per-client fixed-window rate limit in Redis, so every API process shares one budget per IP.
 * Fails open when Redis is down: the job store's own 503 tells the client what happened.
 */
import { AppError, rateLimitKey } from '@kuya/shared';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';

export function rateLimit(redis: Redis, perMinute: number): RequestHandler {
  return async (req, res, next) => {
    const window = Math.floor(Date.now() / 60_000);
    const key = rateLimitKey(req.ip ?? 'unknown', window);
    let count: number;
    try {
      const [[, n]] = (await redis.multi().incr(key).expire(key, 61).exec()) as [[null, number]];
      count = n;
    } catch {
      return next();
    }
    res.setHeader('RateLimit-Limit', String(perMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, perMinute - count)));
    if (count > perMinute) {
      res.setHeader('Retry-After', String(60 - Math.floor((Date.now() / 1000) % 60)));
      return next(
        new AppError('RATE_LIMITED', `More than ${perMinute} requests in a minute; retry after the window.`),
      );
    }
    next();
  };
}
