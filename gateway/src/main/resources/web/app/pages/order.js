import { getJson, postJson } from '../api.js';
import { h, money, page, percent, status, table, tier } from '../dom.js';
import * as orders from '../orders.js';
import { today } from './sources.js';

export async function orderPage(poNumber) {
  const asOf = new URLSearchParams(location.hash.split('?')[1] || '').get('asOf') || today();
  const po = poNumber.split('?')[0];
  let order = orders.find(po);
  if (!order) order = (await getJson('/api/v1/orders/' + encodeURIComponent(po))).order;
  status(`Scoring ${po} as of ${asOf}…`);
  const a = await postJson('/api/v1/scores?detail=full', { ...order, asOf });
  page('Order ' + a.poNumber,
    h('div', { class: 'figures' },
      fig('Score', a.score, 'order-score'), fig('Tier', tier(a.riskTier), 'order-tier'),
      fig('Total value', money(a.totalValue, a.currency), 'order-total'),
      fig('Value at risk from controls', money(a.controlValueAtRisk, a.currency), 'order-var'),
      fig('Coverage', percent(a.coverage), 'order-coverage'),
      a.compliance && a.compliance.verdict ? fig('DFARS verdict', h('span', { class: a.compliance.verdict }, a.compliance.verdict), 'order-compliance') : null,
      fig('As of', a.asOf), fig('Dataset', a.datasetVersion)),
    h('p', { class: 'why', id: 'why' }, why(a)),
    ...a.lines.map(l => line(l, a.currency)));
  status(`${a.poNumber}: ${a.lines.length} lines, dataset ${a.datasetVersion}, method v${a.methodVersion}.`);
}

/** "Why this score", from the answer's own fields only. */
export function why(a) {
  const scored = a.lines.filter(l => l.scored);
  const worst = [...scored].sort((x, y) => Number(y.risk) - Number(x.risk))[0];
  const parts = [`${a.poNumber} scores ${a.score} of 100 (${a.riskTier}) as of ${a.asOf}.`];
  if (worst) {
    const m = (worst.materials || []).find(x => x.material === worst.criticalMaterial) || {};
    parts.push(`Its riskiest line is ${worst.lineNumber}${worst.partNumber ? ' (' + worst.partNumber + ')' : ''}, whose critical material ${worst.criticalMaterial}`
      + (m.topRefiningCountry ? ` is refined ${percent(m.topRefiningShare)} in ${m.topRefiningCountry}` : '')
      + `, with a ${percent(worst.controlProbability)} probability of a control biting.`);
  }
  parts.push(`${money(a.controlValueAtRisk, a.currency)} of ${money(a.totalValue, a.currency)} is exposed to controls in force`
    + (a.exposureByControl && a.exposureByControl.length ? ` (${a.exposureByControl.map(c => c.controlId).join(', ')})` : '') + '.');
  if (Number(a.coverage) < 1) parts.push(`Only ${percent(a.coverage)} of the value could be scored.`);
  if (a.compliance && a.compliance.verdict && a.compliance.verdict !== 'NOT_ASSESSED') parts.push(`Buyer-side restrictions: ${a.compliance.verdict}.`);
  return parts.join(' ');
}

function line(l, currency) {
  return h('section', { class: 'card', id: 'line-' + l.lineNumber, 'aria-label': 'Line ' + l.lineNumber },
    h('h2', {}, `Line ${l.lineNumber}${l.partNumber ? ' · ' + l.partNumber : ''}${l.supplierName ? ' · ' + l.supplierName : ''}`),
    h('p', {}, `Value ${money(l.value, currency)}`, l.scored ? `; risk ${Number(l.risk).toFixed(3)} (control probability ${percent(l.controlProbability)}, concentration ${Number(l.concentration).toFixed(3)})` : '; not scored',
      l.flags && l.flags.length ? '; flags: ' + l.flags.join(', ') : '',
      l.compliance ? h('span', {}, '; DFARS: ', h('span', { class: l.compliance.verdict }, l.compliance.verdict)) : ''),
    (l.materials || []).map(m => h('div', {},
      h('h3', {}, `${m.material} (${m.form})`, m.noData ? ' — no data' : ''),
      table(`${m.material}: stages and top country shares`, [
        ['Stage', s => s.stage], ['Top shares', s => topShares(s.shares)], ['Year', s => s.year, true],
        ['Source', s => s.declarationId ? 'supplier declaration ' + s.declarationId : (s.sourceIds || []).join(', ')],
        ['HHI', s => s.hhi === undefined || s.hhi === null ? '–' : Math.round(Number(s.hhi)).toLocaleString('en'), true]], m.stages || []))),
    l.controls && l.controls.length ? table('Controls in force on this line', [
      ['Control', c => h('a', { href: '#controls/' + encodeURIComponent(c.id) }, c.id)], ['Title', c => c.title || ''],
      ['Issuer', c => c.issuer], ['Measure', c => c.measure], ['Suspended until', c => c.suspendedUntil || '–'],
      ['Source', c => c.sourceUrl ? h('a', { href: c.sourceUrl, rel: 'noopener noreferrer' }, c.sourceId || 'source') : (c.sourceId || '–')]],
      l.controls) : h('p', { class: 'muted' }, 'No control in force on this line.'));
}

function topShares(shares) {
  return Object.entries(shares || {}).sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, 3)
    .map(([c, s]) => `${c} ${percent(s)}`).join(', ');
}

function fig(label, value, id) {
  return h('div', { class: 'figure', id }, h('span', { class: 'muted' }, label), h('b', {}, value));
}
