/*
 * <kasus-passage>: one passage of a case text with annotation highlights.
 * Plain classic script (no build step): the server sets `text`, `highlights`, `notes`, `selectedId`;
 * the element renders everything in light DOM and reports selections as UTF-16 offsets into `text`.
 * Events (bubbling, composed): kasus-select {start,end,quote}, kasus-highlight {id},
 * kasus-code {start,end,quote,code}. Methods: clearSelection(), offsetsOfSelection().
 */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('kasus-passage')) return;

  const SUPS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const MARKER = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;
  const WORD = /[\p{L}\p{M}\p{N}_]/u;
  const STYLE_ID = 'kasus-passage-style';
  const STYLE = `
kasus-passage{display:block;position:relative;white-space:pre-wrap;line-height:1.9;cursor:text}
kasus-passage:focus{outline:none}
kasus-passage:focus-visible{outline:2px solid var(--lumo-primary-color-50pct,#2563eb88);outline-offset:3px;border-radius:2px}
kasus-passage .hl{border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
kasus-passage .hl.sel{outline:2px solid;outline-offset:1px}
kasus-passage .note-ref{cursor:pointer;color:var(--lumo-primary-text-color,#1d4ed8);border-radius:2px}
kasus-passage .note-ref:focus-visible{outline:2px solid currentColor}
kasus-passage .kp-caret{position:absolute;display:none;width:0;border-left:2px solid var(--lumo-primary-color,#2563eb);pointer-events:none;user-select:none}
kasus-passage:focus .kp-caret.on{display:block}
kasus-passage .kp-tip{position:absolute;z-index:10;max-width:min(28rem,90vw);padding:.4em .6em;white-space:normal;line-height:1.4;font-size:.875em;cursor:auto;user-select:none;
 background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#222);border:1px solid var(--lumo-contrast-20pct,#ccc);border-radius:4px;box-shadow:0 2px 8px #0003}
kasus-passage .kp-tip[hidden]{display:none}`;

  let tipId = 0;
  let openOwner = null; // only one footnote popover on the page at a time

  const arr = (v) => {
    if (typeof v === 'string') { try { v = JSON.parse(v); } catch (e) { v = null; } }
    return Array.isArray(v) ? v : [];
  };
  const num = (v) => (v === null || v === undefined || v === '' || !isFinite(v) ? null : Number(v));
  const supNumber = (s) => Number([...s].map((c) => SUPS.indexOf(c)).join(''));
  // An invalid colour would void the whole background/box-shadow declaration.
  const colour = (c) => (typeof c === 'string' && CSS.supports('color', c) ? c : '#9ca3af');
  const passageOf = (n) => {
    const el = n && (n.nodeType === 1 ? n : n.parentElement);
    return el ? el.closest('kasus-passage') : null;
  };

  class KasusPassage extends HTMLElement {
    constructor() {
      super();
      this._text = '';
      this._hl = [];
      this._notes = [];
      this._sel = null;
      this._anchor = 0;
      this._caret = 0;
      this._segs = [];
      this._timer = 0;
    }

    get text() { return this._text; }
    set text(v) { this._text = v == null ? '' : String(v); this._render(); }
    get highlights() { return this._hl; }
    set highlights(v) { this._hl = arr(v); this._render(); }
    get notes() { return this._notes; }
    set notes(v) { this._notes = arr(v); this._render(); }
    get selectedId() { return this._sel; }
    set selectedId(v) { this._sel = num(v); this._render(); }

    connectedCallback() {
      if (!document.getElementById(STYLE_ID)) {
        const st = document.createElement('style');
        st.id = STYLE_ID;
        st.textContent = STYLE;
        document.head.appendChild(st);
      }
      if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
      if (!this.hasAttribute('role')) {
        // Announced as read-only text so screen readers follow the caret/selection we draw.
        this.setAttribute('role', 'textbox');
        this.setAttribute('aria-readonly', 'true');
        this.setAttribute('aria-multiline', 'true');
      }
      // Properties set before the element was upgraded shadow our accessors: re-apply them.
      this._quiet = true;
      for (const p of ['text', 'highlights', 'notes', 'selectedId']) {
        if (Object.prototype.hasOwnProperty.call(this, p)) { const v = this[p]; delete this[p]; this[p] = v; }
      }
      this._quiet = false;
      if (!this._wired) {
        this._wired = true;
        this.addEventListener('keydown', (e) => this._onKey(e));
        this.addEventListener('keyup', (e) => { if (e.key === 'Shift') this._flush(); });
        this.addEventListener('click', (e) => this._onClick(e));
        this.addEventListener('focus', () => this._placeCaret());
        this.addEventListener('mouseover', (e) => {
          const ref = e.target.closest && e.target.closest('.note-ref');
          if (ref && !this._pinned) this._openTip(ref, false);
        });
        this.addEventListener('mouseout', (e) => {
          const ref = e.target.closest && e.target.closest('.note-ref');
          if (ref && !this._pinned && !ref.contains(e.relatedTarget)) this._closeTip();
        });
      }
      this._render();
    }

    disconnectedCallback() {
      if (openOwner === this) this._closeTip();
      clearTimeout(this._timer);
    }

    /** The part of the window selection inside this passage, untrimmed, or null when empty. */
    offsetsOfSelection() {
      const s = getSelection();
      if (!this._box || !s || !s.rangeCount || s.isCollapsed) return null;
      const r = s.getRangeAt(0);
      if (!r.intersectsNode(this._box)) return null;
      const start = this._offsetAt(r.startContainer, r.startOffset);
      const end = this._offsetAt(r.endContainer, r.endOffset);
      return start < end ? { start, end } : null;
    }

    clearSelection() {
      clearTimeout(this._timer);
      this._timer = 0;
      this._anchor = this._caret;
      if (document.activeElement === this) this._draw();
      else if (this.offsetsOfSelection()) getSelection().removeAllRanges();
    }

    _render() {
      if (this._quiet) return;
      const t = this._text, len = t.length;
      const hs = [];
      for (const h of this._hl) {
        if (!h || !isFinite(h.start) || !isFinite(h.end)) continue;
        const start = Math.max(0, Math.min(len, h.start | 0)), end = Math.max(0, Math.min(len, h.end | 0));
        if (end > start) hs.push({ id: num(h.id), start, end, color: colour(h.color), label: h.label == null ? '' : String(h.label) });
      }
      const marks = [...t.matchAll(MARKER)].map((m) => ({ s: m.index, e: m.index + m[0].length, n: supNumber(m[0]) }));
      const cuts = new Set([0, len]);
      for (const h of hs) { cuts.add(h.start); cuts.add(h.end); }
      for (const m of marks) { cuts.add(m.s); cuts.add(m.e); }
      const pts = [...cuts].sort((a, b) => a - b);

      const box = document.createElement('span');
      box.className = 'kp-text';
      const segs = [];
      let wrap = null, wrapMark = null;
      for (let i = 0; i + 1 < pts.length; i++) {
        const a = pts[i], b = pts[i + 1];
        const seg = document.createElement('span');
        const node = document.createTextNode(t.slice(a, b));
        seg.appendChild(node);
        seg.dataset.start = a;
        seg.dataset.end = b;
        // Innermost (shortest) first: it gives the background and the top-most underline.
        const cov = hs.filter((h) => h.start <= a && h.end >= b)
          .sort((x, y) => (x.end - x.start) - (y.end - y.start) || y.start - x.start || x.id - y.id);
        if (cov.length) {
          seg.className = 'hl';
          seg.dataset.ids = cov.map((h) => h.id).join(' ');
          const title = cov.map((h) => h.label).filter(Boolean).join(', ');
          if (title) seg.title = title;
          seg.style.backgroundColor = `color-mix(in srgb, ${cov[0].color} 28%, transparent)`;
          seg.style.boxShadow = cov.map((h, k) => `inset 0 -${2 * (k + 1)}px 0 0 ${h.color}`).join(', ');
          seg.style.paddingBottom = `${2 * cov.length}px`;
          const selected = this._sel !== null && cov.find((h) => h.id === this._sel);
          if (selected) { seg.classList.add('sel'); seg.style.outlineColor = selected.color; }
        }
        const m = marks.find((mk) => mk.s <= a && b <= mk.e);
        if (!m) { wrap = wrapMark = null; box.appendChild(seg); }
        else {
          if (wrapMark !== m) {
            wrapMark = m;
            wrap = document.createElement('span');
            wrap.className = 'note-ref';
            wrap.dataset.note = m.n;
            wrap.tabIndex = 0;
            wrap.setAttribute('role', 'button');
            wrap.setAttribute('aria-label', `Footnote ${m.n}`);
            wrap.setAttribute('aria-expanded', 'false');
            box.appendChild(wrap);
          }
          wrap.appendChild(seg);
        }
        segs.push({ s: a, e: b, t: node });
      }

      if (openOwner === this) this._closeTip();
      if (!this._tip) {
        this._caretEl = document.createElement('span');
        this._caretEl.className = 'kp-caret';
        this._caretEl.setAttribute('aria-hidden', 'true');
        this._tip = document.createElement('div');
        this._tip.className = 'kp-tip';
        this._tip.id = `kasus-passage-tip-${++tipId}`;
        this._tip.setAttribute('role', 'tooltip');
        this._tip.hidden = true;
      }
      this._box = box;
      this._segs = segs;
      this._anchor = Math.min(this._anchor, len);
      this._caret = Math.min(this._caret, len);
      this.replaceChildren(box, this._caretEl, this._tip);
      if (document.activeElement === this) this._draw();
    }

    /** Text offset of a DOM boundary point; points outside the text clamp to its start or end. */
    _offsetAt(node, off) {
      if (node.nodeType === 3 && this._box.contains(node) && node.parentElement.dataset.start) {
        return Number(node.parentElement.dataset.start) + Math.min(off, node.length);
      }
      try {
        const r = document.createRange();
        r.setStart(node, off);
        for (const g of this._segs) if (r.comparePoint(g.t, 0) >= 0) return g.s;
      } catch (e) { return 0; }
      return this._text.length;
    }

    /** DOM boundary point of a text offset. */
    _pointAt(o) {
      for (const g of this._segs) if (o < g.e) return [g.t, o - g.s];
      const last = this._segs[this._segs.length - 1];
      return last ? [last.t, last.t.length] : [this._box, 0];
    }

    _draw() {
      const a = this._pointAt(this._anchor), c = this._pointAt(this._caret);
      getSelection().setBaseAndExtent(a[0], a[1], c[0], c[1]);
      this._placeCaret();
    }

    _placeCaret() {
      const el = this._caretEl;
      if (!el || !this._segs.length) return;
      const r = document.createRange();
      const p = this._pointAt(this._caret);
      r.setStart(p[0], p[1]);
      let rect = r.getClientRects()[0], x;
      if (rect && rect.height) x = rect.left;
      else if (this._caret > 0) { // collapsed ranges at a line end have no box: use the previous character's
        const q = this._pointAt(this._caret - 1);
        r.setStart(q[0], q[1]);
        r.setEnd(p[0], p[1]);
        const rs = r.getClientRects();
        rect = rs[rs.length - 1];
        x = rect && rect.right;
      }
      if (!rect) { el.classList.remove('on'); return; }
      const h = this.getBoundingClientRect();
      el.style.left = `${x - h.left - this.clientLeft}px`;
      el.style.top = `${rect.top - h.top - this.clientTop}px`;
      el.style.height = `${rect.height}px`;
      el.classList.add('on');
    }

    _trimmed(start, end) {
      const t = this._text;
      while (start < end && /\s/.test(t[start])) start++;
      while (end > start && /\s/.test(t[end - 1])) end--;
      return start < end ? { start, end, quote: t.slice(start, end) } : null;
    }

    _emit(type, detail) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    _emitSelection() {
      const o = this.offsetsOfSelection();
      const d = o && this._trimmed(o.start, o.end);
      if (d) this._emit('kasus-select', d);
    }

    _flush() {
      if (!this._timer) return;
      clearTimeout(this._timer);
      this._timer = 0;
      this._emitSelection();
    }

    /** Called (by the document listener) after a mouse gesture whose selection belongs to this passage. */
    _afterMouse(sel) {
      if (!this._box) return;
      this._anchor = this._offsetAt(sel.anchorNode, sel.anchorOffset);
      this._caret = this._offsetAt(sel.focusNode, sel.focusOffset);
      if (!sel.isCollapsed) this._emitSelection();
      this._placeCaret();
    }

    _hlAt(c) {
      const inner = (list) => list.sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
      const valid = this._hl.filter((h) => h && isFinite(h.start) && isFinite(h.end) && h.end > h.start);
      return inner(valid.filter((h) => h.start <= c && c < h.end)) || inner(valid.filter((h) => h.start < c && c <= h.end));
    }

    _onClick(e) {
      const ref = e.target.closest('.note-ref');
      if (ref) {
        if (this._pinned && this._ref === ref) this._closeTip(); else this._openTip(ref, true);
        return;
      }
      if (this.offsetsOfSelection()) return; // the end of a drag, not a click
      const seg = e.target.closest('[data-ids]');
      if (seg && this.contains(seg)) this._emit('kasus-highlight', { id: Number(seg.dataset.ids.split(' ')[0]) });
    }

    _onKey(e) {
      if (e.defaultPrevented || e.isComposing) return;
      const ref = e.target.closest('.note-ref');
      if (e.key === 'Escape' && openOwner === this) { this._closeTip(); e.preventDefault(); return; }
      if (ref) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          if (this._pinned && this._ref === ref) this._closeTip(); else this._openTip(ref, true);
        }
        return;
      }
      if (e.target !== this) return;
      const t = this._text, len = t.length, k = e.key;
      const mod = e.ctrlKey || e.altKey || e.metaKey;
      if ((k === '1' || k === '2' || k === '3') && !mod) {
        const o = this.offsetsOfSelection();
        const d = o && this._trimmed(o.start, o.end);
        if (!d) return;
        e.preventDefault();
        this._flush();
        this._emit('kasus-code', Object.assign(d, { code: Number(k) }));
        return;
      }
      if (k === 'Escape') {
        if (this._anchor === this._caret && !this.offsetsOfSelection()) return;
        e.preventDefault();
        this.clearSelection();
        return;
      }
      if (k === 'Enter') {
        const h = this._hlAt(this._caret);
        if (h) { e.preventDefault(); this._emit('kasus-highlight', { id: Number(h.id) }); }
        return;
      }
      let to;
      const lo = Math.min(this._anchor, this._caret), hi = Math.max(this._anchor, this._caret);
      if (k === 'Home') to = 0;
      else if (k === 'End') to = len;
      else if (k === 'ArrowLeft' || k === 'ArrowRight') {
        const left = k === 'ArrowLeft';
        if (e.metaKey) to = left ? 0 : len;
        else if (e.ctrlKey || e.altKey) to = left ? wordLeft(t, this._caret) : wordRight(t, this._caret);
        else if (!e.shiftKey && lo < hi) to = left ? lo : hi; // like native text: collapse to that edge
        else to = step(t, this._caret, left ? -1 : 1);
      } else return;
      e.preventDefault();
      this._caret = to;
      if (!e.shiftKey) this._anchor = to;
      this._draw();
      clearTimeout(this._timer);
      this._timer = 0;
      if (e.shiftKey && this._anchor !== this._caret) {
        this._timer = setTimeout(() => { this._timer = 0; this._emitSelection(); }, 150);
      }
    }

    _openTip(ref, pinned) {
      if (openOwner && openOwner !== this) openOwner._closeTip();
      if (this._ref && this._ref !== ref) this._ref.setAttribute('aria-expanded', 'false');
      const n = Number(ref.dataset.note);
      const note = this._notes.find((x) => x && Number(x.number) === n);
      const tip = this._tip;
      tip.textContent = `${n}. ${note && note.text != null ? note.text : ''}`.trim();
      tip.hidden = false;
      ref.setAttribute('aria-expanded', 'true');
      ref.setAttribute('aria-describedby', tip.id);
      const h = this.getBoundingClientRect(), r = ref.getBoundingClientRect();
      const left = Math.max(0, Math.min(r.left - h.left - this.clientLeft, this.clientWidth - tip.offsetWidth));
      tip.style.left = `${left}px`;
      tip.style.top = `${r.bottom - h.top - this.clientTop + 4}px`;
      this._ref = ref;
      this._pinned = pinned;
      openOwner = this;
    }

    _closeTip() {
      if (this._tip) this._tip.hidden = true;
      if (this._ref) { this._ref.setAttribute('aria-expanded', 'false'); this._ref.removeAttribute('aria-describedby'); }
      this._ref = null;
      this._pinned = false;
      if (openOwner === this) openOwner = null;
    }
  }

  function step(t, i, d) {
    i = Math.max(0, Math.min(t.length, i + d));
    // Never stop between the two halves of a surrogate pair.
    const c = t.charCodeAt(i);
    if (i > 0 && i < t.length && c >= 0xdc00 && c <= 0xdfff) i += d;
    return i;
  }
  function wordRight(t, i) {
    while (i < t.length && !WORD.test(t[i])) i++;
    while (i < t.length && WORD.test(t[i])) i++;
    return i;
  }
  function wordLeft(t, i) {
    while (i > 0 && !WORD.test(t[i - 1])) i--;
    while (i > 0 && WORD.test(t[i - 1])) i--;
    return i;
  }

  // One document listener for all passages: the selection belongs to the passage where the drag
  // started (its anchor), or, for a drag from outside, to the passage where it ended.
  document.addEventListener('mouseup', (e) => {
    setTimeout(() => { // let the browser finish updating the selection for this gesture
      const sel = getSelection();
      if (!sel || !sel.rangeCount) return;
      const owner = passageOf(sel.anchorNode) || passageOf(e.target);
      if (owner && owner instanceof KasusPassage) owner._afterMouse(sel);
    }, 0);
  }, true);
  document.addEventListener('mousedown', (e) => {
    if (openOwner && !(openOwner._ref && openOwner._ref.contains(e.target)) && !openOwner._tip.contains(e.target)) {
      openOwner._closeTip();
    }
  }, true);

  customElements.define('kasus-passage', KasusPassage);
})();
