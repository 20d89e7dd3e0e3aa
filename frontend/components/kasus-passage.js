/*
 * <kasus-passage>: one passage of a case text with annotation highlights.
 * Plain classic script (no build step): the server sets `text`, `highlights`, `highlightChanges`, `notes`, `selectedId`;
 * `highlightChanges` lists highlights added or replaced since `highlights` was set, and {id, removed: true} for those gone;
 * a highlight {id,start,end,color,label,own,gold,comments,commentsLabel,feedback,feedbackUnread,feedbackLabel} with
 * own === false is another coder's, drawn dashed; gold === true marks a span of the case's gold (reference) coding,
 * drawn with a solid gold frame; comments > 0 puts a small count after its end (commentsLabel, e.g. "3 comments", is
 * its accessible name); feedback > 0 puts an instructor-feedback mark beside it (feedbackLabel, e.g. "Feedback: 2,
 * 1 new"), filled while feedbackUnread > 0. A click on either mark opens the annotation.
 * Instead of `color` and `label` a highlight may name its coding — {code,actor,addressee,stage,by} (by: another coder's
 * username) — and the element takes colours, names and tooltip wording from `legend`, one small table per page
 * {codes:{key:[name,color]}, actors:{key:name}, stage, by, goldBy}, so the server sends no text per highlight (issue 10).
 * Such a highlight may also come as an array, [id,start,end,code,actor,addressee,stage,by,flags] (flags: 1 own, 2 gold;
 * absent for 0), in which code, actors and by may be numbers: positions in the legend's codeKeys, actorKeys and
 * coders. A group's layer holds thousands, and the server keeps in its state tree what it sent.
 * The element renders everything in light DOM and reports selections as UTF-16 offsets into `text`.
 * Events (bubbling, composed): kasus-select {start,end,quote}, kasus-highlight {id},
 * kasus-code {start,end,quote,code}. Methods: clearSelection(), offsetsOfSelection(), focusSpan(start, end).
 */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('kasus-passage')) return;

  const SUPS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const MARKER = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+/g;
  const WORD = /[\p{L}\p{M}\p{N}_]/u;
  const STYLE_ID = 'kasus-passage-style';
  const UNDERLINES = 6;
  const CHUNK = 160; // characters per separately drawn piece of a passage, about two lines
  const STYLE = `
kasus-passage{display:block;position:relative;white-space:pre-wrap;line-height:1.9;cursor:text}
kasus-passage:focus{outline:none}
kasus-passage:focus-visible{outline:2px solid var(--lumo-primary-color-50pct,#2563eb88);outline-offset:3px;border-radius:2px}
kasus-passage .hl{-webkit-box-decoration-break:clone;box-decoration-break:clone}
kasus-passage .hl.other{outline:1px dashed;outline-offset:-1px}
kasus-passage .hl.gold{outline:2px solid #c9a227;outline-offset:-1px;text-decoration:underline double #b8860b;text-decoration-skip-ink:none}
kasus-passage .kp-comments{display:inline-block;vertical-align:super;margin:0 .1em;padding:0 .35em;border-radius:.7em;font-size:.7em;line-height:1.35;font-weight:600;cursor:pointer;user-select:none;
 color:var(--lumo-primary-contrast-color,#fff);background:var(--lumo-primary-color,#1d4ed8)}
kasus-passage .kp-comments::after{content:attr(data-count)}
kasus-passage .kp-feedback{display:inline-block;vertical-align:super;margin:0 .1em;padding:0 .35em;border-radius:.25em;font-size:.7em;line-height:1.2;font-weight:600;cursor:pointer;user-select:none;
 color:#7c2d12;background:var(--lumo-base-color,#fff);border:1px solid #c2410c}
kasus-passage .kp-feedback::after{content:"\u270E\u00a0" attr(data-count)}
kasus-passage .kp-feedback.unread{color:#fff;background:#b42318;border-color:#b42318;box-shadow:0 0 0 2px #fda29b}
kasus-passage .note-ref{cursor:pointer;color:var(--lumo-primary-text-color,#1d4ed8);border-radius:2px}
kasus-passage .note-ref:focus-visible{outline:2px solid currentColor}
kasus-passage .kp-caret{position:absolute;display:none;width:0;border-left:2px solid var(--lumo-primary-color,#2563eb);pointer-events:none;user-select:none}
kasus-passage:focus .kp-caret.on{display:block}
kasus-passage .kp-tip{position:absolute;z-index:10;width:max-content;max-width:min(28rem,90vw);padding:.4em .6em;white-space:normal;line-height:1.4;font-size:.875em;cursor:auto;user-select:none;
 background:var(--lumo-base-color,#fff);color:var(--lumo-body-text-color,#222);border:1px solid var(--lumo-contrast-20pct,#ccc);border-radius:4px;box-shadow:0 2px 8px #0003}
kasus-passage .kp-tip[hidden]{display:none}`;

  let tipId = 0, openOwner = null; // only one footnote popover on the page at a time

  // The server may send arrays as JSON strings; anything unreadable counts as empty.
  const arr = (v) => {
    try { v = typeof v === 'string' ? JSON.parse(v) : v; } catch (e) { v = null; }
    return Array.isArray(v) ? v : [];
  };
  // [id,start,end,code,actor,addressee,stage,by,flags] read as the object it stands for; anything else as it is.
  const highlight = (h) => (Array.isArray(h) ? {
    id: h[0], start: h[1], end: h[2], code: h[3], actor: h[4], addressee: h[5], stage: h[6],
    by: h[7] == null ? undefined : h[7], own: (h[8] & 1) === 1, gold: (h[8] & 2) === 2
  } : h);
  const highlightList = (v) => arr(v).map(highlight);
  const num = (v) => (v === null || v === undefined || v === '' || !isFinite(v) ? null : Number(v));
  const supNumber = (s) => Number([...s].map((c) => SUPS.indexOf(c)).join(''));
  // An invalid colour would void the whole background/box-shadow declaration.
  const checked = new Map();
  const colour = (c) => {
    if (typeof c !== 'string') return '#9ca3af';
    if (!checked.has(c)) checked.set(c, CSS.supports('color', c));
    return checked.get(c) ? c : '#9ca3af';
  };
  const make = (tag, cls, attrs) => {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    for (const k in attrs) el.setAttribute(k, attrs[k]);
    return el;
  };
  // A message template from the legend: "{0} ({1}): {2}" with its arguments, each put in once, never re-read.
  const fill = (template, args) => String(template).replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? args[i] : m));
  // "student1" → "S1", "siti.rahma" → "SR": short enough to tell coders apart in a tooltip.
  const initials = (name) => {
    let out = '';
    for (const part of String(name).split(/[._@-]+/)) {
      if (!part) continue;
      out += part[0].toUpperCase();
      const digit = part.match(/[0-9]/);
      if (digit) out += digit[0];
    }
    return out.length > 3 ? out.slice(0, 3) : out;
  };
  const obj = (v) => {
    try { v = typeof v === 'string' ? JSON.parse(v) : v; } catch (e) { v = null; }
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  };
  const passageOf = (n) => {
    const el = n && (n.nodeType === 1 ? n : n.parentElement);
    return el ? el.closest('kasus-passage') : null;
  };

  class KasusPassage extends HTMLElement {
    constructor() {
      super();
      Object.assign(this, { _text: '', _hl: [], _base: [], _changes: [], _notes: [], _legend: {}, _sel: null, _hs: [], _segs: [], _anchor: 0, _caret: 0 });
      this.addEventListener('keydown', (e) => this._onKey(e));
      this.addEventListener('click', (e) => this._onClick(e));
      this.addEventListener('focus', () => this._placeCaret());
      this.addEventListener('mouseover', (e) => {
        const ref = e.target.closest('.note-ref');
        if (ref && !this._pinned) this._openTip(ref, false);
      });
      this.addEventListener('mouseout', (e) => {
        const ref = e.target.closest('.note-ref');
        if (ref && !this._pinned && !ref.contains(e.relatedTarget)) this._closeTip();
      });
    }

    get text() { return this._text; }
    set text(v) { this._text = v == null ? '' : String(v); this._whole = true; this._invalidate(); }
    /** What is shown: the full list the server sent last, with the changes it sent since applied in order. */
    get highlights() { return this._hl; }
    set highlights(v) { this._base = highlightList(v); this._merge(); }
    get highlightChanges() { return this._changes; }
    set highlightChanges(v) { this._changes = highlightList(v); this._merge(); }
    get legend() { return this._legend; }
    set legend(v) { this._legend = obj(v); this._whole = true; this._invalidate(); }
    get notes() { return this._notes; }
    set notes(v) { this._notes = arr(v); this._whole = true; this._invalidate(); }
    get selectedId() { return this._sel; }
    set selectedId(v) { this._sel = num(v); this._invalidate(); }

    /**
     * A change is a highlight (added, or replacing the one with its id) or {id, removed: true}. Applying the whole list
     * of changes to the full list each time, rather than each change once, keeps what is shown a function of the two
     * properties, whatever order they arrive in.
     */
    _merge() {
      let hl = this._base;
      if (this._changes.length) {
        const at = new Map();
        hl = hl.slice();
        hl.forEach((h, i) => { if (h) at.set(h.id, i); });
        for (const c of this._changes) {
          if (!c || c.id == null) continue;
          const i = at.get(c.id);
          if (c.removed === true) {
            if (i !== undefined) { hl[i] = null; at.delete(c.id); }
          } else if (i !== undefined) hl[i] = c;
          else { at.set(c.id, hl.length); hl.push(c); }
        }
        hl = hl.filter((h) => h !== null);
      }
      this._hl = hl;
      this._invalidate();
    }

    /**
     * Draws once after the current task, however many properties it set: the server sets text, notes and highlights
     * of every passage in one message, and drawing on each set drew every passage two or three times (issue 10).
     * Whatever reads the drawn text first calls _flush().
     */
    _invalidate() {
      if (this._dirty) return;
      this._dirty = true;
      queueMicrotask(() => this._flush());
    }

    _flush() {
      if (!this._dirty) return;
      this._dirty = false;
      this._render();
    }

    connectedCallback() {
      if (!document.getElementById(STYLE_ID)) document.head.appendChild(make('style', '', { id: STYLE_ID })).textContent = STYLE;
      if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
      if (!this.hasAttribute('role')) { // read-only text, so screen readers follow the caret/selection we draw
        for (const [k, v] of [['role', 'textbox'], ['aria-readonly', 'true'], ['aria-multiline', 'true']]) this.setAttribute(k, v);
      }
      // Properties set before the element was upgraded shadow our accessors: re-apply them.
      this._quiet = true;
      for (const p of ['text', 'legend', 'highlights', 'highlightChanges', 'notes', 'selectedId', 'reveal']) {
        if (Object.prototype.hasOwnProperty.call(this, p)) { const v = this[p]; delete this[p]; this[p] = v; }
      }
      this._quiet = false;
      if (!this._box) this._dirty = true;
      this._flush();
      this._applyReveal();
    }

    /** A span to select and scroll to once shown, e.g. {start, end} from an evidence link; may arrive before the script. */
    get reveal() { return this._reveal || null; }
    set reveal(v) {
      try { v = typeof v === 'string' ? JSON.parse(v) : v; } catch (e) { v = null; }
      this._reveal = v && num(v.start) !== null && num(v.end) !== null ? { start: num(v.start), end: num(v.end) } : null;
      if (this.isConnected) this._applyReveal();
    }

    _applyReveal() {
      const r = this._reveal;
      if (!r || !this._box) return;
      this._reveal = null;
      // After layout, or the scroll lands short of a passage whose neighbours are still rendering.
      requestAnimationFrame(() => this.showRange(r.start, r.end));
    }

    disconnectedCallback() {
      if (openOwner === this) this._closeTip();
    }

    /** The part of the window selection inside this passage, untrimmed, or null when empty. */
    offsetsOfSelection() {
      this._flush();
      const s = getSelection();
      if (!this._box || !s || !s.rangeCount || s.isCollapsed) return null;
      const r = s.getRangeAt(0);
      if (!r.intersectsNode(this._box)) return null;
      const start = this._offsetAt(r.startContainer, r.startOffset);
      const end = this._offsetAt(r.endContainer, r.endOffset);
      return start < end ? { start, end } : null;
    }

    clearSelection() {
      this._flush();
      this._anchor = this._caret;
      if (document.activeElement === this) this._draw();
      else if (this.offsetsOfSelection()) getSelection().removeAllRanges();
    }

    /**
     * Draws the passage in chunks of about CHUNK characters, cut after whitespace and never inside a footnote marker.
     * A change of a few highlights redraws only the chunks they touch: a group's live coding adds a highlight or two per
     * push to passages that hold hundreds, and drawing the whole passage for each kept the browsers of a seminar busy
     * (issue 10). Text, legend or notes changed, or nothing drawn yet: every chunk is drawn.
     */
    _render() {
      if (this._quiet) return;
      const t = this._text, len = t.length, hs = [], clamp = (o) => Math.max(0, Math.min(len, Math.trunc(o)));
      for (const given of this._hl) {
        if (!given || num(given.start) === null || num(given.end) === null) continue;
        const h = this._named(given);
        const start = clamp(h.start), end = clamp(h.end);
        if (end > start) hs.push({ id: num(h.id), start, end, color: colour(this._colourOf(h)), label: this._labelOf(h, t, start, end), own: h.own !== false, gold: h.gold === true,
          comments: Math.max(0, Math.trunc(num(h.comments) || 0)), commentsLabel: h.commentsLabel == null ? '' : String(h.commentsLabel),
          feedback: Math.max(0, Math.trunc(num(h.feedback) || 0)), feedbackUnread: Math.max(0, Math.trunc(num(h.feedbackUnread) || 0)),
          feedbackLabel: h.feedbackLabel == null ? '' : String(h.feedbackLabel) });
      }
      // Innermost (shortest) first: it gives the background and the top-most underline.
      hs.sort((x, y) => (x.end - x.start) - (y.end - y.start) || y.start - x.start || x.id - y.id);
      const drawn = new Map();
      for (const h of hs) drawn.set(h.id, [h.start, h.end, `${h.start},${h.end},${h.color},${h.own},${h.gold},${h.comments},${h.feedback},${h.feedbackUnread}\u0000${h.label}\u0000${h.commentsLabel}\u0000${h.feedbackLabel}`]);

      // Highlights without an id, or two with one, cannot be told apart between draws: those are drawn whole.
      const whole = this._whole || !this._box || !this._chunks || drawn.size !== hs.length;
      let redraw; // the chunks to draw anew, by index
      if (whole) {
        this._marks = [...t.matchAll(MARKER)].map((m) => ({ s: m.index, e: m.index + m[0].length, n: supNumber(m[0]) }));
        this._chunks = chunksOf(t, this._marks);
        redraw = this._chunks.map((c, i) => i);
      } else {
        // Where what is drawn differs: highlights added, changed or gone, and the selected one before and now.
        const dirty = [];
        for (const [id, d] of drawn) {
          const before = this._drawn.get(id);
          if (!before || before[2] !== d[2]) dirty.push([d[0], d[1]]);
          if (before && before[2] !== d[2]) dirty.push([before[0], before[1]]);
        }
        for (const [id, before] of this._drawn) if (!drawn.has(id)) dirty.push([before[0], before[1]]);
        for (const id of [this._drawnSel, this._sel]) {
          const d = id === null || id === undefined ? null : (drawn.get(id) || this._drawn.get(id));
          if (d && this._drawnSel !== this._sel) dirty.push([d[0], d[1]]);
        }
        redraw = [];
        this._chunks.forEach((c, i) => { if (dirty.some(([a, b]) => a < c.e && b > c.s)) redraw.push(i); });
      }
      if (openOwner === this) this._closeTip();
      if (!this._tip) {
        this._caretEl = make('span', 'kp-caret', { 'aria-hidden': 'true' });
        this._tip = make('div', 'kp-tip', { id: `kasus-passage-tip-${++tipId}`, role: 'tooltip', hidden: '' });
      }
      if (whole) Object.assign(this, { _box: make('span', 'kp-text'), _chunkEls: [], _chunkSegs: [] });
      for (const i of redraw) {
        const c = this._chunks[i];
        const [el, segs] = this._drawChunk(c.s, c.e, hs.filter((h) => h.start < c.e && h.end > c.s));
        if (whole) this._box.appendChild(el); else this._chunkEls[i].replaceWith(el);
        this._chunkEls[i] = el;
        this._chunkSegs[i] = segs;
      }
      Object.assign(this, { _segs: this._chunkSegs.flat(), _hs: hs, _drawn: drawn, _drawnSel: this._sel, _whole: false,
        _anchor: Math.min(this._anchor, len), _caret: Math.min(this._caret, len) });
      if (whole) this.replaceChildren(this._box, this._caretEl, this._tip);
      if (redraw.length && document.activeElement === this) this._draw();
    }

    /** Draws [from, to) with the highlights over it ({@code within}, innermost first); answers it and its segments. */
    _drawChunk(from, to, within) {
      const t = this._text, marks = this._marks.filter((m) => m.s < to && m.e > from);
      const pts = [...new Set([from, to, ...within.flatMap((h) => [h.start, h.end]), ...marks.flatMap((m) => [m.s, m.e])])]
        .filter((p) => p >= from && p <= to).sort((a, b) => a - b);
      // Every highlight starts and ends on a point (or outside the chunk), so one covers [a, b) when it started at or
      // before a and has not ended yet: a sweep keeps those (in hs order) instead of testing every highlight for every piece.
      const opening = new Map(), closing = new Map();
      let active = [];
      within.forEach((h, k) => {
        if (h.start <= from) active.push(k);
        else (opening.get(h.start) || opening.set(h.start, []).get(h.start)).push(k);
        (closing.get(h.end) || closing.set(h.end, []).get(h.end)).push(k);
      });
      const chunk = make('span', 'kp-chunk'), segs = [];
      let wrap, wrapMark;
      for (let i = 0; i + 1 < pts.length; i++) {
        const a = pts[i], b = pts[i + 1];
        const ended = closing.get(a), started = opening.get(a);
        if (ended) active = active.filter((k) => !ended.includes(k));
        if (started) active = active.concat(started).sort((x, y) => x - y);
        const seg = make('span', '', { 'data-start': a, 'data-end': b });
        const node = seg.appendChild(document.createTextNode(t.slice(a, b)));
        const cov = active.map((k) => within[k]);
        if (cov.length) {
          seg.className = 'hl';
          seg.dataset.ids = cov.map((h) => h.id).join(' ');
          const title = cov.map((h) => h.label).filter(Boolean).join(', ');
          if (title) seg.title = title;
          // Underlines stack innermost first, at most UNDERLINES deep: more would push the next line away.
          const shadows = cov.slice(0, UNDERLINES).map((h, k) => `inset 0 -${2 * (k + 1)}px 0 0 ${h.color}`);
          const sel = this._sel !== null && cov.find((h) => h.id === this._sel);
          if (sel) { // a frame made of outer shadows: unlike outline it has no seams between segments
            seg.classList.add('sel');
            shadows.push(`0 -2px 0 0 ${sel.color}`, `0 2px 0 0 ${sel.color}`);
            if (a === sel.start) shadows.push(`-2px 0 0 0 ${sel.color}`);
            if (b === sel.end) shadows.push(`2px 0 0 0 ${sel.color}`);
          }
          seg.style.boxShadow = shadows.join(', ');
          seg.style.backgroundColor = `color-mix(in srgb, ${cov[0].color} 28%, transparent)`;
          if (!cov.some((h) => h.own)) { // someone else's coding: shown, not editable, so drawn apart from one's own
            seg.classList.add('other');
            seg.style.outlineColor = cov[0].color;
            seg.style.backgroundColor = `color-mix(in srgb, ${cov[0].color} 10%, transparent)`;
          }
          if (cov.some((h) => h.gold)) seg.classList.add('gold');
          seg.style.paddingBottom = `${2 * Math.min(cov.length, UNDERLINES)}px`;
        }
        // A marker split by highlight boundaries stays one focusable note-ref around its segments.
        const m = marks.find((mk) => mk.s <= a && b <= mk.e);
        if (m && m !== wrapMark) {
          wrap = chunk.appendChild(make('span', 'note-ref',
            { 'data-note': m.n, tabindex: 0, role: 'button', 'aria-label': `Footnote ${m.n}`, 'aria-expanded': 'false' }));
        }
        wrapMark = m;
        (m ? wrap : chunk).appendChild(seg);
        segs.push({ s: a, e: b, t: node });
        // A highlight's comment count and feedback mark follow its last character. Their digits come from CSS, so
        // they are never part of the text: not selected, not counted in offsets.
        for (const h of cov) {
          if (h.end === b && h.comments > 0) {
            (m ? wrap : chunk).appendChild(make('span', 'kp-comments',
              { 'data-id': h.id, 'data-count': h.comments, role: 'img', 'aria-label': h.commentsLabel || String(h.comments), title: h.commentsLabel || '' }));
          }
          if (h.end === b && h.feedback > 0) {
            (m ? wrap : chunk).appendChild(make('span', h.feedbackUnread > 0 ? 'kp-feedback unread' : 'kp-feedback',
              { 'data-id': h.id, 'data-count': h.feedback, 'data-unread': h.feedbackUnread, role: 'img',
                'aria-label': h.feedbackLabel || String(h.feedback), title: h.feedbackLabel || '' }));
          }
        }
      }
      return [chunk, segs];
    }

    /** The highlight with its code, actors and coder as keys, where the array form gave positions in the legend. */
    _named(h) {
      const lg = this._legend;
      const at = (list, v) => (typeof v === 'number' && Array.isArray(list) && list[v] != null ? list[v] : v);
      if (typeof h.code !== 'number' && typeof h.actor !== 'number' && typeof h.addressee !== 'number'
        && typeof h.by !== 'number') return h;
      return Object.assign({}, h, { code: at(lg.codeKeys, h.code), actor: at(lg.actorKeys, h.actor),
        addressee: at(lg.actorKeys, h.addressee), by: at(lg.coders, h.by) });
    }

    _colourOf(h) {
      if (h.color != null) return h.color;
      const code = (this._legend.codes || {})[h.code];
      return Array.isArray(code) ? code[1] : '#888888';
    }

    /** The tooltip: given, or worded from the legend as the coding panel describes an annotation. */
    _labelOf(h, t, start, end) {
      if (h.label != null) return String(h.label);
      const lg = this._legend;
      if (h.code == null || !lg.codes) return '';
      const code = lg.codes[h.code], actors = lg.actors || {};
      const quote = t.slice(start, end), short = quote.length > 60 ? `${quote.slice(0, 57)}…` : quote;
      const described = `${Array.isArray(code) ? code[0] : h.code} · ${actors[h.actor] || h.actor} → `
        + `${actors[h.addressee] || h.addressee} · ${fill(lg.stage || '{0}', [h.stage])} · “${short}”`;
      if (h.by == null) return described;
      return h.gold === true ? fill(lg.goldBy || '{0}: {1}', [h.by, described])
        : fill(lg.by || '{0} ({1}): {2}', [h.by, initials(h.by), described]);
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

    /** Focuses the passage with [start, end) selected (a caret when equal), where it is: how the coding panel returns. */
    focusSpan(start, end) {
      this._flush();
      const len = this._text.length, clamp = (o) => Math.max(0, Math.min(len, Math.trunc(Number(o) || 0)));
      this._anchor = clamp(start);
      this._caret = clamp(end);
      this.focus({ preventScroll: true });
      this._draw();
    }

    /** Selects [start, end) and brings it into view: how other pages point at a passage's evidence. */
    showRange(start, end) {
      this._flush();
      const len = this._text.length, clamp = (o) => Math.max(0, Math.min(len, Math.trunc(Number(o) || 0)));
      this._anchor = clamp(start);
      this._caret = clamp(end);
      this.scrollIntoView({ block: 'center' });
      this.focus({ preventScroll: true });
      this._draw();
    }

    _draw() {
      this._flush();
      const a = this._pointAt(this._anchor), c = this._pointAt(this._caret);
      getSelection().setBaseAndExtent(a[0], a[1], c[0], c[1]);
      this._placeCaret();
    }

    _placeCaret() {
      this._flush();
      const el = this._caretEl;
      if (!el || !this._segs.length) return;
      const r = document.createRange(), p = this._pointAt(this._caret);
      r.setStart(p[0], p[1]);
      let rect = r.getClientRects()[0], x = rect && rect.left;
      if ((!rect || !rect.height) && this._caret > 0) { // a collapsed range at a line end has no box: use the previous character's
        const q = this._pointAt(this._caret - 1);
        r.setStart(q[0], q[1]);
        r.setEnd(p[0], p[1]);
        rect = [...r.getClientRects()].pop();
        x = rect && rect.right;
      }
      if (!rect) { el.classList.remove('on'); return; }
      const h = this.getBoundingClientRect();
      el.style.left = `${x - h.left - this.clientLeft}px`;
      el.style.top = `${rect.top - h.top - this.clientTop}px`;
      el.style.height = `${rect.height}px`;
      el.classList.add('on');
    }

    /** The selection in this passage without surrounding whitespace, as event detail, or null. */
    _selected() {
      const o = this.offsetsOfSelection(), t = this._text;
      let { start, end } = o || { start: 0, end: 0 };
      while (start < end && /\s/.test(t[start])) start++;
      while (end > start && /\s/.test(t[end - 1])) end--;
      return start < end ? { start, end, quote: t.slice(start, end) } : null;
    }

    _emit(type, detail) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    _emitSelection() {
      const d = this._selected();
      if (d) this._emit('kasus-select', d);
    }


    /** Called (by the document listener) after a mouse gesture whose selection belongs to this passage. */
    _afterMouse(sel) {
      this._flush();
      if (!this._box) return;
      this._anchor = this._offsetAt(sel.anchorNode, sel.anchorOffset);
      this._caret = this._offsetAt(sel.focusNode, sel.focusOffset);
      if (!sel.isCollapsed) this._emitSelection();
      this._placeCaret();
    }

    /** Innermost highlight around the caret; one just ending at the caret counts too. */
    _hlAt(c) {
      return this._hs.find((h) => h.start <= c && c < h.end) || this._hs.find((h) => h.start < c && c <= h.end);
    }

    _codeKey(e) {
      if (!/^[1-9]$/.test(e.key) || e.ctrlKey || e.altKey || e.metaKey) return false;
      const d = this._selected();
      if (!d) return false;
      e.preventDefault();
      this._emit('kasus-code', Object.assign(d, { code: Number(e.key) }));
      return true;
    }

    _onClick(e) {
      this._flush();
      const ref = e.target.closest('.note-ref');
      if (ref) {
        if (this._pinned && this._ref === ref) this._closeTip(); else this._openTip(ref, true);
        return;
      }
      const count = e.target.closest('.kp-comments, .kp-feedback');
      if (count && this.contains(count)) { this._emit('kasus-highlight', { id: Number(count.dataset.id) }); return; }
      if (this.offsetsOfSelection()) return; // the end of a drag, not a click
      const seg = e.target.closest('[data-ids]');
      if (seg && this.contains(seg)) this._emit('kasus-highlight', { id: Number(seg.dataset.ids.split(' ')[0]) });
    }

    _onKey(e) {
      this._flush();
      if (e.defaultPrevented || e.isComposing) return;
      const ref = e.target.closest('.note-ref');
      if (e.key === 'Escape' && openOwner === this) { this._closeTip(); e.preventDefault(); return; }
      if (this._codeKey(e)) return;
      if (ref) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          if (this._pinned && this._ref === ref) this._closeTip(); else this._openTip(ref, true);
        }
        return;
      }
      if (e.target !== this) return;
      const t = this._text, len = t.length, k = e.key;
      if (k === 'Escape') { // only swallowed when there is something to clear
        if (this._anchor !== this._caret || this.offsetsOfSelection()) { e.preventDefault(); this.clearSelection(); }
        return;
      }
      // A keyboard selection is reported only when the coder commits to it (Enter, or 1/2/3 above):
      // reporting every Shift+arrow would open the coding panel and steal focus mid-selection.
      if (k === 'Enter') {
        const h = this._anchor === this._caret && this._hlAt(this._caret);
        if (h) { e.preventDefault(); this._emit('kasus-highlight', { id: h.id }); }
        else if (this._selected()) { e.preventDefault(); this._emitSelection(); }
        return;
      }
      let to;
      const lo = Math.min(this._anchor, this._caret), hi = Math.max(this._anchor, this._caret);
      if (k === 'Home') to = 0;
      else if (k === 'End') to = len;
      else if (k === 'ArrowLeft' || k === 'ArrowRight') {
        const left = k === 'ArrowLeft';
        if (e.metaKey) to = left ? 0 : len;
        else if (e.ctrlKey || e.altKey) to = word(t, this._caret, left ? -1 : 1);
        else if (!e.shiftKey && lo < hi) to = left ? lo : hi; // like native text: collapse to that edge
        else to = step(t, this._caret, left ? -1 : 1);
      } else return;
      e.preventDefault();
      this._caret = to;
      if (!e.shiftKey) this._anchor = to;
      this._draw();
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
      tip.style.left = `${Math.max(0, Math.min(r.left - h.left - this.clientLeft, this.clientWidth - tip.offsetWidth))}px`;
      tip.style.top = `${r.bottom - h.top - this.clientTop + 4}px`;
      Object.assign(this, { _ref: ref, _pinned: pinned });
      openOwner = this;
    }

    _closeTip() {
      if (this._tip) this._tip.hidden = true;
      if (this._ref) { this._ref.setAttribute('aria-expanded', 'false'); this._ref.removeAttribute('aria-describedby'); }
      Object.assign(this, { _ref: null, _pinned: false });
      if (openOwner === this) openOwner = null;
    }
  }

  /**
   * [s, e) pieces of about CHUNK characters covering the text, each ending after whitespace where there is some, none
   * ending inside a footnote marker (its note-ref wraps all of it).
   */
  function chunksOf(t, marks) {
    const out = [];
    let s = 0;
    for (let i = CHUNK; i < t.length; i++) {
      if (i - s < CHUNK || !/\s/.test(t[i - 1]) || marks.some((m) => m.s < i && i < m.e)) continue;
      out.push({ s, e: i });
      s = i;
    }
    out.push({ s, e: t.length });
    return out;
  }

  // One character left/right, never stopping between the two halves of a surrogate pair.
  function step(t, i, d) {
    i = Math.max(0, Math.min(t.length, i + d));
    return i > 0 && i < t.length && /[\udc00-\udfff]/.test(t[i]) ? i + d : i;
  }
  // To the end (d = 1) or start (d = -1) of the next word, as native text fields do on Mac/Linux.
  function word(t, i, d) {
    const more = () => (d < 0 ? i > 0 : i < t.length), isWord = () => WORD.test(t[d < 0 ? i - 1 : i]);
    while (more() && !isWord()) i += d;
    while (more() && isWord()) i += d;
    return i;
  }

  // One document listener for all passages: the selection belongs to the passage where the drag
  // started (its anchor), or, for a drag from outside, to the passage where it ended.
  // Only a gesture that starts or ends on a passage reports a selection: a click elsewhere (say in the coding
  // panel) leaves the old selection in place and must not report it again.
  let pressedOn = null;
  document.addEventListener('mousedown', (e) => { pressedOn = passageOf(e.target); }, true);
  document.addEventListener('mouseup', (e) => {
    const touched = pressedOn || passageOf(e.target);
    pressedOn = null;
    if (!touched) return;
    // A click on a comment count or feedback mark opens its annotation; the mark cannot be selected, so the
    // selection from before is still there and must not be reported again.
    if (e.target.closest && e.target.closest('.kp-comments, .kp-feedback')) return;
    setTimeout(() => { // let the browser finish updating the selection for this gesture
      const sel = getSelection();
      if (!sel || !sel.rangeCount) return;
      const owner = passageOf(sel.anchorNode) || passageOf(e.target);
      if (owner instanceof KasusPassage) owner._afterMouse(sel);
    }, 0);
  }, true);
  // A drag begun outside any passage leaves the focus on the page: route code keys to the selection's passage.
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || (document.activeElement && document.activeElement !== document.body)) return;
    const sel = getSelection();
    const owner = sel && (passageOf(sel.anchorNode) || passageOf(sel.focusNode));
    if (owner instanceof KasusPassage) owner._codeKey(e);
  });
  document.addEventListener('mousedown', (e) => {
    if (openOwner && !(openOwner._ref && openOwner._ref.contains(e.target)) && !openOwner._tip.contains(e.target)) {
      openOwner._closeTip();
    }
  }, true);

  customElements.define('kasus-passage', KasusPassage);
})();
