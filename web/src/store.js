// What the page knows about the daemon's VMs: the inventory (GET /vms,
// kept current by the event stream) and each VM's recent statistics (GET
// /stats, the daemon's collector cache, once a second) for the list's
// sparklines and the VM page's graphs: two minutes of history since login.
import { get, seg, ApiError } from './api.js';
import { History } from './chart.js';

// The sum of key over a VM's disks or NICs; undefined when none has it.
const sum = (list, key) => (list || []).reduce((a, x) => (x[key] === undefined ? a : (a ?? 0) + x[key]), undefined);

export class Store {
  constructor() {
    this.vms = new Map(); // name -> Vm (docs/api/daemon.yaml)
    this.stats = new Map(); // name -> latest VmStats
    this.history = new Map(); // name -> {cpu, rss}
    this.listeners = new Set();
    this.error = '';
    this.timer = null;
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed() {
    for (const fn of this.listeners) fn();
  }

  async refresh() {
    try {
      const { vms } = await get('/vms');
      this.vms = new Map(vms.map((v) => [v.name, v]));
      this.error = '';
    } catch (e) {
      this.error = e.message;
    }
    this.changed();
  }

  async refreshVm(name) {
    try {
      this.vms.set(name, await get(`/vms/${seg(name)}`));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        this.vms.delete(name);
        this.stats.delete(name);
        this.history.delete(name);
      } else {
        this.error = e.message;
      }
    }
    this.changed();
  }

  /** An event from the stream: the VM it names is read again. */
  onEvent(ev) {
    if (!ev.vm) return;
    if (ev.type === 'deleted') {
      this.vms.delete(ev.vm);
      this.stats.delete(ev.vm);
      this.history.delete(ev.vm);
      this.changed();
    } else {
      this.refreshVm(ev.vm);
    }
  }

  historyOf(name) {
    let h = this.history.get(name);
    if (!h) {
      h = {};
      for (const k of ['cpu', 'rss', 'guest', 'diskRead', 'diskWrite', 'netRx', 'netTx']) h[k] = new History(120);
      this.history.set(name, h);
    }
    return h;
  }

  async sampleStats() {
    let all;
    try {
      all = await get('/stats');
    } catch {
      return; // the list shows the inventory's error; stats come back next second
    }
    const at = all.collected_at;
    if (at === null || at === this.lastCollected) return;
    this.lastCollected = at;
    for (const s of all.vms || []) {
      this.stats.set(s.name, s);
      const h = this.historyOf(s.name);
      const on = s.state !== 'stopped';
      h.cpu.push(on && s.cpu ? s.cpu.percent : null);
      h.rss.push(on && s.memory ? s.memory.rss_bytes : null);
      h.guest.push(on && s.memory ? s.memory.guest_bytes : null);
      h.diskRead.push(on ? sum(s.disks, 'read_bytes_per_second') : null);
      h.diskWrite.push(on ? sum(s.disks, 'write_bytes_per_second') : null);
      h.netRx.push(on ? sum(s.nics, 'rx_bytes_per_second') : null);
      h.netTx.push(on ? sum(s.nics, 'tx_bytes_per_second') : null);
    }
    this.changed();
  }

  /** Sample GET /stats every second while anything is shown. */
  startStats() {
    if (this.timer) return;
    this.sampleStats();
    this.timer = setInterval(() => this.sampleStats(), 1000);
  }

  stopStats() {
    clearInterval(this.timer);
    this.timer = null;
  }
}
