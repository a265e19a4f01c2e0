import { postJson, scoreBatch } from '../api.js';
import { bars } from '../charts.js';
import { h, money, page, percent, status, table, tier } from '../dom.js';
import * as orders from '../orders.js';
import { fxRates, reportingInputs, sourcePicker, today } from './sources.js';

const state = { asOf: today(), reportingCurrency: null, fxRates: {} };

export async function portfolioPage() {
  const result = h('div', { id: 'portfolio-result' });
  const run = h('button', { type: 'submit', id: 'evaluate' }, 'Evaluate');
  const form = h('form', { onsubmit: e => { e.preventDefault(); evaluate(result); } });
  const draw = () => {
    form.replaceChildren(reportingInputs(state), run);
    result.replaceChildren();
  };
  const loaded = () => {
    draw();
    if (orders.currencies().length === 1) evaluate(result);
    else status(`Orders in ${orders.currencies().join(', ')}: enter the rates to ${state.reportingCurrency}, then Evaluate.`);
  };
  page('Portfolio', sourcePicker(loaded), form, result);
  draw();
  if (orders.orders().length > 0 && orders.currencies().length === 1) await evaluate(result);
}

async function evaluate(result) {
  const list = orders.asOf(state.asOf);
  if (list.length === 0) {
    status('Load orders first: the order book or an NDJSON file.', true);
    return;
  }
  status(`Scoring ${list.length} orders as of ${state.asOf}…`);
  const p = await postJson('/api/v1/portfolio', { orders: list, reportingCurrency: state.reportingCurrency,
    fxRates: fxRates(state), topN: Math.min(list.length, 1000) });
  const answers = await scoreBatch(list, 'full');
  const cur = state.reportingCurrency;
  const lines = answers.filter(a => a.lines).flatMap(a => a.lines.map(l => ({ ...l, poNumber: a.poNumber, currency: a.currency })))
    .filter(l => l.scored).sort((a, b) => Number(b.risk) - Number(a.risk)).slice(0, 20);
  const tiers = Object.entries(p.topOrders.reduce((n, o) => ({ ...n, [o.riskTier]: (n[o.riskTier] || 0) + 1 }), {}))
    .map(([t, count]) => ({ tier: t, count }));
  result.replaceChildren(
    h('div', { class: 'figures' },
      figure('Orders', p.orders, 'fig-orders'), figure('Lines', p.lines, 'fig-lines'),
      figure('Total value', money(p.totalValue, cur), 'fig-total'),
      figure('Value at risk from controls', money(p.controlValueAtRisk, cur), 'fig-var'),
      figure('Single-country refining value', money(p.singleCountryRefiningValue, cur), 'fig-single'),
      figure('Portfolio tier', tier(p.riskTier), 'fig-tier'),
      figure('Dataset version', p.datasetVersion, 'fig-dataset')),
    h('div', { class: 'grid' },
      card('Exposure by material', bars('Line value by material, ' + cur, p.exposureByMaterial, r => r.material, r => r.lineValue,
          v => money(v, cur), { names: ['Line value', 'Value at risk'], value: r => r.controlValueAtRisk }),
        table('Exposure by material', [['Material', r => r.material], ['Line value', r => money(r.lineValue, cur), true],
          ['Value at risk', r => money(r.controlValueAtRisk, cur), true]], p.exposureByMaterial), 'by-material'),
      card('Exposure by refining country', bars('Value by top refining country, ' + cur, p.exposureByRefiningCountry,
          r => r.country, r => r.value, v => money(v, cur)),
        table('Exposure by refining country', [['Country', r => r.country], ['Value', r => money(r.value, cur), true]],
          p.exposureByRefiningCountry), 'by-country'),
      card('Distribution of tiers', bars('Orders by risk tier', tiers, r => r.tier, r => r.count, v => String(v)),
        table('Orders by tier', [['Tier', r => tier(r.tier)], ['Orders', r => r.count, true]], tiers), 'by-tier')),
    h('h2', {}, 'Value at risk by control'),
    table('Controls bearing on the portfolio', [
      ['Control', r => h('a', { href: '#controls/' + encodeURIComponent(r.controlId) }, r.controlId)],
      ['Measure', r => r.measure], ['Value at risk', r => money(r.value, cur), true]], p.exposureByControl),
    h('h2', {}, 'The 20 riskiest lines'),
    table('Lines by risk (probability of a control × concentration)', [
      ['Order', r => h('a', { href: '#order/' + encodeURIComponent(r.poNumber) + '?asOf=' + state.asOf }, r.poNumber)], ['Line', r => r.lineNumber, true],
      ['Part', r => r.partNumber || '–'], ['Critical material', r => r.criticalMaterial || '–'],
      ['Risk', r => Number(r.risk).toFixed(3), true], ['Value', r => money(r.value, r.currency), true],
      ['Flags', r => (r.flags || []).join(', ')]], lines));
  status(`Portfolio of ${p.orders} orders as of ${state.asOf}, dataset ${p.datasetVersion}.`);
}

function figure(label, value, id) {
  return h('div', { class: 'figure', id }, h('span', { class: 'muted' }, label), h('b', {}, value));
}

function card(title, chartEl, alt, id) {
  return h('section', { class: 'card', id, 'aria-label': title }, h('h2', {}, title), chartEl,
    h('details', { class: 'alt' }, h('summary', {}, 'Table of this chart'), alt));
}
