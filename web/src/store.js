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
    this.history = new Map(); // name -> {cpu, rss, ...}: History
    this.listeners = new Set();
    this.error = '';
    this.timer = null;
    // Answers may come back out of order (the daemon serves requests in
    // parallel): each read is numbered, and a VM keeps the newest answer
    // read about it, never an older one arriving late.
    this.reads = 0;
    this.readOf = new Map(); // name -> number of the read applied
    this.disagree = new Map(); // name -> samples whose state differed
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  changed() {
    for (const fn of this.listeners) fn();
  }

  newer(name, n) {
    if ((this.readOf.get(name) || 0) > n) return false;
    this.readOf.set(name, n);
    return true;
  }

  forget(name) {
    this.vms.delete(name);
    this.stats.delete(name);
    this.history.delete(name);
  }

  async refresh() {
    const n = ++this.reads;
    try {
      const { vms } = await get('/vms');
      const listed = new Set(vms.map((v) => v.name));
      for (const v of vms) if (this.newer(v.name, n)) this.vms.set(v.name, v);
      for (const name of [...this.vms.keys()]) if (!listed.has(name) && this.newer(name, n)) this.forget(name);
      this.error = '';
    } catch (e) {
      this.error = e.message;
    }
    this.changed();
  }

  async refreshVm(name) {
    const n = ++this.reads;
    try {
      const vm = await get(`/vms/${seg(name)}`);
      if (this.newer(name, n)) this.vms.set(name, vm);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        if (this.newer(name, n)) this.forget(name);
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
      this.newer(ev.vm, ++this.reads);
      this.forget(ev.vm);
      this.changed();
    } else {
      this.refreshVm(ev.vm);
    }
  }

  // The collector's state for a VM differs from the inventory's we hold
  // for two samples in a row: read the VM again (an event missed while
  // reconnecting, or an answer from before the change), and every five
  // samples while it still differs.
  check(s) {
    const vm = this.vms.get(s.name);
    const differs = !vm || (vm.state !== s.state && !vm.operation);
    const count = differs ? (this.disagree.get(s.name) || 0) + 1 : 0;
    this.disagree.set(s.name, count);
    if (count % 5 === 2) this.refreshVm(s.name);
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
      this.check(s);
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
