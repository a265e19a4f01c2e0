import './console.css';
import { key, setKey } from './api.js';
import { h, page, status } from './dom.js';
import { portfolioPage } from './pages/portfolio.js';
import { orderPage } from './pages/order.js';
import { controlsPage } from './pages/controls.js';
import { whatIfPage } from './pages/whatif.js';
import { bomPage } from './pages/bom.js';

const routes = { portfolio: portfolioPage, order: orderPage, controls: controlsPage, whatif: whatIfPage, bom: bomPage };

async function route() {
  const [name, ...rest] = (location.hash.replace(/^#/, '') || 'portfolio').split('/');
  const render = routes[name] || portfolioPage;
  document.querySelectorAll('nav a').forEach(a => {
    if (a.getAttribute('href') === '#' + (name === 'order' ? 'portfolio' : name)) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  status('');
  if (!key()) {
    page('Enter your API key', h('p', {}, 'The console calls the public API with your own key, as Swagger UI does. ',
      'Enter it at the top right; it stays in this browser tab only (sessionStorage) and is sent only in the X-API-Key header.'));
    return;
  }
  try {
    await render(decodeURIComponent(rest.join('/')));
  } catch (e) {
    status(e.message, true);
    console.warn(e);
  }
  document.getElementById('main').focus({ preventScroll: true });
}

document.getElementById('key-form').addEventListener('submit', e => {
  e.preventDefault();
  const input = document.getElementById('api-key');
  setKey(input.value.trim());
  input.value = '';
  route();
});
document.getElementById('forget-key').addEventListener('click', () => {
  setKey(null);
  route();
});
window.addEventListener('hashchange', route);
route();
