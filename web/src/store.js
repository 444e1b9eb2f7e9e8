// What the page knows about the daemon's VMs: the inventory (GET /vms,
// kept current by the event stream) and each VM's recent statistics (GET
// /stats once a second) for the list's sparklines.
import { get, seg, ApiError } from './api.js';
import { History } from './chart.js';

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
      h = { cpu: new History(60), rss: new History(60) };
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
      h.cpu.push(s.cpu ? s.cpu.percent : null);
      h.rss.push(s.memory ? s.memory.rss_bytes : null);
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
