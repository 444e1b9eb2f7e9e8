// The daemon's REST API as the page calls it: /api + the unix socket API's
// paths (docs/api/daemon.yaml), JSON bodies, the session cookie.

/** An answer other than 2xx: its status and the daemon's own message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Called on any 401, so the page can show the login form.
let onUnauthorized = () => {};
export function setUnauthorizedHandler(fn) {
  onUnauthorized = fn;
}

async function errorOf(res) {
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    message = body.fault_message || body.error || message;
  } catch {
    // not JSON: the status line says enough
  }
  return new ApiError(res.status, message);
}

/**
 * One request. Resolves to the parsed JSON body (null for 204 or an empty
 * body); rejects with an ApiError carrying the daemon's message.
 */
export async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  } else if (method !== 'GET') {
    // The daemon refuses a state-changing request without this type (CSRF).
    init.headers['Content-Type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch('api' + path, init);
  } catch (e) {
    throw new ApiError(0, `the daemon did not answer (${e.message})`);
  }
  if (res.status === 401 && path !== '/login') {
    onUnauthorized();
  }
  if (!res.ok) {
    throw await errorOf(res);
  }
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);

/** A path segment (VM, snapshot and volume names are already safe; this is belt and braces). */
export const seg = (s) => encodeURIComponent(s);

export async function login(token) {
  await api('POST', '/login', { token });
}

export async function logout() {
  await api('POST', '/logout');
}
