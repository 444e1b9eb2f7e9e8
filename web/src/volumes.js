// The storage pool: list, create and delete volumes (/api/volumes).
import { h, fill, errorBox, act } from './dom.js';
import { get, post, del, seg } from './api.js';
import { confirmButton } from './actions.js';
import { bytes, parseSize, when } from './format.js';

export function volumesView() {
  const box = errorBox();
  const formBox = errorBox();
  const body = h('tbody');
  const name = h('input', { name: 'volume-name', placeholder: 'data1', autocomplete: 'off' });
  const size = h('input', { name: 'volume-size', placeholder: '1G', value: '1G' });
  const format = h('select', { name: 'volume-format' }, h('option', { value: 'qcow2' }, 'qcow2'), h('option', { value: 'raw' }, 'raw'));
  const create = h('button', { type: 'submit' }, 'Create volume');

  async function load() {
    try {
      const { volumes } = await get('/volumes');
      box.show('');
      fill(
        body,
        volumes.length
          ? volumes.map((v) =>
              h(
                'tr',
                { dataset: { volume: v.name } },
                h('td', {}, v.name),
                h('td', {}, v.format),
                h('td', { class: 'num' }, bytes(v.size)),
                h('td', { class: 'num' }, bytes(v.allocated)),
                h('td', {}, v.backing || ''),
                h('td', {}, (v.used_by || []).join(', ')),
                h('td', {}, when(v.created_at)),
                h(
                  'td',
                  {},
                  confirmButton('Delete', 'danger', async (b) => {
                    if (await act(b, box, () => del(`/volumes/${seg(v.name)}`).then(() => true))) load();
                  }),
                ),
              ),
            )
          : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No volumes.')),
      );
    } catch (e) {
      box.show(e.message);
    }
  }

  const form = h('form', { class: 'inline', novalidate: true }, name, size, format, create);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const bodyJson = { name: name.value.trim(), format: format.value };
    const n = parseSize(size.value);
    if (n === null) {
      formBox.show(`'${size.value}' is not a size: give bytes or a number with K, M, G or T`);
      return;
    }
    bodyJson.size = n;
    if (await act(create, formBox, () => post('/volumes', bodyJson))) {
      name.value = '';
      load();
    }
  });

  load();
  const el = h(
    'section',
    { class: 'volumes' },
    h('h1', {}, 'Volumes'),
    form,
    formBox,
    box,
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ['Name', 'Format', 'Size', 'On disk', 'Backing', 'Used by', 'Created', ''].map((t) => h('th', {}, t)))),
      body,
    ),
  );
  el.reload = load;
  return el;
}
