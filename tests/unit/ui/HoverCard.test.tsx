import type { VirtualElement } from '@floating-ui/dom';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  announceDelayMs,
  HoverCardLayer,
  type HoverCardProps,
  hoverCardAnnouncement,
} from '../../../components/HoverCard';
import type { EntryDetails } from '../../../utils/messages';
import { entryById, testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

beforeEach(() => {
  installEnglishMessages();
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const reference: VirtualElement = {
  getBoundingClientRect: () => new DOMRect(100, 100, 80, 20),
};

const details: EntryDetails = {
  entry: entryById('article-5'),
  related: [],
  topic: testKnowledgeBase.topics[0],
  documents: testKnowledgeBase.documents,
  opEd: testKnowledgeBase.opEd,
  language: 'en',
  messages: {},
};

function cardProps(changes: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    entryId: 'article-5',
    title: 'Article 5',
    details,
    reference,
    pinned: false,
    onPin: () => {},
    onClose: () => {},
    onOpenEntry: () => {},
    ...changes,
  };
}

const announcer = () => screen.getByTestId('card-announcer');
const waitForAnnouncement = () =>
  act(() => {
    vi.advanceTimersByTime(announceDelayMs + 10);
  });

describe('HoverCardLayer: what screen readers hear', () => {
  it('reads a card opened by the pointer through a polite live region, without taking focus', async () => {
    const { rerender } = render(<HoverCardLayer card={null} />);
    // The live region is there, empty, before any card opens.
    expect(announcer().getAttribute('role')).toBe('status');
    expect(announcer().getAttribute('aria-live')).toBe('polite');
    expect(announcer().getAttribute('aria-atomic')).toBe('true');
    expect(announcer().textContent).toBe('');

    rerender(<HoverCardLayer card={cardProps()} />);
    const dialog = screen.getByRole('dialog', { name: details.entry.title });
    expect(dialog.dataset.pinned).toBe('false');
    expect(document.activeElement).not.toBe(dialog);
    // The text arrives after the region exists, so the change is announced.
    expect(announcer().textContent).toBe('');
    await waitForAnnouncement();
    expect(announcer().textContent).toBe(
      `Treaty Lens: ${details.entry.title}. ${details.entry.summary}`,
    );
    expect(document.activeElement).not.toBe(dialog);

    // Closing the card empties the region but keeps it for the next card.
    rerender(<HoverCardLayer card={null} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(announcer().textContent).toBe('');
  });

  it('says nothing while the entry loads, then reads it once', async () => {
    const { rerender } = render(<HoverCardLayer card={cardProps({ details: undefined })} />);
    await waitForAnnouncement();
    expect(announcer().textContent).toBe('');
    rerender(<HoverCardLayer card={cardProps()} />);
    await waitForAnnouncement();
    expect(announcer().textContent).toContain(details.entry.title);
  });

  it('leaves a pinned card to its focus: the dialog is focused and the region stays quiet', async () => {
    render(<HoverCardLayer card={cardProps({ pinned: true })} />);
    await waitForAnnouncement();
    const dialog = screen.getByRole('dialog', { name: details.entry.title });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement).toBe(dialog);
    expect(announcer().textContent).toBe('');
  });

  it('names an entry that could not be loaded', () => {
    expect(hoverCardAnnouncement({ title: 'Article 5', details: null, pinned: false })).toBe(
      'Treaty Lens: Article 5. This entry could not be loaded.',
    );
    expect(hoverCardAnnouncement({ title: 'Article 5', details, pinned: true })).toBe('');
  });
});
