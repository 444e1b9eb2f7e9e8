// Small DOM helpers: build elements without innerHTML (names and messages
// from the daemon are text, never markup).

/** h('div', {class: 'x', onclick: f}, child, 'text', ...) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

// Through the prototype: a form's own properties are shadowed by its
// fields' names (an input named "append" is form.append).
const appendChild = Node.prototype.appendChild;

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else appendChild.call(el, c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replace el's children. */
export function fill(el, ...children) {
  Element.prototype.replaceChildren.call(el);
  append(el, children);
  return el;
}

/** The place beside a form or a list where its errors show. */
export function errorBox() {
  const el = h('p', { class: 'error', role: 'alert', hidden: true });
  el.show = (msg) => {
    el.textContent = msg;
    el.hidden = !msg;
  };
  return el;
}

/**
 * Run an action from a button: disable it meanwhile, show the daemon's
 * message in box on failure. Resolves to the action's result or undefined.
 */
export async function act(button, box, fn) {
  if (box) box.show('');
  if (button) button.disabled = true;
  try {
    return await fn();
  } catch (e) {
    if (box) box.show(e.message);
    else console.error(e);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
