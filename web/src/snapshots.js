// A VM's snapshot tree (GET /vms/NAME/snapshots) with create, revert and
// delete, and its clone form (POST /vms/NAME/clone).
import { h, fill, errorBox, act } from './dom.js';
import { get, post, del, seg } from './api.js';
import { confirmButton } from './actions.js';
import { when } from './format.js';

// Nested lists from the parent names, in creation order.
function tree(snapshots, node) {
  const children = new Map();
  for (const s of snapshots) {
    const p = s.parent || '';
    if (!children.has(p)) children.set(p, []);
    children.get(p).push(s);
  }
  const build = (parent) => {
    const kids = children.get(parent) || [];
    if (!kids.length) return null;
    return h('ul', {}, kids.map((s) => h('li', {}, node(s), build(s.name))));
  };
  return build('');
}

export function snapshotsView(vmName, onChange) {
  const path = `/vms/${seg(vmName)}/snapshots`;
  const box = errorBox();
  const list = h('div', { class: 'snap-tree' });
  const name = h('input', { name: 'snapshot-name', placeholder: 'before-upgrade', autocomplete: 'off' });
  const description = h('input', { name: 'snapshot-description', placeholder: 'description (optional)' });
  const take = h('button', { type: 'submit' }, 'Take snapshot');
  const busy = h('span', { class: 'muted', hidden: true }, 'working…');
  let snapshots = [];

  const cloneBox = errorBox();
  const cloneName = h('input', { name: 'clone-name', placeholder: `${vmName}-copy`, autocomplete: 'off' });
  const cloneFrom = h('select', { name: 'clone-from' });
  const cloneLinked = h('input', { name: 'clone-linked', type: 'checkbox' });
  const cloneButton = h('button', { type: 'submit' }, 'Clone');

  async function run(button, fn) {
    busy.hidden = false;
    const r = await act(button, box, fn);
    busy.hidden = true;
    if (r !== undefined) {
      await load();
      if (onChange) onChange();
    }
    return r;
  }

  function node(s) {
    return h(
      'div',
      { class: `snap${s.current ? ' current' : ''}`, dataset: { snapshot: s.name } },
      h('strong', {}, s.name),
      s.current ? h('span', { class: 'badge' }, 'current') : null,
      s.memory ? h('span', { class: 'badge mem', title: 'memory and device state kept' }, 'memory') : null,
      h('span', { class: 'muted' }, when(s.created_at)),
      s.description ? h('span', { class: 'desc' }, s.description) : null,
      h(
        'span',
        { class: 'buttons' },
        h(
          'button',
          {
            type: 'button',
            dataset: { action: 'revert' },
            onclick: (e) => run(e.currentTarget, () => post(`${path}/${seg(s.name)}/revert`)),
          },
          'Revert',
        ),
        confirmButton('Delete', 'danger', (b) => run(b, () => del(`${path}/${seg(s.name)}`).then(() => true))),
      ),
    );
  }

  async function load() {
    try {
      const t = await get(path);
      snapshots = t.snapshots || [];
      fill(
        list,
        snapshots.length ? tree(snapshots, node) : h('p', { class: 'muted' }, 'No snapshots.'),
        t.resumes_from_memory ? h('p', { class: 'muted' }, 'The next start resumes from the current snapshot.') : null,
      );
      const keep = cloneFrom.value;
      fill(
        cloneFrom,
        h('option', { value: '' }, 'as it is now (stopped VM)'),
        snapshots.map((s) => h('option', { value: s.name }, `snapshot ${s.name}`)),
      );
      cloneFrom.value = snapshots.some((s) => s.name === keep) ? keep : '';
    } catch (e) {
      box.show(e.message);
    }
  }

  const form = h('form', { class: 'inline', novalidate: true }, name, description, take, busy);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { name: name.value.trim() };
    if (description.value.trim()) body.description = description.value.trim();
    if ((await run(take, () => post(path, body))) !== undefined) {
      name.value = '';
      description.value = '';
    }
  });

  const cloneForm = h(
    'form',
    { class: 'inline', novalidate: true },
    cloneName,
    cloneFrom,
    h('label', { class: 'check', title: 'overlays over the snapshot\'s layers instead of copies' }, cloneLinked, ' linked'),
    cloneButton,
  );
  cloneForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { name: cloneName.value.trim() };
    if (cloneFrom.value) body.from_snapshot = cloneFrom.value;
    if (cloneLinked.checked) body.mode = 'linked';
    const r = await act(cloneButton, cloneBox, () => post(`/vms/${seg(vmName)}/clone`, body));
    if (r) {
      cloneName.value = '';
      location.hash = `#/vm/${encodeURIComponent(r.name)}`;
    }
  });

  const el = h(
    'div',
    { class: 'snapshots' },
    h('h2', {}, 'Snapshots'),
    form,
    box,
    list,
    h('h2', {}, 'Clone'),
    cloneForm,
    cloneBox,
  );
  el.reload = load;
  load();
  return el;
}
