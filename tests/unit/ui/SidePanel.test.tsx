import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sidePanelTargetItem } from '../../../components/side-panel';
import { App } from '../../../entrypoints/sidepanel/App';
import { testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

const scrolled: Element[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
  history.replaceState(null, '', '/sidepanel.html');
});
afterEach(() => cleanup());

describe('side panel', () => {
  it('invites a choice when it has no target', async () => {
    render(<App knowledgeBase={testKnowledgeBase} />);
    expect(screen.getByTestId('side-panel-empty')).toBeTruthy();
  });

  it('shows the stored entry, then the whole treaty with the quoted article in view and marked', async () => {
    await sidePanelTargetItem.setValue({ entryId: 'article-5' });
    render(<App knowledgeBase={testKnowledgeBase} />);
    const card = await screen.findByTestId('entry-card');
    expect(card.dataset.entryId).toBe('article-5');
    fireEvent.click(
      within(card).getByRole('link', { name: /Read the whole North Atlantic Treaty/ }),
    );
    const treaty = await screen.findByTestId('treaty-document');
    const quoted = treaty.querySelector('[data-quoted="true"]') as HTMLElement;
    expect(quoted.dataset.articleId).toBe('5');
    expect(quoted.getAttribute('aria-current')).toBe('location');
    expect(quoted.querySelector('mark')?.textContent).toBe(
      'an armed attack against one or more of them',
    );
    expect(scrolled).toContain(quoted);
    expect(document.activeElement).toBe(quoted);
    expect(treaty.querySelectorAll('[data-article-id]')).toHaveLength(3);
    expect(await sidePanelTargetItem.getValue()).toEqual({
      entryId: 'article-5',
      documentId: 'north-atlantic-treaty',
      articleId: '5',
    });
    fireEvent.click(screen.getByTestId('back-to-entry'));
    expect((await screen.findByTestId('entry-card')).dataset.entryId).toBe('article-5');
  });

  it('follows a new target while open (the popup chose another entry)', async () => {
    render(<App knowledgeBase={testKnowledgeBase} />);
    await sidePanelTargetItem.setValue({ entryId: 'ceasefire' });
    await waitFor(() => expect(screen.getByTestId('entry-card').dataset.entryId).toBe('ceasefire'));
  });

  it('takes its target from its address first', async () => {
    await sidePanelTargetItem.setValue({ entryId: 'ceasefire' });
    history.replaceState(
      null,
      '',
      '/sidepanel.html?entry=article-5&document=north-atlantic-treaty&article=11',
    );
    render(<App knowledgeBase={testKnowledgeBase} />);
    const quoted = (await screen.findByTestId('treaty-document')).querySelector(
      '[data-quoted="true"]',
    );
    expect((quoted as HTMLElement).dataset.articleId).toBe('11');
  });
});
