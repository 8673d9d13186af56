// Renders one presented quiz item as an accessible form part, and reads the learner's answer from
// it in the shape the API expects (docs/assessment.md, "answer sent by the player"). Texts arrive
// from the API as sanitized HTML (rendered from the author's Markdown on the server).
//
// Every item is a <fieldset> whose legend numbers it and whose prompt describes it; every control
// has a visible label; nothing is told by colour alone.

/** A fragment parsed from the server's sanitized HTML. */
/** Parsed (already sanitised) HTML from the server, as nodes to insert. */
export function fragment(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  return template.content;
}

/** The HTML without a single wrapping paragraph, for labels and list entries (phrasing content). */
function inline(html) {
  const content = fragment(html);
  const elements = [...content.children];
  if (elements.length === 1 && elements[0].tagName === 'P'
      && [...content.childNodes].every((n) => n === elements[0] || (n.nodeType === Node.TEXT_NODE && !n.textContent.trim()))) {
    return fragment(elements[0].innerHTML);
  }
  return content;
}

/** The plain text of some HTML (for <option>s and button names). */
export function plainText(html) {
  return fragment(html).textContent.replace(/\s+/g, ' ').trim();
}

/** An element with attributes (false and null leave one out) and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((c) => c !== null && c !== undefined));
  return element;
}

function options(list) {
  return (list || []).map((o) => (typeof o === 'string' ? { id: o, text: o } : o));
}

const BLANK = /\[\[([A-Za-z0-9_-]+)\]\]/g;

/** The longest text the API takes in any answer field. */
const MAX_TEXT = 2000;

/**
 * The form part of one item. Returns a controller: element, read() (the answer, or null while
 * unanswered), hintsUsed(), and shown (false for a type this player cannot show, which has no answer).
 *
 * @param item the presented item
 * @param position 1-based number of the item
 * @param total number of items in the attempt
 * @param saved {answer, hintsUsed} restored from this device or the server's draft
 * @param on {answer(key), hint(key, used)} called when the learner changes the answer or asks for a hint
 */
export function renderItem(item, position, total, saved, on) {
  const id = `q${position}`;
  const promptId = `${id}-prompt`;
  const howId = `${id}-how`;
  const fieldset = el('fieldset', { class: 'quiz-item', id, 'data-item': item.key });
  fieldset.append(el('legend', {}, `Question ${position} `, el('span', { class: 'of', text: `of ${total}` })));
  const prompt = el('div', { class: 'prose prompt', id: promptId });
  const how = el('p', { class: 'hint how', id: howId });
  const changed = () => on.answer(item.key);
  const ctx = { item, id, promptId, howId, prompt, how, changed };

  const build = BUILDERS[item.type];
  let part;
  if (build) {
    part = build(ctx);
  } else {
    prompt.append(fragment(item.prompt));
    how.textContent = 'This kind of question cannot be shown here yet.';
    part = { element: null, read: () => null, write: () => {} };
  }
  fieldset.setAttribute('aria-describedby', how.textContent ? `${promptId} ${howId}` : promptId);
  fieldset.append(prompt);
  if (how.textContent) fieldset.append(how);
  if (part.element) fieldset.append(part.element);

  const hints = hintsPart(item, id, saved.hintsUsed || 0, (used) => on.hint(item.key, used));
  if (hints) fieldset.append(hints.element);

  if (saved.answer !== undefined && saved.answer !== null) {
    try { part.write(saved.answer); } catch { /* an answer of another shape: start the item afresh */ }
  }
  return {
    key: item.key,
    element: fieldset,
    read: part.read,
    hintsUsed: () => (hints ? hints.used() : 0),
    shown: Boolean(build),
  };
}

const BUILDERS = {
  'single-choice': (ctx) => choices(ctx, false),
  'multiple-choice': (ctx) => choices(ctx, true),
  numeric,
  'short-text': shortText,
  ordering,
  matching,
  'fill-in-the-blank': blanks,
};

function choices(ctx, multiple) {
  const { item, id } = ctx;
  ctx.prompt.append(fragment(item.prompt));
  if (multiple) ctx.how.textContent = 'Choose every answer that is right.';
  const list = el('div', { class: 'choices' });
  options(item.choices).forEach((choice, i) => {
    const inputId = `${id}-c${i}`;
    const label = el('label', { for: inputId });
    label.append(inline(choice.text));
    list.append(el('div', { class: 'choice' },
      el('input', { type: multiple ? 'checkbox' : 'radio', name: id, id: inputId, value: choice.id }), label));
  });
  list.addEventListener('change', ctx.changed);
  const inputs = () => [...list.querySelectorAll('input')];
  return {
    element: list,
    read: () => {
      const picked = inputs().filter((i) => i.checked).map((i) => i.value);
      if (!picked.length) return null;
      return multiple ? { choices: picked } : { choice: picked[0] };
    },
    write: (answer) => {
      const picked = new Set(multiple ? answer.choices || [] : [answer.choice]);
      inputs().forEach((i) => { i.checked = picked.has(i.value); });
    },
  };
}

function numeric(ctx) {
  const { item, id, promptId } = ctx;
  ctx.prompt.append(fragment(item.prompt));
  const units = item.units || [];
  const formatId = `${id}-format`;
  const value = el('input', { type: 'text', id: `${id}-value`, autocomplete: 'off', spellcheck: 'false', maxlength: MAX_TEXT,
    'aria-describedby': `${promptId} ${formatId}` });
  const part = el('div', { class: 'answer-fields' },
    el('div', { class: 'field' }, el('label', { for: `${id}-value`, text: 'Your answer' }), value,
      el('p', { class: 'hint tight', id: formatId,
        text: 'A number such as 3.5, a fraction such as 7/2 or a mixed number such as 3 1/2.' })));
  let unit = null;
  if (units.length) {
    unit = el('select', { id: `${id}-unit` }, el('option', { value: '', text: 'Choose a unit' }),
      ...units.map((u) => el('option', { value: u, text: u })));
    part.append(el('div', { class: 'field' }, el('label', { for: `${id}-unit`, text: 'Unit' }), unit));
  }
  part.addEventListener('input', ctx.changed);
  part.addEventListener('change', ctx.changed);
  return {
    element: part,
    read: () => {
      const text = value.value.trim();
      if (!text) return null;
      // No unit chosen: the answer goes without one (the server then gives partial credit at most).
      return unit && unit.value ? { value: text, unit: unit.value } : { value: text };
    },
    write: (answer) => {
      value.value = answer.value ?? '';
      if (unit) unit.value = answer.unit ?? '';
    },
  };
}

function shortText(ctx) {
  const { item, id, promptId } = ctx;
  ctx.prompt.append(fragment(item.prompt));
  const long = item.manual === true || item.multiline === true;
  const input = long
    ? el('textarea', { id: `${id}-text`, rows: 5, maxlength: MAX_TEXT, 'aria-describedby': promptId })
    : el('input', { type: 'text', id: `${id}-text`, autocomplete: 'off', maxlength: MAX_TEXT, 'aria-describedby': promptId });
  input.addEventListener('input', ctx.changed);
  return {
    element: el('div', { class: 'field' }, el('label', { for: `${id}-text`, text: 'Your answer' }), input),
    read: () => (input.value.trim() ? { text: input.value } : null),
    write: (answer) => { input.value = answer.text ?? ''; },
  };
}

function ordering(ctx) {
  const { item, id } = ctx;
  ctx.prompt.append(fragment(item.prompt));
  ctx.how.textContent = 'Put the entries in order with the Move up and Move down buttons; the first entry is number 1.';
  const list = el('ol', { class: 'ordering' });
  const announce = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  let touched = false;
  const entries = options(item.order);
  const names = new Map(entries.map((e) => [e.id, plainText(e.text)]));

  const refresh = () => {
    const rows = [...list.children];
    rows.forEach((row, i) => {
      const [up, down] = row.querySelectorAll('button');
      up.setAttribute('aria-disabled', String(i === 0));
      down.setAttribute('aria-disabled', String(i === rows.length - 1));
    });
  };
  const move = (row, by, button) => {
    const rows = [...list.children];
    const from = rows.indexOf(row);
    const to = from + by;
    if (to < 0 || to >= rows.length) return;
    if (by < 0) list.insertBefore(row, rows[to]);
    else list.insertBefore(row, rows[to].nextSibling);
    refresh();
    button.focus();
    announce.textContent = `${names.get(row.dataset.id)}: now number ${to + 1} of ${rows.length}.`;
    touched = true;
    ctx.changed();
  };
  entries.forEach((entry) => {
    const name = names.get(entry.id);
    const text = el('span', { class: 'entry' });
    text.append(inline(entry.text));
    const up = el('button', { type: 'button', class: 'small', 'aria-label': `Move up: ${name}` }, '↑ Up');
    const down = el('button', { type: 'button', class: 'small', 'aria-label': `Move down: ${name}` }, '↓ Down');
    const row = el('li', { 'data-id': entry.id }, text, el('span', { class: 'moves' }, up, down));
    up.addEventListener('click', () => move(row, -1, up));
    down.addEventListener('click', () => move(row, 1, down));
    list.append(row);
  });
  refresh();
  const order = () => [...list.children].map((row) => row.dataset.id);
  return {
    element: el('div', {}, list, announce),
    // Untouched, the entries stand as presented, which the server guarantees is not the right
    // order: that counts as no answer, not as an answer.
    read: () => (touched ? { order: order() } : null),
    write: (answer) => {
      const rows = new Map([...list.children].map((row) => [row.dataset.id, row]));
      (answer.order || []).forEach((entryId) => { if (rows.has(entryId)) list.append(rows.get(entryId)); });
      touched = true;
      refresh();
    },
  };
}

function matching(ctx) {
  const { item, id } = ctx;
  ctx.prompt.append(fragment(item.prompt));
  ctx.how.textContent = 'Choose the match for each entry.';
  const right = options(item.right);
  const selects = new Map();
  const part = el('div', { class: 'matching' });
  options(item.left).forEach((left, i) => {
    const selectId = `${id}-m${i}`;
    const label = el('label', { for: selectId });
    label.append(inline(left.text));
    const select = el('select', { id: selectId }, el('option', { value: '', text: 'Choose a match' }),
      ...right.map((r) => el('option', { value: r.id, text: plainText(r.text) })));
    selects.set(left.id, select);
    part.append(el('div', { class: 'field pair' }, label, select));
  });
  part.addEventListener('change', ctx.changed);
  return {
    element: part,
    read: () => {
      const pairs = {};
      selects.forEach((select, leftId) => { if (select.value) pairs[leftId] = select.value; });
      return Object.keys(pairs).length ? { pairs } : null;
    },
    write: (answer) => {
      selects.forEach((select, leftId) => { select.value = (answer.pairs || {})[leftId] ?? ''; });
    },
  };
}

function blanks(ctx) {
  const { item, id } = ctx;
  const content = fragment(item.prompt);
  const declared = (item.blanks || []).map((b) => (typeof b === 'string' ? b : b.id));
  const inputs = new Map();
  const found = [];
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (BLANK.test(node.textContent)) texts.push(node);
    BLANK.lastIndex = 0;
  }
  texts.forEach((node) => {
    const parts = node.textContent.split(BLANK);
    const replacement = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        if (part) replacement.append(part);
      } else {
        found.push(part);
        const input = el('input', { type: 'text', class: 'blank', id: `${id}-b-${part}`, autocomplete: 'off', maxlength: MAX_TEXT,
          spellcheck: 'false', size: 8, 'data-blank': part });
        inputs.set(part, input);
        replacement.append(input);
      }
    });
    node.replaceWith(replacement);
  });
  ctx.prompt.append(content);
  // Blanks the API names but the prompt does not show: asked below it, each with a label.
  const extra = declared.filter((b) => !inputs.has(b));
  let part = null;
  if (extra.length) {
    part = el('div', { class: 'answer-fields' });
    extra.forEach((blank) => {
      const input = el('input', { type: 'text', id: `${id}-b-${blank}`, autocomplete: 'off', 'data-blank': blank });
      inputs.set(blank, input);
      part.append(el('div', { class: 'field' }, el('label', { for: input.id, text: `Blank ${blank}` }), input));
    });
  }
  const total = inputs.size;
  [...inputs.values()].forEach((input, i) => {
    if (!input.closest('.answer-fields')) input.setAttribute('aria-label', `Blank ${i + 1} of ${total}`);
  });
  ctx.how.textContent = total === 1 ? 'Fill in the blank.' : `Fill in the ${total} blanks.`;
  const listen = (target) => target.addEventListener('input', ctx.changed);
  listen(ctx.prompt);
  if (part) listen(part);
  return {
    element: part,
    read: () => {
      const values = {};
      inputs.forEach((input, blank) => { if (input.value.trim()) values[blank] = input.value.trim(); });
      return Object.keys(values).length ? { blanks: values } : null;
    },
    write: (answer) => {
      inputs.forEach((input, blank) => { input.value = (answer.blanks || {})[blank] ?? ''; });
    },
  };
}

/** Hints, shown one at a time on request; the count goes with the answer. */
function hintsPart(item, id, initiallyUsed, onHint) {
  const hints = item.hints || [];
  if (!hints.length) return null;
  let used = Math.min(initiallyUsed, hints.length);
  const list = el('ol', { class: 'hint-list', id: `${id}-hints` });
  const button = el('button', { type: 'button', class: 'secondary', 'aria-controls': `${id}-hints` });
  const show = (count, focus) => {
    list.replaceChildren(...hints.slice(0, count).map((hint, i) => {
      const entry = el('li', { tabindex: -1 }, el('strong', { class: 'hint-label', text: `Hint ${i + 1}` }));
      entry.append(fragment(hint));
      return entry;
    }));
    const left = hints.length - count;
    button.textContent = count === 0 ? `Show a hint (${hints.length} available)` : `Show another hint (${left} left)`;
    button.hidden = left === 0;
    if (focus && list.lastElementChild) list.lastElementChild.focus();
  };
  button.addEventListener('click', () => {
    if (used >= hints.length) return;
    used += 1;
    // The new hint takes focus when the button disappears with it, so focus is never lost.
    show(used, used === hints.length);
    onHint(used);
  });
  show(used, false);
  return { element: el('div', { class: 'hints' }, list, button), used: () => used };
}
