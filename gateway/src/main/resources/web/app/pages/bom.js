import { call } from '../api.js';
import { h, page, percent, status, table } from '../dom.js';

let last = null;

export async function bomPage() {
  const result = h('div', { id: 'bom-result' });
  const file = h('input', { type: 'file', id: 'bom-file', accept: '.csv,.json,.xml,.cdx.json,.cdx.xml' });
  const buyer = h('input', { id: 'bom-buyer', value: 'DE', size: 3, 'aria-label': 'Buyer country' });
  const drop = h('div', { class: 'drop', id: 'bom-drop' }, 'Drop a BOM here (CSV, CycloneDX JSON or XML, IPC-1752A), or ',
    h('label', {}, 'choose a file ', file));
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); check(e.dataTransfer.files[0], buyer.value, result); });
  file.addEventListener('change', () => check(file.files[0], buyer.value, result));
  page('BOM check', h('div', { class: 'controls-bar' }, h('label', {}, 'Buyer country', buyer)), drop, result);
}

/** The Content-Type the service reads the file as, from its name and, for JSON, its bomFormat. */
function contentType(name, text) {
  const n = name.toLowerCase();
  if (n.endsWith('.csv')) return 'text/csv';
  if (n.endsWith('.json')) return /"bomFormat"\s*:\s*"CycloneDX"/.test(text) ? 'application/vnd.cyclonedx+json' : 'application/json';
  return 'application/xml';
}

async function check(f, buyerCountry, result) {
  if (!f) return;
  const text = await f.text();
  const type = contentType(f.name, text);
  const query = `?buyerCountry=${encodeURIComponent(buyerCountry.trim().toUpperCase())}&source=${encodeURIComponent(f.name)}`;
  status(`Checking ${f.name}…`);
  const r = await (await call('POST', '/api/v1/bom-checks' + query, { body: text, contentType: type })).json();
  last = { text, type, query, name: f.name, json: r };
  const s = r.summary;
  const unscored = (r.components || []).filter(c => c.status && c.status !== 'SCORED');
  result.replaceChildren(
    h('p', { id: 'bom-verdict' }, 'Verdict: ', h('b', { class: r.verdict }, r.verdict),
      ` — ${s.failures} failures, ${s.warnings} warnings; ${s.lines} lines, coverage ${percent(s.coverage)}, score ${s.score} (${s.riskTier}); `
      + `read as ${r.format}, dataset ${r.datasetVersion}, as of ${r.asOf}.`),
    h('div', { class: 'controls-bar' }, download('JSON', 'json'), download('JUnit XML', 'junit'), download('SARIF', 'sarif')),
    h('h2', {}, 'Violations'),
    r.violations.length ? table('Policy violations', [['Severity', v => h('span', { class: v.severity }, v.severity)],
      ['Rule', v => v.rule], ['Line', v => v.lineNumber ?? 'BOM', true], ['Message', v => v.message]], r.violations)
      : h('p', {}, 'None.'),
    h('h2', {}, 'Unscored components'),
    unscored.length ? table('Components that were not scored, and why', [['Component', c => c.name || c.bomRef || '–'],
      ['Status', c => c.status], ['Detail', c => c.reason || c.detail || '']], unscored)
      : h('p', {}, r.components ? 'Every physical component was scored.' : 'Not a CycloneDX document: see the lines below.'),
    h('h2', {}, 'Lines'),
    table('Lines as checked', [['Line', l => l.lineNumber, true], ['Part', l => l.partNumber || '–'],
      ['Materials', l => (l.materials || []).map(m => m.material || m).join(', ')], ['Score', l => l.score ?? '–', true]], r.lines || []));
  status(`${f.name}: ${r.verdict}.`);
}

function download(label, format) {
  return h('button', { type: 'button', id: 'download-' + format, onclick: () => save(format).catch(e => status(e.message, true)) },
    'Download ' + label);
}

async function save(format) {
  const accept = format === 'junit' ? 'application/xml' : 'application/sarif+json';
  const report = format === 'json' ? new Blob([JSON.stringify(last.json, null, 2)], { type: 'application/json' })
    : await (await call('POST', '/api/v1/bom-checks' + last.query + '&format=' + format,
      { body: last.text, contentType: last.type, accept })).blob();
  const extension = { json: 'json', junit: 'junit.xml', sarif: 'sarif' }[format];
  const a = h('a', { href: URL.createObjectURL(report), download: last.name.replace(/\.[^.]+$/, '') + '.' + extension });
  document.body.append(a);
  a.click();
  a.remove();
}
