import { z } from 'astro/zod';

/**
 * An object that rejects unknown fields with a message listing the allowed ones, so a
 * misspelt field (`titel:`) fails the build instead of being silently dropped.
 */
export function strictEntry<T extends z.ZodRawShape>(shape: T, what: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `“${k}”`).join(', ')} in ${what}: fix the spelling or remove it (allowed: ${allowed})`
        : undefined,
  });
}
