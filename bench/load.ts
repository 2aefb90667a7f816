/**
 * Load from the benchmark's process against the server's process, with autocannon. Latencies are
 * taken per response (autocannon's own histogram has no p95).
 */
import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './measure.ts';

export type LoadFigures = Percentiles & {
  rps: number;
  total: number;
  errors: number;
  non2xx: number;
  seconds: number;
};

type Target = { path: string; method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };

async function fire(
  url: string,
  targets: Target[],
  options: { connections: number; seconds: number; rate?: number },
): Promise<LoadFigures> {
  const samples: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 120,
        ...(options.rate ? { overallRate: options.rate } : {}),
        requests: [
          {
            // Round-robin over the targets (different tasks and officers for writes).
            setupRequest: (request) => {
              const target = targets[next++ % targets.length]!;
              return {
                ...request,
                method: target.method ?? 'GET',
                path: target.path,
                headers: target.headers,
                body: target.body,
              };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 400) samples.push(responseTime);
    });
  });
  return {
    ...percentiles(samples),
    rps: result.requests.total / result.duration,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    seconds: result.duration,
  };
}

/** GETs of one path from `connections` clients for `seconds`. */
export function loadGet(
  url: string,
  path: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
) {
  return fire(url, [{ path, headers }], { connections, seconds });
}

/** Writes at a fixed overall rate (requests per second), round-robin over `targets`. */
export function loadAtRate(url: string, targets: Target[], rate: number, connections: number, seconds: number) {
  return fire(url, targets, { connections, seconds, rate });
}
