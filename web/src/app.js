// The dashboard's entry point: log in, then route #/ (the VM list),
// #/vm/NAME (one VM) and #/volumes, with the event stream keeping every
// view current without a reload.
import { fill } from './dom.js';
import { get, logout, setUnauthorizedHandler } from './api.js';
import { EventFollower } from './events.js';
import { Store } from './store.js';
import { loginView } from './login.js';
import { vmListView } from './vmlist.js';
import { vmPageView } from './vmpage.js';
import { volumesView } from './volumes.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const live = document.getElementById('live');
const store = new Store();
const events = new EventFollower((text, ok) => {
  live.textContent = text;
  live.classList.toggle('ok', ok);
  // (Re)connected: whatever happened while away is read again.
  if (ok) store.refresh();
});
let view = null;
let loggedIn = false;

events.subscribe((ev) => {
  store.onEvent(ev);
  if (view && view.onEvent) view.onEvent(ev);
  if (view && view.reload && ev.type === 'deleted') view.reload();
});

function show(el) {
  if (view && view.dispose) view.dispose();
  view = el;
  fill(main, el);
  if (el.mounted) el.mounted();
  // The first view on screen: what the first-load figure measures.
  if (!performance.getEntriesByName('rvisor-first-view').length) performance.mark('rvisor-first-view');
}

function route() {
  if (!loggedIn) return;
  const hash = location.hash.replace(/^#/, '') || '/';
  const vm = /^\/vm\/([^/]+)$/.exec(hash);
  if (vm) show(vmPageView(store, decodeURIComponent(vm[1])));
  else if (hash === '/volumes') show(volumesView());
  else show(vmListView(store));
  for (const a of nav.querySelectorAll('a')) {
    a.classList.toggle('here', a.getAttribute('href') === `#${hash}` || (a.getAttribute('href') === '#/' && !!vm));
  }
}

function enter() {
  loggedIn = true;
  nav.hidden = false;
  events.start();
  store.startStats();
  if (/^#token=/.test(location.hash)) history.replaceState(null, '', location.pathname);
  route();
}

function leave() {
  if (!loggedIn && view && view.classList && view.classList.contains('login')) return;
  loggedIn = false;
  nav.hidden = true;
  events.stop();
  store.stopStats();
  const form = loginView(enter);
  show(form);
  const m = /^#token=([0-9A-Za-z]+)$/.exec(location.hash);
  if (m) form.autofill(m[1]);
}

setUnauthorizedHandler(leave);
window.addEventListener('hashchange', route);
document.getElementById('logout').addEventListener('click', async () => {
  try {
    await logout();
  } finally {
    leave();
  }
});

// Logged in already (a session cookie)? The first request tells.
get('/info')
  .then(enter)
  .catch(leave);
