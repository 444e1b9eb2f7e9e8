// One VM's page: its state and lifecycle buttons, live CPU, memory, disk
// and network graphs (the store's samples of GET /stats, once a second),
// the serial console, the snapshot tree and clone, and its configuration
// form.
import { h, fill, errorBox } from './dom.js';
import { graph } from './chart.js';
import { bytes, rate, percent, duration, when } from './format.js';
import { actionButtons } from './actions.js';
import { vmForm } from './vmform.js';
import { Console } from './console.js';
import { snapshotsView } from './snapshots.js';

export function vmPageView(store, name) {
  const box = errorBox();
  const title = h('h1', {}, name);
  const state = h('span', { class: 'state' });
  const actions = h('span', { class: 'actions' });
  const facts = h('dl', { class: 'facts' });
  const canvases = {
    cpu: h('canvas', { class: 'graph', id: 'graph-cpu' }),
    mem: h('canvas', { class: 'graph', id: 'graph-memory' }),
    disk: h('canvas', { class: 'graph', id: 'graph-disk' }),
    net: h('canvas', { class: 'graph', id: 'graph-net' }),
  };
  const panel = (label, canvas) => h('figure', {}, h('figcaption', {}, label), canvas);
  const graphs = h(
    'div',
    { class: 'graphs' },
    panel('CPU', canvases.cpu),
    panel('Memory', canvases.mem),
    panel('Disk', canvases.disk),
    panel('Network', canvases.net),
  );
  const con = new Console(name);
  const snaps = snapshotsView(name, () => store.refreshVm(name));
  const configSlot = h('div', { class: 'config' });
  let actionKey = '';
  let configKey = '';

  const el = h(
    'section',
    { class: 'vm-page' },
    h('div', { class: 'bar' }, h('a', { href: '#/', class: 'quiet' }, '← VMs'), title, state, actions),
    box,
    facts,
    graphs,
    con.el,
    h('div', { class: 'columns' }, snaps, configSlot),
  );

  function render() {
    const vm = store.vms.get(name);
    if (!vm) {
      state.textContent = 'no such VM';
      state.className = 'state gone';
      actions.replaceChildren();
      con.follow(false);
      return;
    }
    const busy = vm.operation ? ` (${vm.operation})` : '';
    state.textContent = vm.state + busy;
    state.className = `state ${vm.state}`;
    const key = vm.state + busy;
    if (key !== actionKey) {
      actionKey = key;
      fill(
        actions,
        actionButtons(vm, box, () => store.refreshVm(name), true, () => {
          location.hash = '#/';
        }),
      );
    }
    // A snapshot or revert restarts the VM's process: reattach.
    con.follow(vm.state === 'running' || vm.state === 'paused');
    const c = vm.config;
    const exit = vm.last_exit;
    fill(
      facts,
      h('dt', {}, 'vCPUs'),
      h('dd', {}, c.cpus || 1),
      h('dt', {}, 'RAM'),
      h('dd', {}, bytes((c.memory_mib || 128) * 2 ** 20)),
      h('dt', {}, 'Disks'),
      h('dd', {}, (c.disks || []).join(', ') || 'none'),
      h('dt', {}, 'Devices'),
      h('dd', {}, (c.devices || []).join(', ') || 'none'),
      vm.state === 'stopped' && exit
        ? [h('dt', {}, 'Last exit'), h('dd', {}, `${exit.reason}${exit.status != null ? ` ${exit.status}` : ''} at ${when(exit.at)}`)]
        : [h('dt', {}, 'Started'), h('dd', {}, when(vm.started_at))],
      vm.pending_changes ? [h('dt', {}, 'Pending'), h('dd', {}, 'configuration changes apply at the next start')] : null,
    );
    // The form is rebuilt only when the recorded configuration changed.
    const ck = JSON.stringify(c) + vm.state;
    if (ck !== configKey) {
      configKey = ck;
      fill(
        configSlot,
        vmForm({
          vm,
          onDone: () => store.refreshVm(name),
          onCancel: () => {
            configKey = '';
            render();
          },
        }),
      );
    }
  }

  function draw() {
    const s = store.stats.get(name);
    if (!s) return;
    const hist = store.historyOf(name);
    const running = s.state !== 'stopped';
    const vm = store.vms.get(name);
    const cpus = (vm && vm.config.cpus) || 1;
    graph(canvases.cpu, [{ label: 'CPU', history: hist.cpu }], (v) => percent(v ?? 0), 100 * Math.max(1, cpus));
    graph(
      canvases.mem,
      [
        { label: 'RSS', history: hist.rss },
        { label: 'guest RAM', history: hist.guest },
      ],
      bytes,
    );
    graph(
      canvases.disk,
      [
        { label: 'read', history: hist.diskRead },
        { label: 'write', history: hist.diskWrite },
      ],
      rate,
    );
    graph(
      canvases.net,
      [
        { label: 'rx', history: hist.netRx },
        { label: 'tx', history: hist.netTx },
      ],
      rate,
    );
    graphs.title = running ? `uptime ${duration(s.uptime_seconds)}` : '';
  }

  const unsubscribe = store.subscribe(() => {
    render();
    draw();
  });
  el.mounted = () => {
    con.open();
    store.refreshVm(name);
    draw();
  };
  el.onEvent = (ev) => {
    if (ev.vm === name && (ev.type === 'snapshot' || ev.type === 'started' || ev.type === 'stopped')) snaps.reload();
  };
  el.dispose = () => {
    unsubscribe();
    con.dispose();
  };
  render();
  return el;
}
