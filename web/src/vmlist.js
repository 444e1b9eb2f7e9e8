// The VM list: every VM with its state, CPU and memory sparklines (updated
// each second) and its lifecycle buttons; the create form above it.
import { h, fill, errorBox } from './dom.js';
import { sparkline } from './chart.js';
import { bytes, percent, duration } from './format.js';
import { vmForm } from './vmform.js';
import { actionButtons } from './actions.js';

export function vmListView(store) {
  const box = errorBox();
  const body = h('tbody');
  const empty = h('p', { class: 'muted', hidden: true }, 'No VMs yet: create one above.');
  const formSlot = h('div');
  const newButton = h('button', { type: 'button', id: 'new-vm' }, 'New VM');
  newButton.addEventListener('click', () => {
    if (formSlot.firstChild) {
      formSlot.replaceChildren();
      return;
    }
    fill(
      formSlot,
      vmForm({
        onDone: (vm) => {
          formSlot.replaceChildren();
          store.refreshVm(vm.name);
        },
        onCancel: () => formSlot.replaceChildren(),
      }),
    );
  });
  const rows = new Map(); // name -> row parts

  const el = h(
    'section',
    { class: 'vm-list' },
    h('div', { class: 'bar' }, h('h1', {}, 'Virtual machines'), newButton),
    formSlot,
    box,
    h(
      'table',
      { class: 'vms' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Name', 'State', 'vCPUs', 'RAM', 'CPU', 'Memory (RSS)', 'Uptime', ''].map((t) =>
            h('th', {}, t),
          ),
        ),
      ),
      body,
    ),
    empty,
  );

  function rowFor(vm) {
    let r = rows.get(vm.name);
    if (r) return r;
    r = {
      state: h('span', { class: 'state' }),
      cpus: h('td'),
      ram: h('td'),
      cpuCanvas: h('canvas', { class: 'spark' }),
      cpuText: h('span', { class: 'num' }),
      rssCanvas: h('canvas', { class: 'spark' }),
      rssText: h('span', { class: 'num' }),
      uptime: h('td', { class: 'num' }),
      actions: h('td', { class: 'actions' }),
      actionKey: '',
    };
    r.tr = h(
      'tr',
      { dataset: { vm: vm.name } },
      h('td', {}, h('a', { href: `#/vm/${encodeURIComponent(vm.name)}` }, vm.name)),
      h('td', {}, r.state),
      r.cpus,
      r.ram,
      h('td', { class: 'graph' }, r.cpuCanvas, r.cpuText),
      h('td', { class: 'graph' }, r.rssCanvas, r.rssText),
      r.uptime,
      r.actions,
    );
    rows.set(vm.name, r);
    return r;
  }

  function render() {
    box.show(store.error);
    const names = [...store.vms.keys()].sort();
    for (const name of [...rows.keys()]) {
      if (!store.vms.has(name)) {
        rows.get(name).tr.remove();
        rows.delete(name);
      }
    }
    names.forEach((name, i) => {
      const vm = store.vms.get(name);
      const r = rowFor(vm);
      if (body.children[i] !== r.tr) body.insertBefore(r.tr, body.children[i] || null);
      const busy = vm.operation ? ` (${vm.operation})` : '';
      r.state.textContent = vm.state + busy;
      r.state.className = `state ${vm.state}`;
      r.cpus.textContent = vm.config.cpus || 1;
      r.ram.textContent = bytes((vm.config.memory_mib || 128) * 2 ** 20);
      const s = store.stats.get(name);
      const hist = store.historyOf(name);
      const running = vm.state !== 'stopped';
      r.cpuText.textContent = running && s && s.cpu ? percent(s.cpu.percent) : '–';
      r.rssText.textContent = running && s && s.memory ? bytes(s.memory.rss_bytes) : '–';
      r.uptime.textContent = running && s ? duration(s.uptime_seconds) : '–';
      sparkline(r.cpuCanvas, hist.cpu, 100 * (vm.config.cpus || 1));
      sparkline(r.rssCanvas, hist.rss);
      const key = vm.state + busy;
      if (key !== r.actionKey) {
        r.actionKey = key;
        fill(r.actions, actionButtons(vm, box, () => store.refreshVm(name)));
      }
    });
    empty.hidden = names.length > 0;
  }

  const unsubscribe = store.subscribe(render);
  store.refresh();
  store.startStats();
  render();
  el.dispose = () => {
    unsubscribe();
  };
  return el;
}
