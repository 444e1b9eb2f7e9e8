// The login form: the daemon's web token (printed when it started, or in
// RUN/web-token) buys a session cookie (POST /api/login).
import { h, errorBox, act } from './dom.js';
import { login } from './api.js';

export function loginView(onLoggedIn) {
  const box = errorBox();
  const token = h('input', {
    name: 'token',
    type: 'password',
    autocomplete: 'current-password',
    placeholder: 'token',
    required: true,
  });
  const submit = h('button', { type: 'submit' }, 'Log in');
  const form = h(
    'form',
    { class: 'login', novalidate: true },
    h('h1', {}, 'rvisor'),
    h('p', { class: 'muted' }, 'The token is printed by rvisor daemon --web at start, and kept in its run directory as web-token.'),
    h('label', {}, h('span', {}, 'Token'), token),
    box,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const ok = await act(submit, box, () => login(token.value.trim()).then(() => true));
    if (ok) onLoggedIn();
  });
  // A link with #token=... logs in at once (the URL the daemon prints).
  form.autofill = (t) => {
    token.value = t;
    form.requestSubmit();
  };
  setTimeout(() => token.focus(), 0);
  return form;
}
