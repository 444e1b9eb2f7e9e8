// Line charts on a canvas: sparklines for the VM list and the VM page's
// graphs. Drawn by hand: a chart library would outweigh what is drawn.

/** The last `size` samples of one quantity (null = no value then). */
export class History {
  constructor(size = 60) {
    this.size = size;
    this.values = [];
  }

  push(v) {
    this.values.push(v === undefined || Number.isNaN(v) ? null : v);
    if (this.values.length > this.size) this.values.shift();
  }

  last() {
    return this.values.length ? this.values[this.values.length - 1] : null;
  }

  max() {
    return this.values.reduce((m, v) => (v !== null && v > m ? v : m), 0);
  }
}

const COLORS = ['#2f7de1', '#e2742b', '#2aa876', '#b04ad6'];

// Size the canvas's backing store to its CSS box (sharp on HiDPI).
function prepare(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || canvas.width;
  const hgt = canvas.clientHeight || canvas.height;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(hgt * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(hgt * ratio);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, hgt);
  return { ctx, w, h: hgt };
}

// The last `window` samples of history, the newest at the right edge.
function line(ctx, history, color, x0, y0, w, h, top, fillArea, window = history.size) {
  const values = history.values.slice(-window);
  const step = w / Math.max(1, window - 1);
  const offset = window - values.length;
  ctx.beginPath();
  let started = false;
  let firstX = 0;
  let lastX = 0;
  values.forEach((v, i) => {
    if (v === null) return;
    const x = x0 + (offset + i) * step;
    const y = y0 + h - (top > 0 ? (Math.min(v, top) / top) * h : 0);
    if (!started) {
      ctx.moveTo(x, y);
      firstX = x;
      started = true;
    } else ctx.lineTo(x, y);
    lastX = x;
  });
  if (!started) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  if (fillArea) {
    ctx.lineTo(lastX, y0 + h);
    ctx.lineTo(firstX, y0 + h);
    ctx.closePath();
    ctx.globalAlpha = 0.15;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
}

/**
 * A small unlabelled chart of the last minute; top is the value at the top
 * edge (else the maximum seen).
 */
export function sparkline(canvas, history, top) {
  const { ctx, w, h } = prepare(canvas);
  line(ctx, history, COLORS[0], 1, 1, w - 2, h - 2, top || history.max() || 1, true, 60);
}

/**
 * A graph with a scale: series is [{label, history}], format turns a value
 * into its label (bytes, percent), top fixes the scale (else the maximum).
 */
export function graph(canvas, series, format, top) {
  const { ctx, w, h } = prepare(canvas);
  const max = top || Math.max(1, ...series.map((s) => s.history.max())) * 1.1;
  const pad = { left: 4, right: 4, top: 16, bottom: 4 };
  const gw = w - pad.left - pad.right;
  const gh = h - pad.top - pad.bottom;
  ctx.strokeStyle = '#ddd';
  ctx.lineWidth = 1;
  for (let i = 0; i <= 4; i++) {
    const y = Math.round(pad.top + (gh * i) / 4) + 0.5;
    ctx.beginPath();
    ctx.moveTo(pad.left, y);
    ctx.lineTo(w - pad.right, y);
    ctx.stroke();
  }
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillStyle = '#666';
  ctx.textAlign = 'right';
  ctx.fillText(format(max), w - pad.right, 11);
  ctx.textAlign = 'left';
  let x = pad.left;
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    line(ctx, s.history, color, pad.left, pad.top, gw, gh, max, series.length === 1);
    const label = `${s.label} ${format(s.history.last())}`;
    ctx.fillStyle = color;
    ctx.fillText(label, x, 11);
    x += ctx.measureText(label).width + 12;
  });
}
