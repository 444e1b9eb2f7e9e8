// The form that creates a VM (POST /vms) or changes one (PATCH
// /vms/NAME). The daemon validates; its message shows beside the form,
// word for word what `rvisor vm create` prints.
import { h, errorBox, act } from './dom.js';
import { get, post, patch, seg } from './api.js';

// "net,user,hostfwd=tcp::8022-:22,hostfwd=..." <-> {user: true, fwds: "tcp::8022-:22 ..."}
function splitDevices(devices) {
  let nic = null;
  const other = [];
  for (const d of devices || []) {
    if (!nic && /^net,user(,|$)/.test(d)) nic = d;
    else other.push(d);
  }
  const fwds = [];
  const rest = [];
  if (nic) {
    for (const opt of nic.split(',').slice(2)) {
      if (opt.startsWith('hostfwd=')) fwds.push(opt.slice(8));
      else rest.push(opt);
    }
  }
  return { nic: !!nic, fwds: fwds.join(' '), nicRest: rest, other };
}

function joinDevices(nic, fwds, nicRest, other) {
  const out = [];
  if (nic) {
    const opts = ['net', 'user', ...fwds.split(/[\s,]+/).filter(Boolean).map((f) => `hostfwd=${f}`), ...nicRest];
    out.push(opts.join(','));
  }
  return out.concat(other);
}

const lines = (text) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * vm: the VM to modify (else a create form). onDone(vm) after the daemon
 * accepted it; onCancel when the user closes the form.
 */
export function vmForm({ vm, onDone, onCancel }) {
  const config = vm ? vm.config : {};
  const dev = splitDevices(config.devices);
  const box = errorBox();
  const field = (label, input, hint) =>
    h('label', {}, h('span', {}, label), input, hint ? h('small', {}, hint) : null);

  const name = h('input', { name: 'name', required: true, autocomplete: 'off', placeholder: 'web1' });
  const cpus = h('input', { name: 'cpus', type: 'number', value: config.cpus || 1 });
  const mem = h('input', { name: 'memory_mib', type: 'number', value: config.memory_mib || 128 });
  const disks = h('textarea', { name: 'disks', rows: 2, placeholder: 'vol:NAME or /abs/path[,readonly=on]' });
  disks.value = (config.disks || []).join('\n');
  const volumePick = h('select', { name: 'add-volume' }, h('option', { value: '' }, 'add a volume…'));
  volumePick.addEventListener('change', () => {
    if (!volumePick.value) return;
    disks.value = lines(disks.value).concat(`vol:${volumePick.value}`).join('\n');
    volumePick.value = '';
  });
  get('/volumes')
    .then(({ volumes }) => {
      for (const v of volumes) volumePick.append(h('option', { value: v.name }, `${v.name} (${v.format})`));
    })
    .catch(() => {});
  const nic = h('input', { name: 'nic', type: 'checkbox', checked: vm ? dev.nic : true });
  const fwds = h('input', { name: 'hostfwd', value: dev.fwds, placeholder: 'tcp::8022-:22' });
  const other = h('textarea', { name: 'devices', rows: 1, placeholder: 'rng, balloon, ...' });
  other.value = dev.other.join('\n');
  const kernel = h('input', { name: 'kernel', value: config.kernel || '', placeholder: 'default guest' });
  const initrd = h('input', { name: 'initrd', value: config.initrd || '' });
  const append = h('input', { name: 'append', value: config.append || '' });
  const submit = h('button', { type: 'submit' }, vm ? 'Save changes' : 'Create');

  const number = (input) => (input.value.trim() === '' ? undefined : Number(input.value));
  const text = (input) => input.value.trim();

  function wanted() {
    return {
      cpus: number(cpus),
      memory_mib: number(mem),
      disks: lines(disks.value),
      devices: joinDevices(nic.checked, fwds.value, dev.nicRest, lines(other.value)),
      kernel: text(kernel),
      initrd: text(initrd),
      append: text(append),
    };
  }

  function createBody() {
    const w = wanted();
    const body = { name: text(name) };
    for (const [k, v] of Object.entries(w)) {
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      body[k] = v;
    }
    return body;
  }

  // Only what changed; an emptied optional field is removed (null).
  function patchBody() {
    const w = wanted();
    const body = {};
    for (const [k, v] of Object.entries(w)) {
      const was = config[k];
      const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
      if (empty) {
        if (was !== undefined && was !== null && !(Array.isArray(was) && was.length === 0)) body[k] = null;
      } else if (JSON.stringify(v) !== JSON.stringify(was)) {
        body[k] = v;
      }
    }
    return body;
  }

  const form = h(
    'form',
    { class: 'vm-form', novalidate: true },
    h('h2', {}, vm ? `Configuration of ${vm.name}` : 'New VM'),
    vm && vm.state !== 'stopped' ? h('p', { class: 'muted' }, 'Changes apply at the next start.') : null,
    h(
      'div',
      { class: 'grid' },
      vm ? null : field('Name', name),
      field('vCPUs', cpus),
      field('Memory (MiB)', mem),
      field('Disks', disks, 'one per line'),
      field('', volumePick),
      h('label', { class: 'check' }, nic, h('span', {}, 'User-mode network (NAT)')),
      field('Port forwards', fwds, 'hostfwd rules, space-separated: tcp:[HOSTADDR]:PORT-:PORT'),
      field('Other devices', other, 'one per line, as rvisor run --device'),
    ),
    h(
      'details',
      {},
      h('summary', {}, 'Boot'),
      h('div', { class: 'grid' }, field('Kernel', kernel), field('Initrd', initrd), field('Append', append)),
    ),
    box,
    h(
      'div',
      { class: 'buttons' },
      submit,
      h('button', { type: 'button', class: 'quiet', onclick: () => onCancel && onCancel() }, 'Cancel'),
    ),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const result = await act(submit, box, () =>
      vm ? patch(`/vms/${seg(vm.name)}`, patchBody()) : post('/vms', createBody()),
    );
    if (result) onDone(result);
  });
  return form;
}
