// A VM's lifecycle buttons for its state: start, stop, pause, resume, and
// on its own page kill, restart and delete.
import { h, act } from './dom.js';
import { post, del, seg } from './api.js';

/**
 * A button that asks once more before a destructive action: the first
 * click turns it into "Really ...?", the second runs it.
 */
export function confirmButton(label, cls, run) {
  const b = h('button', { type: 'button', class: cls }, label);
  let armed = false;
  let timer = null;
  b.addEventListener('click', () => {
    if (!armed) {
      armed = true;
      b.textContent = `Really ${label.toLowerCase()}?`;
      b.classList.add('armed');
      timer = setTimeout(() => {
        armed = false;
        b.textContent = label;
        b.classList.remove('armed');
      }, 4000);
      return;
    }
    clearTimeout(timer);
    armed = false;
    b.textContent = label;
    b.classList.remove('armed');
    run(b);
  });
  return b;
}

/**
 * The buttons for vm's state. box shows a refusal (the daemon's message);
 * after runs when an action succeeded. full adds kill, restart, delete.
 */
export function actionButtons(vm, box, after, full = false, onDeleted) {
  const path = `/vms/${seg(vm.name)}`;
  const button = (label, op, body) => {
    const b = h('button', { type: 'button', dataset: { action: op } }, label);
    b.addEventListener('click', async () => {
      const ok = await act(b, box, () => post(`${path}/${op}`, body).then(() => true));
      if (ok) after();
    });
    return b;
  };
  const out = [];
  if (vm.operation) return [h('span', { class: 'muted' }, `${vm.operation}…`)];
  switch (vm.state) {
    case 'stopped':
      out.push(button('Start', 'start'));
      break;
    case 'running':
      out.push(button('Stop', 'stop'), button('Pause', 'pause'));
      if (full) out.push(button('Restart', 'restart'));
      break;
    case 'paused':
      out.push(button('Resume', 'resume'), button('Stop', 'stop'));
      break;
    default:
      break;
  }
  if (full && vm.state !== 'stopped') {
    out.push(
      confirmButton('Kill', 'danger', async (b) => {
        if (await act(b, box, () => post(`${path}/kill`).then(() => true))) after();
      }),
    );
  }
  if (full) {
    out.push(
      confirmButton('Delete', 'danger', async (b) => {
        const force = vm.state !== 'stopped' ? '?force=true' : '';
        if (await act(b, box, () => del(`${path}${force}`).then(() => true))) {
          if (onDeleted) onDeleted();
        }
      }),
    );
  }
  return out;
}
