/** zod → 422 in the catalogue shape, with one readable line per problem. */
import { AppError } from '@kuya/shared';
import type { z } from 'zod';

export function parseOr422<T extends z.ZodType>(schema: T, value: unknown, what = 'body'): z.infer<T> {
  if (what === 'body' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw new AppError('VALIDATION_FAILED', 'The request body must be a JSON object.');
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message;
    return { path: path || what, message };
  });
  throw new AppError(
    'VALIDATION_FAILED',
    problems.map((p) => (p.message.startsWith(p.path) ? p.message : `${p.path}: ${p.message}`)).join('; '),
    { issues: problems },
  );
}
