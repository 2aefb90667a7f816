/** JavaScript the web app ships, gzip-compressed: on first load (index.html's entry scripts) and in all. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function webSizes(dist: string) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length;
  const firstLoad = [...new Set(entries)].reduce((sum, file) => sum + gz(file), 0);
  const all = readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gz(path.join('assets', f)), 0);
  return { firstLoadBytes: firstLoad, allBytes: all };
}
