import type { Content } from '../core/content.js';
import { formatTimestamp, type TimeRange } from '../core/time.js';
import type { EpisodeRecord, MentionRecord } from '../core/types.js';
import { h } from './dom.js';

export interface TimelineView {
  /** Mentions of the selected entity, drawn over the background of all mentions. */
  selected: MentionRecord[];
  range: TimeRange | null;
  accent: string;
  muted: string;
}

const BINS = 160;

/**
 * When things are said: a histogram of all mentions of the episode, ticks for the selected
 * entity, and a brush that limits the graph to a time range.
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly caption: HTMLElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly picker: HTMLSelectElement | null;
  private episode: EpisodeRecord;
  private view: TimelineView = { selected: [], range: null, accent: '#2563eb', muted: '#999' };
  private brush: { from: number; to: number } | null = null;

  constructor(
    private readonly episodes: EpisodeRecord[],
    private readonly starts: Map<string, number[]>,
    private readonly content: Content,
    private readonly onRange: (range: TimeRange | null) => void,
    /** A click (not a drag): show the transcript at that moment. */
    private readonly onSeek: (episode: string, segment: number) => void,
  ) {
    this.episode = episodes[0]!;
    this.canvas = h('canvas', {
      class: 'tg-timeline-canvas',
      attrs: {
        tabindex: '0',
        role: 'slider',
        'aria-label': 'Time range: drag, or use the arrow keys; Escape clears; click to read the transcript there',
      },
    });
    this.caption = h('span', { class: 'tg-timeline-caption' });
    this.clearButton = h(
      'button',
      { class: 'tg-button tg-small', attrs: { type: 'button', hidden: '' }, on: { click: () => this.onRange(null) } },
      'Show all',
    );
    this.picker =
      episodes.length > 1
        ? h(
            'select',
            { class: 'tg-select', attrs: { 'aria-label': 'Episode' }, on: { change: () => this.pick() } },
            ...episodes.map((ep) => h('option', { attrs: { value: ep.id } }, ep.title)),
          )
        : null;
    this.element = h(
      'footer',
      { class: 'tg-timeline' },
      h('div', { class: 'tg-timeline-head' }, this.picker, this.caption, this.clearButton),
      this.canvas,
    );
    this.canvas.addEventListener('pointerdown', (e) => this.pointerDown(e));
    this.canvas.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.draw()).observe(this.canvas);
  }

  update(view: TimelineView): void {
    this.view = view;
    if (view.range && view.range.episode !== this.episode.id) {
      const ep = this.episodes.find((e) => e.id === view.range!.episode);
      if (ep) this.episode = ep;
      if (this.picker) this.picker.value = this.episode.id;
    }
    this.draw();
  }

  private pick(): void {
    this.episode = this.episodes.find((e) => e.id === this.picker!.value) ?? this.episode;
    this.onRange(null);
    this.draw();
  }

  private duration(): number {
    const ep = this.episode;
    let max = ep.duration ?? 0;
    for (const t of this.starts.get(ep.id) ?? []) max = Math.max(max, t);
    return Math.max(max, 1);
  }

  private timeAt(clientX: number): number {
    const rect = this.canvas.getBoundingClientRect();
    const t = ((clientX - rect.left) / Math.max(rect.width, 1)) * this.duration();
    return Math.min(Math.max(t, 0), this.duration());
  }

  private pointerDown(e: PointerEvent): void {
    const from = this.timeAt(e.clientX);
    const startX = e.clientX;
    this.brush = { from, to: from };
    this.canvas.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      this.brush = { from, to: this.timeAt(ev.clientX) };
      this.draw();
    };
    const up = (ev: PointerEvent) => {
      this.canvas.removeEventListener('pointermove', move);
      this.canvas.removeEventListener('pointerup', up);
      this.canvas.removeEventListener('pointercancel', up);
      const to = this.timeAt(ev.clientX);
      this.brush = null;
      if (Math.abs(ev.clientX - startX) < 4) void this.seek(to);
      else this.onRange({ episode: this.episode.id, start: Math.min(from, to), end: Math.max(from, to) });
      this.draw();
    };
    this.canvas.addEventListener('pointermove', move);
    this.canvas.addEventListener('pointerup', up);
    this.canvas.addEventListener('pointercancel', up);
  }

  /** The segment being spoken at `t`: the last one starting at or before it. */
  private async seek(t: number): Promise<void> {
    const episode = this.episode.id;
    const segments = (await this.content.transcript(episode)) ?? [];
    let index = -1;
    segments.forEach((seg, i) => {
      if (seg.start !== null && seg.start <= t) index = i;
    });
    if (index >= 0) this.onSeek(episode, index);
  }

  /** Arrows move the range by a twentieth, Shift+arrows resize it, Escape clears it. */
  private key(e: KeyboardEvent): void {
    const d = this.duration();
    const step = d / 20;
    const r = this.view.range ?? { episode: this.episode.id, start: 0, end: step * 4 };
    let { start, end } = r;
    if (e.key === 'Escape') {
      this.onRange(null);
      return;
    }
    if (e.key === 'ArrowRight' && e.shiftKey) end = Math.min(d, end + step);
    else if (e.key === 'ArrowLeft' && e.shiftKey) end = Math.max(start + step, end - step);
    else if (e.key === 'ArrowRight')
      [start, end] = [Math.min(start + step, d - (end - start)), Math.min(end + step, d)];
    else if (e.key === 'ArrowLeft') [start, end] = [Math.max(0, start - step), Math.max(end - start, end - step)];
    else return;
    e.preventDefault();
    this.onRange({ episode: this.episode.id, start, end });
  }

  private draw(): void {
    const canvas = this.canvas;
    const dpr = window.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const d = this.duration();
    const x = (t: number) => (t / d) * width;

    const bins = new Array<number>(BINS).fill(0);
    for (const t of this.starts.get(this.episode.id) ?? []) bins[Math.min(BINS - 1, Math.floor((t / d) * BINS))]!++;
    const peak = Math.max(1, ...bins);
    ctx.fillStyle = this.view.muted;
    ctx.globalAlpha = 0.35;
    const bw = width / BINS;
    bins.forEach((n, i) => {
      const bh = (n / peak) * (height - 6);
      ctx.fillRect(i * bw + 0.5, height - bh, Math.max(1, bw - 1), bh);
    });
    ctx.globalAlpha = 1;

    ctx.fillStyle = this.view.accent;
    for (const m of this.view.selected) {
      if (m.episode !== this.episode.id || m.start === null) continue;
      ctx.fillRect(Math.round(x(m.start)) - 1, 2, 2, height - 4);
    }

    const shade =
      this.brush ??
      (this.view.range?.episode === this.episode.id ? { from: this.view.range.start, to: this.view.range.end } : null);
    if (shade) {
      const a = x(Math.min(shade.from, shade.to));
      const b = x(Math.max(shade.from, shade.to));
      ctx.fillStyle = this.view.accent;
      ctx.globalAlpha = 0.16;
      ctx.fillRect(a, 0, b - a, height);
      ctx.globalAlpha = 1;
      ctx.fillRect(a, 0, 1.5, height);
      ctx.fillRect(b - 1.5, 0, 1.5, height);
    }

    const range = this.view.range;
    this.clearButton.hidden = range === null;
    this.caption.textContent = range
      ? `Showing what was said ${formatTimestamp(range.start)} – ${formatTimestamp(range.end)}`
      : `${formatTimestamp(0)} – ${formatTimestamp(d)} · drag to show only what was said in a time range, click to read the transcript there`;
    this.canvas.setAttribute('aria-valuemin', '0');
    this.canvas.setAttribute('aria-valuemax', String(Math.round(d)));
    this.canvas.setAttribute('aria-valuenow', String(Math.round(range?.start ?? 0)));
    this.canvas.setAttribute(
      'aria-valuetext',
      range ? `${formatTimestamp(range.start)} to ${formatTimestamp(range.end)}` : 'whole episode',
    );
  }
}
