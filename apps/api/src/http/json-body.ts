/** JSON bodies only, 16 kB at most; anything else is a clear 4xx, never a crash. */
import { AppError } from '@kuya/shared';
import express, { type RequestHandler } from 'express';

const parse = express.json({ limit: '16kb', strict: false });

export const jsonBody: RequestHandler = (req, res, next) => {
  if (!['POST', 'PUT', 'PATCH'].includes(req.method)) return next();
  if (!req.is('application/json')) {
    return next(
      new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as Content-Type: application/json.'),
    );
  }
  parse(req, res, next);
};
