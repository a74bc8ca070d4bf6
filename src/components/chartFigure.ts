// <miernik-chart>: draws one chart from the JSON in its child <script type="application/json">.
// The figure around it already has the heading, the summary and the table; this only adds a
// canvas (role="img", labelled with the summary). Chart.js is imported on demand, when the first
// chart comes near the viewport, so a page pays for it only if someone scrolls to a chart.
import type { ClientSpec } from '../lib/charts/spec.ts';

type Drawn = { destroy(): void };
type Renderer = typeof import('./chartRender.ts');

let renderer: Promise<Renderer> | undefined;
const load = () => (renderer ??= import('./chartRender.ts'));

const forcedColors = matchMedia('(forced-colors: active)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            void (entry.target as MiernikChart).draw();
          }
        },
        { rootMargin: '200px 0px' },
      )
    : undefined;

class MiernikChart extends HTMLElement {
  #spec?: ClientSpec;
  #canvas?: HTMLCanvasElement;
  #chart?: Drawn;
  #redraw = () => {
    if (this.#chart) void this.draw();
  };

  connectedCallback() {
    if (!this.#canvas && !this.#setUp()) return;
    forcedColors.addEventListener('change', this.#redraw);
    reducedMotion.addEventListener('change', this.#redraw);
    if (observer) observer.observe(this);
    else void this.draw();
  }

  /** Reads the data and adds the canvas; false when there is no valid data. */
  #setUp(): boolean {
    try {
      this.#spec = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '') as ClientSpec;
    } catch {
      return false;
    }
    // The box is sized before Chart.js arrives, so nothing below it jumps when it draws.
    const box = document.createElement('div');
    box.className = 'chart-canvas';
    box.style.height = `${this.#spec.height}rem`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this.#spec.summary);
    box.append(canvas);
    this.append(box);
    this.#canvas = canvas;
    this.dataset.state = 'waiting';
    return true;
  }

  disconnectedCallback() {
    observer?.unobserve(this);
    forcedColors.removeEventListener('change', this.#redraw);
    reducedMotion.removeEventListener('change', this.#redraw);
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  /** Draws (or redraws, after a change of forced colours or motion preference) the chart. */
  async draw() {
    if (!this.#spec || !this.#canvas) return;
    this.dataset.state = 'loading';
    try {
      const { render } = await load();
      this.#chart?.destroy();
      const drawn = render(this.#canvas, this.#spec, {
        forcedColors: forcedColors.matches,
        reducedMotion: reducedMotion.matches,
      });
      this.#chart = drawn.chart;
      this.dataset.animation = String(drawn.animation);
      // What was drawn, for tests and curious readers: the x scale, the legend, the smallest axis text.
      this.dataset.xScale = drawn.xScale;
      this.dataset.legend = drawn.legend.join('\n');
      this.dataset.minFont = String(drawn.minFont);
      this.dataset.state = 'rendered';
    } catch {
      // Without the chart the summary and the table still say everything; drop the empty box.
      this.#canvas.parentElement?.remove();
      this.#canvas = undefined;
      this.dataset.state = 'error';
    }
  }
}

if (!customElements.get('miernik-chart')) customElements.define('miernik-chart', MiernikChart);
