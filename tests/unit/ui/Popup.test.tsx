import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { Message, PageSummary } from '../../../utils/messages';
import { loadSettings } from '../../../utils/settings';
import { testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

const tab = { id: 7, url: 'https://www.bbc.co.uk/news/1', windowId: 1 };
const foundSummary: PageSummary = {
  url: tab.url,
  scanning: false,
  paused: false,
  concepts: [
    { entryId: 'tripwire-force', title: 'Tripwire force', topic: 'deterrence', count: 1 },
    { entryId: 'article-5', title: 'Article 5', topic: 'nato', count: 3 },
    { entryId: 'security-guarantees', title: 'Security guarantees', topic: 'guarantees', count: 5 },
  ],
};

/** Answers the popup's messages as a content script would, recording what it was sent. */
function fakeContentScript({ answers }: { answers: (PageSummary | Error)[] }) {
  const sent: Message[] = [];
  let next = 0;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: Message,
  ) => {
    sent.push(message);
    if (message.type !== 'page-summary') return true;
    const answer = answers[Math.min(next++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer;
  }) as never);
  return { sent };
}

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderPopup = () => render(<App knowledgeBase={testKnowledgeBase} initialTab={tab} />);

describe('popup: on this page', () => {
  it('groups found concepts by topic in topic order, with counts and the op-ed stance', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const list = await screen.findByTestId('found-concepts');
    const groups = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual([
      'Security guarantees',
      'NATO and the Washington Treaty',
      'Deterrence and credibility',
    ]);
    const items = within(list).getAllByTestId('found-concept');
    expect(items.map((item) => item.dataset.entryId)).toEqual([
      'security-guarantees',
      'article-5',
      'tripwire-force',
    ]);
    expect(items[1]?.textContent).toContain('×3');
    expect(items[1]?.textContent).toContain('3 times on this page');
    // Worded as the op-ed's, never as a bare verdict that reads as Treaty Lens's own.
    expect(items[0]?.querySelector('[data-stance]')?.textContent).toBe('The op-ed: opposes');
  });

  it('opens with the lookup focused and first in tab order', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const input = await screen.findByTestId('lookup-input');
    await waitFor(() => expect(document.activeElement).toBe(input));
    const focusable = [
      ...document.querySelectorAll<HTMLElement>('input, button, a[href], [tabindex="0"]'),
    ];
    expect(focusable[0]).toBe(input);
  });

  it('asks the tab to reveal a concept when it is chosen', async () => {
    const { sent } = fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const item = (await screen.findAllByTestId('found-concept'))[1] as HTMLElement;
    fireEvent.click(within(item).getByTestId('reveal-concept'));
    expect(sent).toContainEqual({ type: 'reveal-concept', entryId: 'article-5' });
  });

  it('opens a found concept as a full entry and goes back with Esc', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const item = (await screen.findAllByTestId('found-concept'))[1] as HTMLElement;
    fireEvent.click(within(item).getByTestId('open-concept-entry'));
    const card = screen.getByTestId('entry-card');
    expect(card.dataset.entryId).toBe('article-5');
    expect(document.activeElement).toBe(screen.getByTestId('entry-back'));
    fireEvent.keyDown(screen.getByTestId('entry-back'), { key: 'Escape' });
    expect(screen.queryByTestId('entry-card')).toBeNull();
    expect(screen.getByTestId('found-concepts')).toBeTruthy();
  });

  it('shows "still scanning" with partial results, then the final list', async () => {
    fakeContentScript({
      answers: [
        { ...foundSummary, scanning: true, concepts: foundSummary.concepts.slice(0, 1) },
        foundSummary,
      ],
    });
    renderPopup();
    await waitFor(() => expect(screen.getByTestId('page-state').dataset.state).toBe('scanning'));
    expect(screen.getAllByTestId('found-concept')).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByTestId('found-concept')).toHaveLength(3), {
      timeout: 2000,
    });
    expect(screen.queryByTestId('page-state')).toBeNull();
  });

  it('says when nothing was found', async () => {
    fakeContentScript({ answers: [{ ...foundSummary, concepts: [] }] });
    renderPopup();
    const state = await screen.findByTestId('page-state');
    await waitFor(() => expect(state.dataset.state).toBe('nothing-found'));
    expect(state.textContent).toContain('No marked concepts');
  });

  it('explains a page the extension cannot run on', async () => {
    fakeContentScript({ answers: [new Error('Could not establish connection')] });
    render(
      <App knowledgeBase={testKnowledgeBase} initialTab={{ id: 3, url: 'chrome://settings/' }} />,
    );
    await waitFor(() => expect(screen.getByTestId('page-state').dataset.state).toBe('restricted'));
    const state = screen.getByTestId('page-state');
    expect(state.textContent).toContain('own pages');
    expect(screen.queryByTestId('pause-site')).toBeNull();
  });

  it('says the extension is not running after the content script stays silent', async () => {
    fakeContentScript({ answers: [new Error('Could not establish connection')] });
    renderPopup();
    await waitFor(
      () => expect(screen.getByTestId('page-state').dataset.state).toBe('not-running'),
      {
        timeout: 3000,
      },
    );
    expect(screen.getByTestId('page-state').textContent).toContain('reload');
  });

  it('pauses the site into settings, shows the paused state, and resumes', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    fireEvent.click(await screen.findByTestId('pause-site'));
    await waitFor(() => expect(screen.getByTestId('page-state').dataset.state).toBe('paused'));
    expect((await loadSettings()).settings.pausedSites).toEqual(['bbc.co.uk']);
    fireEvent.click(screen.getByTestId('resume-site'));
    await waitFor(() => expect(screen.getByTestId('found-concepts')).toBeTruthy());
    expect((await loadSettings()).settings.pausedSites).toEqual([]);
  });
});

describe('popup: lookup', () => {
  it('finds entries by typo, phrase in another language and summary word', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const input = screen.getByTestId('lookup-input') as HTMLInputElement;
    const resultIds = () =>
      screen.queryAllByTestId('lookup-result').map((result) => result.dataset.entryId);
    fireEvent.input(input, { target: { value: 'tripwre' } });
    expect(resultIds()[0]).toBe('tripwire-force');
    fireEvent.input(input, { target: { value: 'Artikel 5' } });
    expect(resultIds()[0]).toBe('article-5');
    fireEvent.input(input, { target: { value: 'гарантії безпеки' } });
    expect(resultIds()[0]).toBe('security-guarantees');
    fireEvent.input(input, { target: { value: 'warring sides' } });
    expect(resultIds()[0]).toBe('ceasefire');
  });

  it('is usable from the keyboard: arrows move, Enter opens, Esc clears', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    const input = screen.getByTestId('lookup-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'attack' } });
    const results = screen.getAllByTestId('lookup-result');
    expect(results.length).toBeGreaterThan(1);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(results[0]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(results[1]?.id);
    expect(results[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    // Up from the first wraps to the last.
    expect(input.getAttribute('aria-activedescendant')).toBe(results[results.length - 1]?.id);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(screen.queryAllByTestId('lookup-result')).toHaveLength(0);
    fireEvent.input(input, { target: { value: 'tripwire' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('entry-card').dataset.entryId).toBe('tripwire-force');
  });

  it('says when nothing matches', async () => {
    fakeContentScript({ answers: [foundSummary] });
    renderPopup();
    fireEvent.input(screen.getByTestId('lookup-input'), { target: { value: 'qqqqzzzz' } });
    expect(screen.getByText(/No entry matches/)).toBeTruthy();
  });
});

describe('popup: settings notice', () => {
  it('names settings that were unreadable and clears the notice on OK', async () => {
    fakeContentScript({ answers: [foundSummary] });
    await fakeBrowser.storage.sync.set({
      settings: { calmMode: 'very', disabledTopics: ['nato'] },
    });
    renderPopup();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toContain('calm mode');
    fireEvent.click(within(notice).getByRole('button'));
    await waitFor(() => expect(screen.queryByTestId('settings-notice')).toBeNull());
    expect((await loadSettings()).settings.disabledTopics).toEqual(['nato']);
  });
});
