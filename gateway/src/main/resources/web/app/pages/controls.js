import { getJson } from '../api.js';
import { chart } from '../charts.js';
import { h, page, status, table } from '../dom.js';
import { today } from './sources.js';

const DAY = 86400000;
const filters = { material: '', issuer: '', direction: '' };
let asOfDate = today();

export async function controlsPage(selected) {
  const all = await getJson('/api/v1/export-controls');
  const pick = (name, values) => {
    const s = h('select', { id: 'filter-' + name }, h('option', { value: '' }, 'all'), values.map(v => h('option', { value: v }, v)));
    s.value = filters[name];
    s.addEventListener('change', () => { filters[name] = s.value; draw(); });
    return h('label', {}, name, s);
  };
  const asOf = h('input', { type: 'date', id: 'timeline-as-of', value: asOfDate });
  asOf.addEventListener('change', () => { asOfDate = asOf.value; draw(); });
  const materials = [...new Set(all.flatMap(c => c.materials))].sort();
  const body = h('div', {});
  const detail = h('div', { id: 'control-detail', 'aria-live': 'polite' });
  page('Export and import controls',
    h('div', { class: 'controls-bar' }, pick('material', materials), pick('issuer', [...new Set(all.map(c => c.issuer))].sort()),
      pick('direction', ['EXPORT', 'IMPORT']), h('label', {}, 'As of', asOf)),
    body, detail);

  function draw() {
    const shown = all.filter(c => (!filters.material || c.materials.includes(filters.material))
      && (!filters.issuer || c.issuer === filters.issuer) && (!filters.direction || c.direction === filters.direction))
      .sort((a, b) => (a.effectiveFrom || a.announced || '').localeCompare(b.effectiveFrom || b.announced || ''));
    body.replaceChildren(
      timeline(shown, id => show(all.find(c => c.id === id))),
      h('details', { class: 'alt' }, h('summary', {}, 'Table of this timeline'),
        table(`${shown.length} controls`, [
          ['Control', c => h('a', { href: '#controls/' + encodeURIComponent(c.id) }, c.id)], ['Issuer', c => c.issuer],
          ['Direction', c => c.direction], ['Materials', c => c.materials.join(', ')], ['Announced', c => c.announced || '–'],
          ['Effective', c => c.effectiveFrom || '–'], ['Suspended', c => c.suspendedFrom ? `${c.suspendedFrom} to ${c.suspendedUntil || '…'}` : '–'],
          ['Ended', c => c.ended || '–']], shown)));
    status(`${shown.length} of ${all.length} controls; today ${today()}, as of ${asOfDate}.`);
  }

  function show(c) {
    if (!c) return;
    detail.replaceChildren(h('h2', { id: 'control-title' }, `${c.id}: ${c.title}`),
      table('The control as the registry holds it', [['Field', r => r[0]], ['Value', r => r[1]]], [
        ['Issuer', c.issuer], ['Instrument', c.instrument || '–'], ['Measure', c.measure], ['Direction', c.direction],
        ['Materials', c.materials.join(', ')], ['Forms', (c.forms || []).join(', ') || 'all'],
        ['Target countries', (c.targetCountries || []).join(', ')], ['End use', c.endUse || 'any'],
        ['Programme', c.programme || '–'], ['Announced', c.announced || '–'], ['Effective from', c.effectiveFrom || '–'],
        ['Suspended', c.suspendedFrom ? `${c.suspendedFrom} to ${c.suspendedUntil || 'further notice'}` : '–'],
        ['Ended', c.ended || '–'], ['Notes', c.notes || '–'],
        ['Source', c.sourceUrl ? h('a', { href: c.sourceUrl, rel: 'noopener noreferrer' }, c.sourceId) : c.sourceId]]));
  }

  draw();
  if (selected) show(all.find(c => c.id === selected));
}

/** One row per control: announced → effective (thin), in force (thick), suspended (hatched grey), ended. */
function timeline(controls, onPick) {
  const t = d => d ? Date.parse(d) : null;
  const horizon = Date.parse(today()) + 2 * 365 * DAY;
  const segments = [];
  controls.forEach((c, row) => {
    const start = t(c.effectiveFrom), end = t(c.ended) || horizon;
    if (t(c.announced) && start && t(c.announced) < start) segments.push([t(c.announced), start, row, 'announced', c.id]);
    if (start) {
      const sFrom = t(c.suspendedFrom), sUntil = t(c.suspendedUntil) || end;
      if (sFrom && sFrom < end) {
        if (start < sFrom) segments.push([start, sFrom, row, 'in force', c.id]);
        segments.push([sFrom, Math.min(sUntil, end), row, 'suspended', c.id]);
        if (sUntil < end) segments.push([sUntil, end, row, 'in force', c.id]);
      } else {
        segments.push([start, end, row, 'in force', c.id]);
      }
    }
  });
  const colors = { announced: '#9aa4b2', 'in force': '#b42318', suspended: '#d0d7de' };
  const el = chart(`Timeline of ${controls.length} controls: announced, in force, suspended and ended, with today and the as-of date marked`, {
    grid: { left: 150, right: 20, top: 20, bottom: 60 },
    tooltip: { renderMode: 'richText', formatter: p => { const s = segments[p.dataIndex];
      return `${s[4]}: ${s[3]} ${new Date(s[0]).toISOString().slice(0, 10)} – ${s[1] >= horizon ? '…' : new Date(s[1]).toISOString().slice(0, 10)}`; } },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: controls.map(c => c.id), inverse: true, axisLabel: { fontSize: 10 } },
    // The recent years first; the slider reaches back to the oldest control.
    dataZoom: [{ type: 'slider', xAxisIndex: 0, bottom: 10, startValue: Date.parse(today()) - 4 * 365 * DAY },
      { type: 'inside', xAxisIndex: 0 }],
    series: [{
      type: 'custom', encode: { x: [0, 1], y: 2 }, data: segments.map(s => [s[0], s[1], s[2]]),
      renderItem: (params, api) => {
        const from = api.coord([api.value(0), api.value(2)]), to = api.coord([api.value(1), api.value(2)]);
        const kind = segments[params.dataIndex][3];
        const height = api.size([0, 1])[1] * (kind === 'in force' ? 0.6 : 0.3);
        return { type: 'rect', shape: { x: from[0], y: from[1] - height / 2, width: Math.max(2, to[0] - from[0]), height },
          style: { fill: colors[kind] } };
      },
      markLine: { symbol: 'none', silent: true, label: { formatter: p => p.name },
        data: [{ name: 'today', xAxis: Date.parse(today()), label: { position: 'insideEndTop' } },
          { name: 'as of', xAxis: Date.parse(asOfDate), label: { position: 'insideStartTop' } }] },
    }],
  }, true);
  el.style.height = Math.max(300, 40 + controls.length * 22) + 'px';
  requestAnimationFrame(() => requestAnimationFrame(() => el.chart && el.chart.on('click', p => onPick(segments[p.dataIndex][4]))));
  return el;
}
