import type { Stage } from './stage.js';

/** Keyboard use of the map: arrows pan, + and - zoom, 0 shows all that is shown. */
export function panOrZoom(stage: Stage, key: string): boolean {
  const camera = stage.sigma.getCamera();
  const { x, y, ratio } = camera.getState();
  // A tenth of the view, at once (animations would cancel each other on held keys); framed y grows upwards.
  const step = ratio / 10;
  const moves: Record<string, () => unknown> = {
    ArrowLeft: () => camera.setState({ x: x - step }),
    ArrowRight: () => camera.setState({ x: x + step }),
    ArrowUp: () => camera.setState({ y: y + step }),
    ArrowDown: () => camera.setState({ y: y - step }),
    '+': () => camera.animatedZoom(1.5),
    '=': () => camera.animatedZoom(1.5),
    '-': () => camera.animatedUnzoom(1.5),
    '0': () => camera.animate(stage.fitView(), { duration: 300 }),
  };
  const move = moves[key];
  if (!move) return false;
  void move();
  return true;
}
