// Follows the daemon's event stream (GET /api/events?follow=true, JSON
// lines) and hands each event to the listeners; reconnects and resumes
// after the last event read, so no state change is missed.

export class EventFollower {
  constructor(onStatus) {
    this.listeners = new Set();
    this.onStatus = onStatus || (() => {});
    this.stream = null; // the daemon run's id
    this.seq = 0; // the last event read in that stream
    this.abort = null;
    this.stopped = true;
  }

  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop();
  }

  stop() {
    this.stopped = true;
    if (this.abort) this.abort.abort();
  }

  async loop() {
    let wait = 500;
    while (!this.stopped) {
      try {
        await this.follow();
        wait = 500;
      } catch (e) {
        if (this.stopped) return;
        this.onStatus(`events: reconnecting (${e.message})`, false);
      }
      if (this.stopped) return;
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 5000);
    }
  }

  async follow() {
    this.abort = new AbortController();
    const since = this.stream ? `&since=${this.seq}` : '';
    const res = await fetch(`api/events?follow=true${since}`, {
      credentials: 'same-origin',
      signal: this.abort.signal,
    });
    if (!res.ok) throw new Error(`status ${res.status}`);
    this.onStatus('events: live', true);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buf += decoder.decode(value, { stream: true });
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (line) this.deliver(line); // empty lines are heartbeats
      }
    }
  }

  deliver(line) {
    let ev;
    try {
      ev = JSON.parse(line);
    } catch {
      return;
    }
    if (ev.stream !== this.stream) {
      // A new daemon run numbers from 1 again: anything may have changed.
      this.stream = ev.stream;
      this.seq = 0;
    }
    if (ev.seq <= this.seq) return;
    this.seq = ev.seq;
    for (const fn of this.listeners) {
      try {
        fn(ev);
      } catch (e) {
        console.error('event listener failed', e);
      }
    }
  }
}
