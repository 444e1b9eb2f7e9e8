// The VM's serial console in the browser: xterm.js over the daemon's
// WebSocket (GET /api/vms/NAME/console/ws). Keys and pastes go to the
// guest as binary frames; the guest's output (first the history tail)
// comes back as binary frames.
import { h } from './dom.js';

// xterm.js is most of the page's weight: it loads with the first console,
// so the login form and the VM list come up without it.
let xtermLoaded = null;
function loadXterm() {
  if (!xtermLoaded) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = 'assets/vendor/xterm.css';
    document.head.append(css);
    xtermLoaded = Promise.all([import('./vendor/xterm.mjs'), import('./vendor/addon-fit.mjs')]).then(
      ([xterm, fit]) => ({ Terminal: xterm.Terminal, FitAddon: fit.FitAddon }),
    );
  }
  return xtermLoaded;
}

export class Console {
  constructor(name) {
    this.name = name;
    this.status = h('span', { class: 'console-status muted' }, 'not connected');
    this.screen = h('div', { class: 'term-screen' });
    this.el = h(
      'div',
      { class: 'console' },
      h('div', { class: 'bar' }, h('h2', {}, 'Console'), this.status),
      this.screen,
    );
    this.term = null; // once xterm.js is loaded (open)
    this.encoder = new TextEncoder();
    this.ws = null;
    this.wanted = false; // connect (the VM runs)
    this.retry = null;
    this.disposed = false;
    this.attaches = 0; // connections opened (a test waits for a reattach)
    this.onResize = () => this.fitNow();
    window.addEventListener('resize', this.onResize);
    // For tests and the curious: the terminal of the console on screen.
    window.rvisorConsole = this;
  }

  /** Call once this.el is in the document. */
  async open() {
    let x;
    try {
      x = await loadXterm();
    } catch (e) {
      this.setStatus(`the terminal did not load (${e.message})`, false);
      return;
    }
    if (this.disposed) return;
    this.term = new x.Terminal({
      cursorBlink: true,
      scrollback: 5000,
      fontSize: 13,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace',
    });
    this.fit = new x.FitAddon();
    this.term.loadAddon(this.fit);
    this.term.onData((data) => this.send(data));
    this.term.onBinary((data) => this.send(Uint8Array.from(data, (c) => c.charCodeAt(0))));
    this.term.open(this.screen);
    this.fitNow();
    if (this.wanted && !this.ws) this.connect();
  }

  fitNow() {
    if (!this.term) return;
    try {
      this.fit.fit();
    } catch {
      // not laid out yet
    }
  }

  send(data) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(typeof data === 'string' ? this.encoder.encode(data) : data);
  }

  setStatus(text, ok) {
    this.status.textContent = text;
    this.status.className = `console-status ${ok ? 'ok' : 'muted'}`;
  }

  /** Attach while the VM runs; detach when it stops. */
  follow(running) {
    this.wanted = running;
    if (running && !this.ws && this.term) this.connect();
    if (!running) {
      clearTimeout(this.retry);
      if (this.ws) this.ws.close(1000);
      this.setStatus('the VM is not running', false);
    }
  }

  connect() {
    clearTimeout(this.retry);
    const url = new URL(`api/vms/${encodeURIComponent(this.name)}/console/ws`, location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    this.setStatus('connecting…', false);
    let opened = false;
    ws.onopen = () => {
      opened = true;
      this.attaches++;
      // The history tail follows: start from a clean screen.
      this.term.reset();
      this.setStatus('connected', true);
      // Take the keyboard unless the user is typing in a field: a console
      // that attaches (or attaches again, after a snapshot) while a form
      // has the focus would otherwise have the rest of the text typed into
      // the guest.
      const a = document.activeElement;
      const typing =
        a &&
        a !== document.body &&
        !this.term.element?.contains(a) &&
        (a.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName));
      if (!typing) this.term.focus();
    };
    ws.onmessage = (m) => {
      this.term.write(typeof m.data === 'string' ? m.data : new Uint8Array(m.data));
    };
    ws.onclose = (e) => {
      if (this.ws === ws) this.ws = null;
      if (!this.wanted) return;
      const why = e.reason || (opened ? 'the console closed' : 'could not connect');
      this.setStatus(`${why}; reconnecting…`, false);
      // A snapshot or a revert replaces the VM's process: attach again.
      this.retry = setTimeout(() => this.wanted && !this.ws && this.connect(), 1000);
    };
  }

  /** The text of the terminal's buffer (what is on screen and scrolled off). */
  text() {
    if (!this.term) return '';
    const buf = this.term.buffer.active;
    const out = [];
    for (let i = 0; i < buf.length; i++) out.push(buf.getLine(i).translateToString(true));
    return out.join('\n');
  }

  dispose() {
    this.disposed = true;
    this.wanted = false;
    clearTimeout(this.retry);
    if (this.ws) this.ws.close(1000);
    window.removeEventListener('resize', this.onResize);
    if (window.rvisorConsole === this) window.rvisorConsole = null;
    if (this.term) this.term.dispose();
  }
}
