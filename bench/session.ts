/** Signing in over HTTP as a browser does: the session cookie and the CSRF token for mutations. */
export type Session = { cookie: string; csrf: string };

export async function login(base: string, username: string, password = 'demo1234'): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** Headers of a JSON mutation by `session`. */
export const writeHeaders = (session: Session) => ({
  cookie: session.cookie,
  'x-csrf-token': session.csrf,
  'content-type': 'application/json',
});
