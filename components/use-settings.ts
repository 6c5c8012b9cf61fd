import { useEffect, useState } from 'preact/hooks';
import { loadSettings, type RepairedSettings, watchSettings } from '../utils/settings';

/**
 * The current settings, kept live: a change from the options page, the popup or another device
 * (storage.sync) re-renders at once. Undefined until the first read.
 */
export function useSettings(): RepairedSettings | undefined {
  const [current, setCurrent] = useState<RepairedSettings>();
  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => {
      if (active) setCurrent(loaded);
    });
    const unwatch = watchSettings({ onChange: setCurrent });
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return current;
}
