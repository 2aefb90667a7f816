/**
 * The path as the router reads it: percent-decoded, repeated slashes collapsed, lower case (the router
 * ignores case, duplicate and trailing slashes). Only for choosing between the API's JSON 404 and the
 * web app's page; access is never decided on a URL, always on the matched route.
 */
export function routerPath(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the router refuses it too; keep the raw path.
  }
  return decoded.replace(/\/{2,}/g, '/').toLowerCase();
}

export function isApiPath(url: string): boolean {
  const path = routerPath(url);
  return path === '/api' || path.startsWith('/api/');
}
