import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { KnowledgeBase } from '../knowledge/types';
import type { EntryDetails } from '../utils/messages';
import { EntryCard } from './EntryCard';
import type { SidePanelRequest } from './GlanceCard';
import { t } from './i18n';

export interface HoverCardProps {
  entryId: string;
  /** Shown while the full entry is on its way from the background. */
  title: string;
  /** Undefined while loading, null when the background had no such entry. */
  details: EntryDetails | null | undefined;
  /** The mark the card points at (a virtual element over the mark's text). */
  reference: VirtualElement;
  pinned: boolean;
  onPin: () => void;
  onClose: () => void;
  onOpenEntry: (entryId: string) => void;
  /** "Open in side panel": the full entry, and the whole treaty at the quoted article. */
  onOpenSidePanel?: (request: SidePanelRequest) => void;
}

/**
 * The card's largest size. Its face (title, meaning, the op-ed line, the treaty's key sentence)
 * is made to fit in it without scrolling; ui.card-budget.suite.ts holds that in both browsers.
 */
export const cardMaxWidthPx = 460;
export const cardMaxHeightPx = 520;

function knowledgeBaseOf({ details }: { details: EntryDetails }): KnowledgeBase {
  return {
    entries: [details.entry, ...details.related],
    documents: details.documents,
    topics: details.topic ? [details.topic] : [],
    opEd: details.opEd,
  };
}

/**
 * The card over a mark on a news page: positioned next to the mark with floating-ui (flips
 * above when there is no room below, shifts to stay on screen, follows scrolling), pinned by a
 * click inside it, a dialog named after the entry, closed by Esc. A pinned card takes focus, so
 * screen readers announce the dialog; a card opened by the pointer resting on a mark must not
 * steal focus, so HoverCardLayer's live region reads it out instead. Sizes are px: rem would
 * follow the news site's root font size (hover-card.css, put in the card's shadow root by the
 * page engine). Focus return is the page engine's job.
 */
export function HoverCard({
  entryId,
  title,
  details,
  reference,
  pinned,
  onPin,
  onClose,
  onOpenEntry,
  onOpenSidePanel,
}: HoverCardProps) {
  const cardRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const place = () =>
      computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(),
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight, availableWidth }) {
              card.style.maxHeight = `${Math.max(160, Math.min(cardMaxHeightPx, availableHeight))}px`;
              card.style.maxWidth = `${Math.max(240, Math.min(cardMaxWidthPx, availableWidth))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    return autoUpdate(reference, card, place);
  }, [reference, entryId]);

  useEffect(() => {
    // A pinned card takes focus so keyboard and screen-reader users land in it.
    if (pinned) cardRef.current?.focus({ preventScroll: true });
  }, [pinned]);

  return (
    <div
      ref={cardRef}
      class={`tl-hover-card${pinned ? ' tl-hover-card--pinned' : ''}`}
      role="dialog"
      aria-modal="false"
      aria-label={details?.entry.title ?? title}
      lang={details?.language}
      tabIndex={-1}
      data-testid="hover-card"
      data-pinned={pinned ? 'true' : 'false'}
      onClick={() => {
        if (!pinned) onPin();
      }}
      onKeyDown={(event) => {
        // Keys typed in the card stop at the shadow root (isolateEvents), so Esc is handled here.
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="tl-hover-card-controls">
        <button
          type="button"
          class="tl-hover-card-button"
          aria-pressed={pinned}
          aria-label={t('cardPin')}
          title={t('cardPin')}
          data-testid="pin-card"
          onClick={(event) => {
            event.stopPropagation();
            onPin();
          }}
        >
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M10.3 1.3 14.7 5.7 13.3 7.1 12.6 6.4 9.9 9.1 10.3 12.3 8.9 13.7 6.1 10.9 2.7 14.3 1.7 13.3 5.1 9.9 2.3 7.1 3.7 5.7 6.9 6.1 9.6 3.4 8.9 2.7Z"
            />
          </svg>
        </button>
        <button
          type="button"
          class="tl-hover-card-button"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          data-testid="close-card"
          onClick={(event) => {
            event.stopPropagation();
            onClose();
          }}
        >
          ×
        </button>
      </div>
      {details ? (
        <EntryCard
          entry={details.entry}
          knowledgeBase={knowledgeBaseOf({ details })}
          variant="compact"
          onOpenEntry={onOpenEntry}
          onOpenSidePanel={onOpenSidePanel}
        />
      ) : (
        <div class="tl-hover-card-placeholder" data-entry-id={entryId}>
          <strong>{title}</strong>
          <p>{details === null ? t('cardUnavailable') : t('cardLoading')}</p>
        </div>
      )}
    </div>
  );
}

/** Time between the live region's text and its change, so screen readers notice the change. */
export const announceDelayMs = 150;

/**
 * What the live region says for a card: its title and summary when the pointer opened it
 * (unpinned, so focus stayed on the page); nothing for a pinned card, which takes focus and is
 * announced as a dialog, nor while the entry is still loading (it would be read twice).
 */
export function hoverCardAnnouncement({
  title,
  details,
  pinned,
}: Pick<HoverCardProps, 'title' | 'details' | 'pinned'>): string {
  if (pinned || details === undefined) return '';
  if (details === null) return t('cardAnnouncement', [title, t('cardUnavailable')]);
  return t('cardAnnouncement', [details.entry.title, details.entry.summary]);
}

/**
 * A polite live region (role="status"), visually hidden. It stays in the shadow root while
 * cards come and go: screen readers announce a change to a live region that already exists,
 * not one inserted with its text, so the text arrives `announceDelayMs` after it changes.
 */
export function CardAnnouncer({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!text) {
      setSpoken('');
      return;
    }
    const timer = setTimeout(() => setSpoken(text), announceDelayMs);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div
      class="tl-visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="card-announcer"
    >
      {spoken}
    </div>
  );
}

/** Everything the card's shadow root shows: the live region, and the card while one is open. */
export function HoverCardLayer({ card }: { card: HoverCardProps | null }) {
  return (
    <>
      <CardAnnouncer text={card ? hoverCardAnnouncement(card) : ''} />
      {card ? <HoverCard {...card} /> : null}
    </>
  );
}
