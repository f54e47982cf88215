/**
 * React access to the lazily loaded world outlines: 'loading' until the chunk arrives, then
 * 'ready' (or 'error', in which case maps still show their markers on a blank sphere).
 */
import { useEffect, useState } from 'react';
import { loadWorldGeometry, peekWorldGeometry, type WorldGeometry } from './world-geometry';

export type WorldGeometryState =
  { status: 'loading' } | { status: 'ready'; geometry: WorldGeometry } | { status: 'error' };

export function useWorldGeometry(): WorldGeometryState {
  const [state, setState] = useState<WorldGeometryState>(() => {
    const geometry = peekWorldGeometry();
    return geometry ? { status: 'ready', geometry } : { status: 'loading' };
  });
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadWorldGeometry().then(
      (geometry) => live && setState({ status: 'ready', geometry }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return state;
}
