import type { FoundConcept, PageSummary } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import type { ConceptMark } from './concept-marks';

/**
 * The concepts on this page for the popup: one line per entry with how often it occurs, in
 * order of first appearance. Topics and entries the reader switched off are left out; calm
 * mode hides repeats on the page but the count stays the real count.
 */
export function pageSummaryOf({
  url,
  scanning,
  paused,
  marks,
  settings,
  titleOf,
}: {
  url: string;
  scanning: boolean;
  paused: boolean;
  marks: readonly ConceptMark[];
  settings: Pick<Settings, 'disabledTopics' | 'disabledEntries'>;
  /** The entry's title (asked only for entries with marks). */
  titleOf: (entryId: string) => string;
}): PageSummary {
  const disabledTopics = new Set(settings.disabledTopics);
  const disabledEntries = new Set(settings.disabledEntries);
  const concepts = new Map<string, FoundConcept>();
  for (const mark of marks) {
    if (disabledTopics.has(mark.topic) || disabledEntries.has(mark.entryId)) continue;
    const found = concepts.get(mark.entryId);
    if (found) {
      found.count++;
      continue;
    }
    concepts.set(mark.entryId, {
      entryId: mark.entryId,
      title: titleOf(mark.entryId),
      topic: mark.topic,
      count: 1,
    });
  }
  return { url, scanning, paused, concepts: [...concepts.values()] };
}
