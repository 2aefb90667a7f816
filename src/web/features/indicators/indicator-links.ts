/** Addresses of the indicator pages, in one place. */
export type IndicatorsQuery = {
  plan?: string;
  unit?: string;
  asOf?: string;
  pillar?: string;
  tier?: string;
  status?: string;
};

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const indicatorsPath = (query: IndicatorsQuery = {}) => withQuery('/indicators', query);
export const indicatorPath = (id: number, query: { unit?: string; plan?: string } = {}) =>
  withQuery(`/indicators/${id}`, query);
export const reviewPath = '/indicators/review';
export const tokensPath = '/indicators/tokens';
