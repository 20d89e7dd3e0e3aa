/*
 * <kasus-chart>: a Chart.js chart drawn from data the server sends as a JSON `config` (string or object).
 * Plain classic script (no build step); needs the global `Chart` from chart.umd.js. The canvas lives in light
 * DOM, the chart is redrawn whenever `config` changes and destroyed when the element leaves the page.
 * `label` becomes the canvas's accessible name; the figures themselves are offered as a table next to it.
 *
 * Functions cannot travel as JSON, so two data-only extensions stand in for the callbacks we need:
 *  - a data point's `label` (string) is its tooltip text;
 *  - `config.kasus.dayZero` ('YYYY-MM-DD') shows x values, counted in days from that date, as dates.
 * Everything reaches the canvas as drawn text, never as markup.
 */
(function () {
  'use strict';
  if (!window.customElements || customElements.get('kasus-chart')) return;

  const STYLE_ID = 'kasus-chart-style';
  const STYLE = 'kasus-chart{display:block;position:relative;width:100%;height:18rem}kasus-chart>canvas{display:block}';
  const DAY = 86400000;
  const LIBRARY_WAIT_MS = 10000; // chart.umd.js is loaded as a separate script and may arrive after us

  const parse = (v) => {
    try { v = typeof v === 'string' ? JSON.parse(v) : v; } catch (e) { v = null; }
    return v && typeof v === 'object' ? v : null;
  };

  const dayLabel = (zero, n) => {
    const t = Date.parse(zero + 'T00:00:00Z');
    return isNaN(t) || !isFinite(n) ? String(n) : new Date(t + Math.round(n) * DAY).toISOString().slice(0, 10);
  };

  const path = (obj, keys) => keys.reduce((o, k) => (o[k] = o[k] && typeof o[k] === 'object' ? o[k] : {}), obj);

  /** Adds the callbacks the data asks for; the server's config is copied, never changed. */
  const prepare = (source) => {
    const config = JSON.parse(JSON.stringify(source));
    const extra = config.kasus || {};
    delete config.kasus;
    const options = path(config, ['options']);
    if (window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches) options.animation = false;
    const tooltip = path(options, ['plugins', 'tooltip', 'callbacks']);
    tooltip.label = (ctx) => {
      const raw = ctx.raw;
      if (raw && typeof raw === 'object' && typeof raw.label === 'string') return raw.label;
      const name = ctx.dataset && ctx.dataset.label ? ctx.dataset.label + ': ' : '';
      return name + ctx.formattedValue;
    };
    if (typeof extra.dayZero === 'string') {
      const zero = extra.dayZero;
      path(options, ['scales', 'x', 'ticks']).callback = (value) => dayLabel(zero, value);
      tooltip.title = (items) => (items.length ? dayLabel(zero, items[0].parsed.x) : '');
    }
    return config;
  };

  class KasusChart extends HTMLElement {
    constructor() {
      super();
      Object.assign(this, { _config: null, _label: '', _chart: null, _canvas: null, _timer: 0, _waited: 0 });
    }

    get config() { return this._config; }
    set config(v) { this._config = parse(v); this._draw(); }
    get label() { return this._label; }
    set label(v) {
      this._label = v == null ? '' : String(v);
      if (this._canvas) this._canvas.setAttribute('aria-label', this._label);
    }

    /** The Chart.js instance, for tests and debugging; null until drawn. */
    get chart() { return this._chart; }

    connectedCallback() {
      if (!document.getElementById(STYLE_ID)) {
        const style = document.createElement('style');
        style.id = STYLE_ID;
        style.textContent = STYLE;
        document.head.appendChild(style);
      }
      // Properties set before the element was upgraded shadow our accessors: re-apply them.
      for (const p of ['label', 'config']) {
        if (Object.prototype.hasOwnProperty.call(this, p)) { const v = this[p]; delete this[p]; this[p] = v; }
      }
      if (!this._canvas) {
        this._canvas = document.createElement('canvas');
        this._canvas.setAttribute('role', 'img');
        this.appendChild(this._canvas);
      }
      this._canvas.setAttribute('aria-label', this._label);
      this._draw();
    }

    disconnectedCallback() {
      this._destroy();
    }

    _destroy() {
      clearTimeout(this._timer);
      this._timer = 0;
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    _draw() {
      if (!this.isConnected || !this._canvas) return;
      this._destroy();
      if (!this._config) return;
      if (!window.Chart) {
        if (this._waited < LIBRARY_WAIT_MS) {
          this._waited += 50;
          this._timer = setTimeout(() => this._draw(), 50);
        }
        return;
      }
      this._chart = new window.Chart(this._canvas, prepare(this._config));
    }
  }

  customElements.define('kasus-chart', KasusChart);
})();
