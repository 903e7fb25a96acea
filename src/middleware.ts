import { defineMiddleware } from 'astro:middleware';
import { buildClock, timeRender } from './integrations/build-clock.ts';

/**
 * At build time, with BUILD_TIMINGS set (the benchmark), time each page's render on our
 * own clock; otherwise do nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!buildClock()) return next();
  const done = timeRender(context.url.pathname);
  try {
    return await next();
  } finally {
    done();
  }
});
