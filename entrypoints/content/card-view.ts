import type { VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import entryCardCss from '../../components/entry-card.css?inline';
import type { SidePanelRequest } from '../../components/GlanceCard';
import { HoverCardLayer } from '../../components/HoverCard';
import hoverCardCss from '../../components/hover-card.css?inline';
import { setMessageTable } from '../../components/i18n';
import stanceBadgeCss from '../../components/stance-badge.css?inline';
import type { ReaderLanguage } from '../../knowledge/translations';
import type { EntryDetails } from '../../utils/messages';
import { cardHostName } from './card-host';
import type { ConceptMark } from './concept-marks';
import type { EntryDetailsSource } from './entry-details';
import { liveRangeOf } from './hit-test';

export interface OpenCard {
  mark: ConceptMark;
  entryId: string;
  pinned: boolean;
}

export interface CardView {
  open(options: {
    mark: ConceptMark;
    entryId?: string;
    pinned: boolean;
    takeFocus?: boolean;
  }): void;
  pin(): void;
  close(): void;
  readonly current: OpenCard | null;
  /** True when an event target is the card (events from inside a shadow root target its host). */
  contains(target: EventTarget | null): boolean;
}

/** A virtual element over a mark's text; it re-reads the geometry as the page scrolls. */
function referenceFor({ mark }: { mark: ConceptMark }): VirtualElement {
  let lastRect = new DOMRect();
  return {
    getBoundingClientRect() {
      const rect = liveRangeOf({ mark })?.getBoundingClientRect();
      if (rect) lastRect = rect;
      return lastRect;
    },
    getClientRects() {
      return Array.from(liveRangeOf({ mark })?.getClientRects() ?? [lastRect]);
    },
    contextElement: mark.range.startContainer.parentElement ?? undefined,
  };
}

/**
 * The hover card's mount (in the lazily loaded hover-card-ui bundle, see card-loader.ts). The
 * host element is created on the first open only: until the reader points at a mark the page
 * has no node of ours (zero footprint). The card's CSS goes into the shadow root as text.
 */
/** What a card view needs from the content script, whether built now or loaded on first use. */
export interface CardViewOptions {
  ctx: ContentScriptContext;
  entryDetails: EntryDetailsSource;
  titleOf: (entryId: string) => string;
  /** The language the card of a mark speaks (reader-language.ts). */
  languageOf: (mark: ConceptMark) => ReaderLanguage;
}

export function createCardView({
  ctx,
  entryDetails,
  titleOf,
  languageOf,
}: CardViewOptions): CardView {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let host: HTMLElement | null = null;
  let current: (OpenCard & { reference: VirtualElement; details?: EntryDetails | null }) | null =
    null;
  let focusBeforePin: Element | null = null;

  function mountUi() {
    ui ??= createShadowRootUi<void>(ctx, {
      name: cardHostName,
      mode: 'open',
      position: 'inline',
      // Every stylesheet the card's components import, as text: the page's styles never reach in.
      css: [entryCardCss, stanceBadgeCss, hoverCardCss].join('\n'),
      anchor: () => document.documentElement,
      // Keys typed in the card do not reach the page's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount() {},
    }).then((created) => {
      host = created.shadowHost;
      ctx.onInvalidated(() => render(null, created.uiContainer));
      return created;
    });
    return ui;
  }

  async function draw() {
    const created = await mountUi();
    // Re-attach if the page removed our host (some single-page apps replace the whole body).
    if (!created.shadowHost.isConnected) created.mount();
    const shown = current;
    // The card's words in its entry's language; the background sent them with the entry.
    if (shown?.details) setMessageTable(shown.details.messages);
    // The layer stays rendered without a card: its live region must exist before it speaks.
    render(
      h(HoverCardLayer, {
        card: shown && {
          entryId: shown.entryId,
          title: titleOf(shown.entryId),
          details: shown.details,
          reference: shown.reference,
          pinned: shown.pinned,
          onPin: view.pin,
          onClose: view.close,
          onOpenEntry: (entryId: string) => view.open({ mark: shown.mark, entryId, pinned: true }),
          onOpenSidePanel: (request: SidePanelRequest) => {
            // Sent during the click, so the background may open the panel (a user gesture).
            void browser.runtime.sendMessage({ type: 'open-side-panel', ...request });
          },
        },
      }),
      created.uiContainer,
    );
  }

  const view: CardView = {
    open({ mark, entryId = mark.entryId, pinned, takeFocus = pinned }) {
      if (takeFocus && !current?.pinned) focusBeforePin = document.activeElement;
      const reference = current?.mark === mark ? current.reference : referenceFor({ mark });
      current = { mark, entryId, pinned, reference };
      const opened = current;
      void draw();
      void entryDetails({ entryId, language: languageOf(mark) }).then((details) => {
        if (current !== opened) return;
        current = { ...opened, details };
        void draw();
      });
    },
    pin() {
      if (!current || current.pinned) return;
      focusBeforePin = document.activeElement;
      current = { ...current, pinned: true };
      void draw();
    },
    close() {
      if (!current) return;
      const hadFocus = host !== null && document.activeElement === host;
      current = null;
      void draw();
      // Give focus back to where the reader was before the card took it.
      if (hadFocus && focusBeforePin instanceof HTMLElement)
        focusBeforePin.focus({ preventScroll: true });
      else if (hadFocus) host?.blur();
      focusBeforePin = null;
    },
    get current() {
      return current;
    },
    contains(target) {
      return host !== null && target === host;
    },
  };
  return view;
}
