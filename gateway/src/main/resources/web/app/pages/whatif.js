import { postJson } from '../api.js';
import { bars } from '../charts.js';
import { h, money, page, status, table, tier } from '../dom.js';
import * as orders from '../orders.js';
import { fxRates, reportingInputs, sourcePicker, today } from './sources.js';

const state = { asOf: today(), reportingCurrency: null, fxRates: {} };
const MEASURES = ['BAN', 'LICENCE', 'QUOTA', 'TARIFF', 'REPORTING'];
const FORMS = ['ORE', 'CONCENTRATE', 'OXIDE', 'METAL', 'ALLOY', 'COMPOUND', 'MAGNET', 'POWDER', 'WAFER', 'ANY'];
const STAGES = ['MINING', 'REFINING', 'MAGNET_MAKING'];

export async function whatIfPage() {
  const result = h('div', { id: 'whatif-result' });
  const field = (label, id, attrs) => h('label', {}, label, h('input', { id, ...attrs }));
  const select = (label, id, values, value) => {
    const s = h('select', { id }, values.map(v => h('option', { value: v }, v)));
    s.value = value;
    return h('label', {}, label, s);
  };
  const scenario = h('fieldset', {}, h('legend', {}, 'A hypothetical control'),
    h('div', { class: 'controls-bar' },
      field('Name', 'wi-name', { value: 'CN bans Dy/Tb magnets to DE', required: true, maxlength: 200 }),
      field('Issuer', 'wi-issuer', { value: 'CN', size: 3, required: true }),
      select('Measure', 'wi-measure', MEASURES, 'BAN'),
      field('Materials (comma-separated)', 'wi-materials', { value: 'DY,TB', required: true }),
      select('Form', 'wi-form', FORMS, 'MAGNET'),
      field('Target countries', 'wi-targets', { value: 'DE', required: true }),
      field('Effective from', 'wi-effective', { type: 'date', value: today(), required: true })));
  const share = h('fieldset', {}, h('legend', {}, 'and, optionally, other country shares'),
    h('div', { class: 'controls-bar' },
      field('Material', 'wi-share-material', { placeholder: 'e.g. ND', size: 4 }),
      select('Stage', 'wi-share-stage', STAGES, 'REFINING'),
      field('Year', 'wi-share-year', { type: 'number', value: new Date().getFullYear() - 1, min: 2000, max: 2100 }),
      field('Shares (CC:share, …)', 'wi-share-shares', { placeholder: 'CN:0.6,MY:0.4' })));
  const form = h('form', { onsubmit: e => { e.preventDefault(); run(result); } });
  const draw = () => form.replaceChildren(reportingInputs(state), scenario, share, h('button', { type: 'submit', id: 'evaluate-scenario' }, 'Evaluate'));
  page('What if…', sourcePicker(draw), form, result);
  draw();
}

function list(id) {
  return document.getElementById(id).value.split(',').map(s => s.trim().toUpperCase()).filter(Boolean);
}

async function run(result) {
  const list0 = orders.asOf(state.asOf);
  if (list0.length === 0) {
    status('Load orders first: the order book or an NDJSON file.', true);
    return;
  }
  const v = id => document.getElementById(id).value;
  const scenario = { name: v('wi-name'), controls: [{ id: 'WHATIF-1', issuer: v('wi-issuer').trim().toUpperCase(),
    measure: v('wi-measure'), materials: list('wi-materials'), forms: [v('wi-form')], targetCountries: list('wi-targets'),
    effectiveFrom: v('wi-effective') }] };
  if (v('wi-share-material').trim()) {
    const shares = Object.fromEntries(list('wi-share-shares').map(p => p.split(':')).map(([c, s]) => [c, Number(s)]));
    scenario.shareOverrides = [{ material: v('wi-share-material').trim().toUpperCase(), stage: v('wi-share-stage'),
      year: Number(v('wi-share-year')), shares }];
  }
  status(`Evaluating "${scenario.name}" on ${list0.length} orders…`);
  const r = await postJson('/api/v1/scenarios:evaluate', { orders: list0, reportingCurrency: state.reportingCurrency,
    fxRates: fxRates(state), scenario });
  const cur = r.reportingCurrency;
  const totals = [['Score', t => t.score], ['Tier', t => tier(t.riskTier)], ['Total value', t => money(t.totalValue, cur)],
    ['Value at risk', t => money(t.controlValueAtRisk, cur)], ['Single-country refining value', t => money(t.singleCountryRefiningValue, cur)]];
  const changed = r.orders.filter(o => o.scoreDelta !== 0 || Number(o.controlValueAtRiskDelta) !== 0);
  result.replaceChildren(
    h('div', { class: 'grid' },
      h('section', { class: 'card', id: 'whatif-totals', 'aria-label': 'Totals' }, h('h2', {}, 'Side by side'),
        table('Portfolio today, with the scenario, and the change', [['', row => row[0]], ['Today', row => row[1](r.baseline)],
          ['With the scenario', row => row[1](r.withScenario)], ['Change', row => row[0] === 'Tier' ? '' : row[1](r.delta)]], totals)),
      h('section', { class: 'card', 'aria-label': 'Value at risk by order' }, h('h2', {}, 'Value at risk, orders that change'),
        bars('Value at risk by order, today and with the scenario', changed, o => o.poNumber, o => o.scenarioControlValueAtRisk,
          x => money(x, cur), { names: ['With the scenario', 'Today'], value: o => o.baselineControlValueAtRisk }))),
    h('h2', {}, `Orders that change (${changed.length} of ${r.orders.length})`),
    table('Per order: scores and value at risk before and after', [
      ['Order', o => h('a', { href: '#order/' + encodeURIComponent(o.poNumber) + '?asOf=' + state.asOf }, o.poNumber)],
      ['Score', o => `${o.baselineScore} → ${o.scenarioScore}`, true], ['Δ', o => (o.scoreDelta > 0 ? '+' : '') + o.scoreDelta, true],
      ['Tier', o => `${o.baselineTier} → ${o.scenarioTier}`],
      ['Value at risk Δ', o => money(o.controlValueAtRiskDelta, o.currency), true],
      ['New controls', o => (o.newControls || []).join(', ')]], changed));
  status(`"${r.scenario}": score ${r.baseline.score} → ${r.withScenario.score}, dataset ${r.datasetVersion}.`);
}
