// Builds DOM nodes from data without innerHTML, so nothing the API returns is ever parsed as markup.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A table with a caption; columns are [header, cell(row), numeric?]. */
export function table(caption, columns, rows) {
  return h('div', { class: 'scroll' },
    h('table', {},
      h('caption', { class: 'muted' }, caption),
      h('thead', {}, h('tr', {}, columns.map(([head, , num]) => h('th', { scope: 'col', class: num ? 'num' : null }, head)))),
      h('tbody', {}, rows.map(r => h('tr', {}, columns.map(([, cell, num]) => h('td', { class: num ? 'num' : null }, cell(r))))))));
}

export function money(value, currency) {
  if (value === null || value === undefined) return '–';
  const n = Number(value);
  return n.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + (currency ? ' ' + currency : '');
}

export function percent(share) {
  return share === null || share === undefined ? '–' : (Number(share) * 100).toLocaleString('en', { maximumFractionDigits: 1 }) + ' %';
}

export function tier(t) {
  return h('span', { class: 'tier-' + t }, t);
}

export function page(title, ...content) {
  const main = document.getElementById('main');
  main.replaceChildren(h('h1', {}, title), ...content);
  return main;
}

export function status(message, isError) {
  const el = document.getElementById('status');
  el.textContent = message || '';
  el.classList.toggle('error', !!isError);
}
