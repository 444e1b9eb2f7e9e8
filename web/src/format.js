// Numbers as people read them: sizes, rates, durations.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function bytes(n) {
  if (n === undefined || n === null) return '–';
  let i = 0;
  while (Math.abs(n) >= 1024 && i < UNITS.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n >= 100 || i === 0 ? Math.round(n) : n.toFixed(1)} ${UNITS[i]}`;
}

export const rate = (n) => (n === undefined || n === null ? '–' : `${bytes(n)}/s`);

export const percent = (n) => (n === undefined || n === null ? '–' : `${n.toFixed(1)} %`);

export function duration(s) {
  if (s === undefined || s === null) return '–';
  s = Math.floor(s);
  const d = Math.floor(s / 86400);
  const hms = [Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60]
    .map((v) => String(v).padStart(2, '0'))
    .join(':');
  return d ? `${d}d ${hms}` : hms;
}

export function when(iso) {
  if (!iso) return '';
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? iso : t.toLocaleString();
}

/** "512M", "2G", "1048576" -> bytes; null when not a size. */
export function parseSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)i?B?\s*$/i.exec(text);
  if (!m) return null;
  const scale = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 }[m[2].toUpperCase()];
  return Math.round(parseFloat(m[1]) * scale);
}
