// The public API with the officer's own key. The key lives in sessionStorage (as Swagger UI's
// "Authorize" keeps it) and travels only in the X-API-Key header, never in a URL.
const KEY = 'procrisk.apiKey';

export function key() {
  return sessionStorage.getItem(KEY);
}

export function setKey(value) {
  if (value) sessionStorage.setItem(KEY, value); else sessionStorage.removeItem(KEY);
}

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = (problem && problem.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
    super(`${status} ${problem && (problem.detail || problem.title) || ''}${fields ? ' (' + fields + ')' : ''}`.trim());
    this.status = status;
    this.problem = problem;
  }
}

export async function call(method, path, { json, body, contentType, accept } = {}) {
  if (!key()) throw new ApiError(401, { title: 'Enter an API key first (top right)' });
  const headers = { 'X-API-Key': key(), 'Accept': accept || 'application/json' };
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  else if (contentType) headers['Content-Type'] = contentType;
  const r = await fetch(path, { method, headers, body, credentials: 'omit', cache: 'no-store' });
  if (!r.ok) {
    let problem = null;
    try { problem = await r.json(); } catch (e) { /* not problem+json */ }
    throw new ApiError(r.status, problem);
  }
  return r;
}

export async function getJson(path) {
  return (await call('GET', path)).json();
}

export async function postJson(path, json) {
  return (await call('POST', path, { json })).json();
}

/** Every page of a list that pages with Link: <...>; rel="next". */
export async function getAllPages(path) {
  const items = [];
  let next = path;
  while (next) {
    const r = await call('GET', next);
    const pageItems = await r.json();
    items.push(...(Array.isArray(pageItems) ? pageItems : pageItems.items || []));
    const link = r.headers.get('Link') || '';
    const m = link.match(/<([^>]+)>\s*;\s*rel="next"/);
    next = m ? new URL(m[1], location.origin).pathname + new URL(m[1], location.origin).search : null;
  }
  return items;
}

/** The NDJSON batch: one answer per order, then a summary line. */
export async function scoreBatch(orders, detail) {
  const body = orders.map(o => JSON.stringify(o)).join('\n') + '\n';
  const r = await call('POST', '/api/v1/scores/batch?detail=' + detail, { body, contentType: 'application/x-ndjson', accept: 'application/x-ndjson' });
  const text = await r.text();
  return text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
}
