import { t } from '../../components/i18n';
import { StanceBadge } from '../../components/StanceBadge';
import type { Entry, Topic } from '../../knowledge/types';
import type { FoundConcept } from '../../utils/messages';

/**
 * Concepts found on the page, grouped by topic in the knowledge base's topic order, each with
 * its count and the op-ed's stance at a glance. The concept's name shows it on the page (scroll,
 * flash, open its card); the "About" button opens the full entry here.
 */
export function FoundConcepts({
  concepts,
  topics,
  entries,
  onReveal,
  onOpenEntry,
}: {
  concepts: FoundConcept[];
  topics: Topic[];
  entries: Entry[];
  onReveal: (entryId: string) => void;
  onOpenEntry: (entryId: string) => void;
}) {
  const knownTopicIds = new Set(topics.map((topic) => topic.id));
  // A concept whose topic the popup does not know (a newer content script) still gets listed.
  const groups = [
    ...topics.map((topic) => ({ id: topic.id, title: topic.title, color: topic.color })),
    { id: '', title: t('otherTopic'), color: 'currentColor' },
  ]
    .map((group) => ({
      ...group,
      concepts: concepts.filter((concept) =>
        group.id === '' ? !knownTopicIds.has(concept.topic) : concept.topic === group.id,
      ),
    }))
    .filter((group) => group.concepts.length > 0);

  return (
    <div data-testid="found-concepts" class="tl-found">
      {groups.map((group) => (
        <section key={group.id} class="tl-topic-group" aria-labelledby={`tl-topic-${group.id}`}>
          <h3 class="tl-topic-title" id={`tl-topic-${group.id}`}>
            <span class="tl-swatch" style={{ background: group.color }} aria-hidden="true" />
            {group.title}
          </h3>
          <ul class="tl-concepts">
            {group.concepts.map((concept) => {
              const entry = entries.find((candidate) => candidate.id === concept.entryId);
              return (
                <li
                  key={concept.entryId}
                  class="tl-concept"
                  data-testid="found-concept"
                  data-entry-id={concept.entryId}
                >
                  <button
                    type="button"
                    class="tl-concept-reveal"
                    data-testid="reveal-concept"
                    title={t('revealHint')}
                    onClick={() => onReveal(concept.entryId)}
                  >
                    <span class="tl-concept-title">{entry?.title ?? concept.title}</span>
                    <span class="tl-count">
                      <span aria-hidden="true">×{concept.count}</span>
                      <span class="tl-visually-hidden">
                        {t('timesOnPage', [String(concept.count)])}
                      </span>
                    </span>
                  </button>
                  <span class="tl-concept-actions">
                    {entry && <StanceBadge stance={entry.opEd.stance} focusable={false} />}
                    <button
                      type="button"
                      class="tl-button tl-button--small"
                      data-testid="open-concept-entry"
                      aria-label={t('aboutConcept', [entry?.title ?? concept.title])}
                      onClick={() => onOpenEntry(concept.entryId)}
                      disabled={!entry}
                    >
                      {t('about')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
