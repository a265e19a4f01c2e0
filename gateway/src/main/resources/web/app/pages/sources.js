// The orders' source, shared by the portfolio and what-if pages.
import { h, status } from '../dom.js';
import * as orders from '../orders.js';

export function sourcePicker(onLoaded) {
  const label = h('span', { class: 'muted', id: 'orders-source' }, orders.source() ? 'Orders: ' + orders.source() : 'No orders loaded yet');
  const loaded = () => {
    label.textContent = 'Orders: ' + orders.source();
    onLoaded();
  };
  const file = h('input', { type: 'file', id: 'orders-file', accept: '.ndjson,.jsonl,.json,application/x-ndjson' });
  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    try {
      orders.loadNdjson(f.name, await f.text());
      loaded();
    } catch (e) {
      status(e.message, true);
    }
  });
  return h('div', { class: 'controls-bar' },
    h('button', { type: 'button', id: 'load-order-book', onclick: async () => {
      status('Reading the order book…');
      try {
        await orders.loadOrderBook();
        status('');
        loaded();
      } catch (e) {
        status(e.message, true);
      }
    } }, 'Use the order book'),
    h('label', {}, 'or an NDJSON file of orders', file),
    label);
}

/** As-of date, reporting currency and the rates mixed currencies need. */
export function reportingInputs(state) {
  const currencies = orders.currencies();
  const rates = h('span', { class: 'controls-bar' });
  const reporting = h('select', { id: 'reporting-currency' }, currencies.map(c => h('option', { value: c }, c)));
  if (state.reportingCurrency && currencies.includes(state.reportingCurrency)) reporting.value = state.reportingCurrency;
  const drawRates = () => {
    state.reportingCurrency = reporting.value;
    rates.replaceChildren(...currencies.filter(c => c !== reporting.value).map(c => {
      const input = h('input', { type: 'number', step: 'any', min: '0', id: 'fx-' + c, value: state.fxRates[c] ?? '',
        'aria-label': `${reporting.value} per ${c}` });
      input.addEventListener('change', () => { state.fxRates[c] = input.value; });
      return h('label', {}, `${reporting.value} per 1 ${c}`, input);
    }));
  };
  reporting.addEventListener('change', drawRates);
  drawRates();
  const date = h('input', { type: 'date', id: 'as-of', value: state.asOf, required: true });
  date.addEventListener('change', () => { state.asOf = date.value; });
  return h('div', { class: 'controls-bar' }, h('label', {}, 'As of', date), h('label', {}, 'Reporting currency', reporting), rates);
}

export function fxRates(state) {
  const out = {};
  for (const c of orders.currencies()) {
    if (c !== state.reportingCurrency && state.fxRates[c] !== undefined && state.fxRates[c] !== '') out[c] = Number(state.fxRates[c]);
  }
  return out;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
