import { useState } from 'preact/hooks';
import { EntryCard } from '../../components/EntryCard';
import { t } from '../../components/i18n';
import type { KnowledgeBase } from '../../knowledge/types';

/** The example paragraph: our own words, with the phrases a news page would have marked. */
const exampleParts: (string | { text: string; entryId: string })[] = [
  'Kyiv wants ',
  { text: 'security guarantees', entryId: 'security-guarantees' },
  ' that would hold if Russia attacked again. European officials point to ',
  { text: 'Article 5', entryId: 'nato-article-5' },
  ', while others float a small ',
  { text: 'tripwire force', entryId: 'tripwire-force' },
  ' far from the front line.',
];

/**
 * A live example on the welcome page: the paragraph's phrases are marked as on a news page,
 * and pointing at one (or focusing it with Tab) shows its card below, the same card the
 * extension shows on pages. This page is the extension's own, so the marks may be elements.
 */
export function TryCard({ knowledgeBase }: { knowledgeBase: KnowledgeBase }) {
  const [entryId, setEntryId] = useState('nato-article-5');
  const entry = knowledgeBase.entries.find((candidate) => candidate.id === entryId);
  return (
    <section class="tl-welcome-try" aria-labelledby="tl-try-heading">
      <h2 id="tl-try-heading">{t('welcomeTryHeading')}</h2>
      <p class="tl-welcome-example" data-testid="welcome-example">
        {exampleParts.map((part) =>
          typeof part === 'string' ? (
            part
          ) : (
            <button
              key={part.entryId}
              type="button"
              class="tl-example-mark"
              aria-pressed={part.entryId === entryId}
              data-entry-id={part.entryId}
              onPointerEnter={() => setEntryId(part.entryId)}
              onFocus={() => setEntryId(part.entryId)}
              onClick={() => setEntryId(part.entryId)}
            >
              {part.text}
            </button>
          ),
        )}
      </p>
      <div class="tl-welcome-card" aria-live="polite">
        {entry && (
          <EntryCard
            entry={entry}
            knowledgeBase={knowledgeBase}
            variant="compact"
            onOpenEntry={setEntryId}
          />
        )}
      </div>
    </section>
  );
}
