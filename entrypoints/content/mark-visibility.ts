import type { Settings } from '../../utils/settings';
import type { ConceptMark } from './concept-marks';

/**
 * Which marks the reader sees under the current settings: topics and entries switched off are
 * hidden; calm mode shows only the first occurrence of each concept in document order.
 */
export function markVisibility({
  settings,
  marksInDocumentOrder,
}: {
  settings: Pick<Settings, 'disabledTopics' | 'disabledEntries' | 'calmMode'>;
  marksInDocumentOrder: readonly ConceptMark[];
}): (mark: ConceptMark) => boolean {
  const disabledTopics = new Set(settings.disabledTopics);
  const disabledEntries = new Set(settings.disabledEntries);
  const enabled = (mark: ConceptMark) =>
    !disabledTopics.has(mark.topic) && !disabledEntries.has(mark.entryId);
  if (!settings.calmMode) return enabled;
  const first = new Map<string, ConceptMark>();
  for (const mark of marksInDocumentOrder) {
    if (enabled(mark) && !first.has(mark.entryId)) first.set(mark.entryId, mark);
  }
  return (mark) => first.get(mark.entryId) === mark;
}

/** True when the reader paused the extension on this host (deny list, or not on the allow list). */
export function isPausedOn({
  settings,
  hostname,
}: {
  settings: Pick<Settings, 'siteMode' | 'allowSites' | 'denySites' | 'pausedSites'>;
  hostname: string;
}): boolean {
  const listed = (hosts: readonly string[]) =>
    hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
  if (listed(settings.denySites)) return true;
  // "Pause on this site" (popup) and the "toggle marks" shortcut; older stored settings lack it.
  if (listed(settings.pausedSites ?? [])) return true;
  return settings.siteMode === 'list' && !listed(settings.allowSites);
}
