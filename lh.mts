import { auditPages } from './scripts/bench/lighthouse.ts';
import { precompress, serve } from './scripts/bench/serve.ts';
const dist = process.argv[2] ?? 'dist';
precompress(dist);
const server = await serve(dist);
const paths = (process.argv[3] ?? '/articles/putin-zelensky-meeting/').split(',');
const r = await auditPages(paths.map((p) => server.origin + p));
for (const [u, a] of r)
  console.log(
    u.slice(server.origin.length),
    a instanceof Error
      ? a.message
      : JSON.stringify({ s: a.scores, lcp: Math.round(a.lcpMs), cls: a.cls, losses: a.losses }),
  );
await server.close();
