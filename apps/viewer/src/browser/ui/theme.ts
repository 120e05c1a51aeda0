export type Theme = 'light' | 'dark';

/** Colours the canvas needs (the DOM takes them from CSS variables). */
export interface CanvasColors {
  background: string;
  label: string;
  edge: string;
  edgeTyped: string;
  /** Selection: lit edges, timeline ticks (same as the CSS --accent). */
  accent: string;
  /** Coloured by episode, a node mentioned in several of the shown episodes. */
  several: string;
}

export const CANVAS_COLORS: Record<Theme, CanvasColors> = {
  light: {
    background: '#f7f7f5',
    label: '#1f2328',
    edge: '#d4d4d8',
    edgeTyped: '#9ca3af',
    accent: '#2563eb',
    several: '#8b9099',
  },
  dark: {
    background: '#111418',
    label: '#e6e8eb',
    edge: '#3a414d',
    edgeTyped: '#808998',
    accent: '#60a5fa',
    several: '#7d8490',
  },
};

export function preferredTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
