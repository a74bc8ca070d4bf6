// Quick exit, modelled on GOV.UK's "Exit this page": the link works without JavaScript; with it,
// the page is blanked at once and replaced (so Back does not return here). Pressing Shift three
// times in a row (no other key in between, within 5 s) does the same; a polite live region counts down.
const PRESSES = 3;
const WINDOW_MS = 5000;

function leave(url: string): void {
  document.documentElement.classList.add('exiting');
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(url);
}

class QuickExit extends HTMLElement {
  private count = 0;
  private timer: number | undefined;
  private modifierUsed = false;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-exit]');
    const status = this.querySelector<HTMLElement>('[data-exit-status]');
    if (!link || !status) return;
    const remaining = JSON.parse(this.dataset.remaining ?? '[]') as string[];
    // Visible progress, as GOV.UK's "Exit this page" shows it: one dot per press, and the same words.
    const progress = this.querySelector<HTMLElement>('[data-exit-progress]');
    const progressText = this.querySelector<HTMLElement>('[data-exit-progress-text]');
    const dots = [...(progress?.querySelectorAll<HTMLElement>('.quick-exit__dots > span') ?? [])];
    const say = (text: string) => {
      status.textContent = text;
      if (progressText) progressText.textContent = text;
      dots.forEach((d, i) => d.classList.toggle('is-on', i < this.count));
      if (progress) progress.hidden = text === '';
    };
    document.querySelectorAll<HTMLAnchorElement>('a[data-exit]').forEach((a) =>
      a.addEventListener('click', (event) => {
        event.preventDefault();
        leave(link.href);
      }),
    );
    const reset = () => {
      this.count = 0;
      window.clearTimeout(this.timer);
      say('');
    };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Shift') return;
      if (event.shiftKey) this.modifierUsed = true; // Shift+letter is typing, not an exit press
      reset();
    });
    document.addEventListener('keyup', (event) => {
      if (event.key !== 'Shift') return;
      if (this.modifierUsed) {
        this.modifierUsed = false;
        reset();
        return;
      }
      this.count += 1;
      window.clearTimeout(this.timer);
      if (this.count >= PRESSES) {
        say(this.dataset.leaving ?? '');
        leave(link.href);
        return;
      }
      say(remaining[PRESSES - this.count - 1] ?? '');
      this.timer = window.setTimeout(reset, WINDOW_MS);
    });
  }
}

customElements.define('quick-exit', QuickExit);
