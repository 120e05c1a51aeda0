import type { SerializedTalkGraph } from './core/types.js';
import { mountViewer, type Viewer } from './ui/app.js';

const HOST_STYLE =
  ':host{display:block;position:relative;height:480px;border-radius:8px;overflow:hidden}.tg-host{position:absolute;inset:0}';

/**
 * `<talkgraph-map src="graph.json"></talkgraph-map>`: the concept map inside any page, from
 * talkgraph-map.js. Compact by default; the `controls` attribute shows the full chrome, `theme`
 * (`light` | `dark`) fixes the theme.
 */
export class TalkgraphMap extends HTMLElement {
  static observedAttributes = ['src'];
  private viewer: Viewer | null = null;
  private loading = 0;

  /** The src loaded (or loading), so that connecting and setting src never fetch it twice. */
  private loaded: string | null = null;

  connectedCallback(): void {
    void this.load();
  }

  disconnectedCallback(): void {
    this.loading++;
    this.loaded = null;
    this.viewer?.destroy();
    this.viewer = null;
  }

  attributeChangedCallback(): void {
    // The parser sets src before connecting the element: connectedCallback loads it then.
    if (this.isConnected) void this.load();
  }

  private async load(): Promise<void> {
    const src = this.getAttribute('src');
    if (src !== null && src === this.loaded) return;
    this.loaded = src;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const ticket = ++this.loading;
    this.viewer?.destroy();
    this.viewer = null;
    const style = document.createElement('style');
    style.textContent = HOST_STYLE;
    const container = document.createElement('div');
    container.className = 'tg-host';
    shadow.replaceChildren(style, container);
    if (!src) {
      container.textContent = 'talkgraph-map: set the src attribute to the graph.json written by `talkgraph build`.';
      return;
    }
    try {
      const url = new URL(src, document.baseURI);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = (await response.json()) as SerializedTalkGraph;
      if (ticket !== this.loading) return;
      this.viewer = mountViewer(container, data, {
        embed: !this.hasAttribute('controls'),
        syncUrl: false,
        styleRoot: shadow,
        // `talkgraph build` writes the page of the map beside graph.json: links open the view there.
        linkPage: new URL('index.html', url).href,
      });
      const theme = this.getAttribute('theme');
      if (theme === 'light' || theme === 'dark') this.viewer.store.set({ theme });
    } catch (error) {
      if (ticket === this.loading) this.loaded = null;
      container.textContent = `talkgraph-map: could not load ${src} (${error instanceof Error ? error.message : String(error)}).`;
    }
  }
}

if (!customElements.get('talkgraph-map')) customElements.define('talkgraph-map', TalkgraphMap);
