import { defineMiddleware } from 'astro:middleware';
import { buildClock } from './integrations/build-clock.ts';

/**
 * At build time, with BUILD_TIMINGS set (the benchmark), time each page's render on our
 * own clock; otherwise do nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const clock = buildClock();
  if (!clock) return next();
  const started = performance.now();
  const response = await next();
  clock.routes[context.url.pathname] = performance.now() - started;
  return response;
});
