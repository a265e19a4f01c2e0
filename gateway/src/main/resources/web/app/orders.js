// The orders the portfolio, order and what-if pages look at: the order book (when the officer's key
// may read it) or an NDJSON file of orders, one POST /api/v1/scores body per line.
import { getAllPages, getJson } from './api.js';

let current = { source: null, orders: [] };
const listeners = [];

export function orders() {
  return current.orders;
}

export function source() {
  return current.source;
}

export function onChange(fn) {
  listeners.push(fn);
}

function set(source, list) {
  current = { source, orders: list };
  listeners.forEach(fn => fn());
}

export async function loadOrderBook() {
  const summaries = await getAllPages('/api/v1/orders?status=OPEN&limit=500');
  const limited = summaries.slice(0, 1000);
  const full = [];
  for (let i = 0; i < limited.length; i += 8) {
    const chunk = await Promise.all(limited.slice(i, i + 8).map(s => getJson('/api/v1/orders/' + encodeURIComponent(s.poNumber))));
    full.push(...chunk.map(stored => stored.order));
  }
  set(`the order book (${full.length} open orders)`, full);
}

export function loadNdjson(name, text) {
  const list = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      list.push(JSON.parse(line));
    } catch (e) {
      throw new Error(`${name}, line ${i + 1}: not JSON (${e.message})`);
    }
  });
  if (list.length === 0) throw new Error(name + ' holds no orders');
  if (list.length > 1000) throw new Error(name + ' holds more than 1,000 orders; the portfolio takes 1,000 at most');
  set(`${name} (${list.length} orders)`, list);
}

/** The orders as of a date (the answers' date), without fields the batch would refuse twice. */
export function asOf(date) {
  return current.orders.map(o => ({ ...o, asOf: date }));
}

export function currencies() {
  return [...new Set(current.orders.map(o => o.currency))].sort();
}

export function find(poNumber) {
  return current.orders.find(o => o.poNumber === poNumber);
}
