import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { defaultSettings, loadSettings, settingsItem } from '../../../utils/settings';
import { testKnowledgeBase } from './fixtures';
import { installEnglishMessages } from './install-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});
afterEach(() => cleanup());

async function renderOptions() {
  const view = render(<App knowledgeBase={testKnowledgeBase} />);
  await screen.findByRole('heading', { level: 1 });
  return view;
}
const stored = async () => (await loadSettings()).settings;

describe('options: topics', () => {
  it('has one checkbox per topic, saved at once, with single entries inside', async () => {
    const { container } = await renderOptions();
    const nato = container.querySelector('input[data-topic-id="nato"]') as HTMLInputElement;
    expect(container.querySelectorAll('input[data-topic-id]')).toHaveLength(4);
    expect(nato.checked).toBe(true);
    fireEvent.click(nato);
    await waitFor(async () => expect((await stored()).disabledTopics).toEqual(['nato']));
    // An entry of a topic that is off cannot be switched on alone.
    const article5 = container.querySelector(
      'input[data-entry-id="article-5"]',
    ) as HTMLInputElement;
    await waitFor(() => expect(article5.disabled).toBe(true));
    fireEvent.click(nato);
    await waitFor(() => expect(article5.disabled).toBe(false));
    fireEvent.click(article5);
    await waitFor(async () => expect((await stored()).disabledEntries).toEqual(['article-5']));
    expect((await stored()).disabledTopics).toEqual([]);
  });

  it('follows changes made elsewhere (the popup, another device)', async () => {
    const { container } = await renderOptions();
    await settingsItem.setValue({ ...defaultSettings, disabledTopics: ['deterrence'] });
    const deterrence = container.querySelector(
      'input[data-topic-id="deterrence"]',
    ) as HTMLInputElement;
    await waitFor(() => expect(deterrence.checked).toBe(false));
  });
});

/** The browser's answer to the all-sites permission request, recording each request. */
function fakePermissions({ grant }: { grant: boolean }) {
  const calls: string[] = [];
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    request: async () => {
      calls.push('request');
      return grant;
    },
    remove: async () => {
      calls.push('remove');
      return true;
    },
    contains: async () => grant,
  };
  return calls;
}

describe('options: where it runs', () => {
  it('saves the site mode', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('Only the sites I list below'));
    await waitFor(async () => expect((await stored()).siteMode).toBe('list'));
  });

  it('switches to all sites only once the browser grants access, and gives it back after', async () => {
    const calls = fakePermissions({ grant: true });
    await renderOptions();
    fireEvent.click(screen.getByLabelText('All sites'));
    await waitFor(async () => expect((await stored()).siteMode).toBe('all'));
    fireEvent.click(screen.getByLabelText('News sites (default)'));
    await waitFor(async () => expect((await stored()).siteMode).toBe('news'));
    await waitFor(() => expect(calls).toEqual(['request', 'remove']));
  });

  it('keeps news sites and says why when the reader refuses access', async () => {
    fakePermissions({ grant: false });
    await renderOptions();
    const all = screen.getByLabelText('All sites') as HTMLInputElement;
    fireEvent.click(all);
    expect((await screen.findByTestId('all-sites-refused')).textContent).toContain('permission');
    expect((await stored()).siteMode).toBe('news');
    await waitFor(() => expect(all.checked).toBe(false));
    expect((screen.getByLabelText('News sites (default)') as HTMLInputElement).checked).toBe(true);
  });

  it('validates what is typed into a site list and stores the host name', async () => {
    await renderOptions();
    const allow = screen.getByTestId('allow-sites');
    const input = within(allow).getByTestId('allow-sites-input') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'example.com/news' } });
    fireEvent.click(within(allow).getByTestId('allow-sites-add'));
    expect(within(allow).getByTestId('allow-sites-error').textContent).toContain(
      'without a page path',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('allow-sites-error');
    expect((await stored()).allowSites).toEqual([]);

    fireEvent.input(input, { target: { value: 'https://WWW.Example.com/a' } });
    expect(within(allow).queryByTestId('allow-sites-error')).toBeNull();
    fireEvent.submit(input.form as HTMLFormElement);
    await waitFor(async () => expect((await stored()).allowSites).toEqual(['example.com']));
    expect(input.value).toBe('');
    await waitFor(() => expect(allow.querySelector('[data-site="example.com"]')).toBeTruthy());

    fireEvent.input(input, { target: { value: 'example.com' } });
    fireEvent.submit(input.form as HTMLFormElement);
    expect(within(allow).getByTestId('allow-sites-error').textContent).toContain('already');

    fireEvent.click(within(allow).getByRole('button', { name: 'Remove example.com' }));
    await waitFor(async () => expect((await stored()).allowSites).toEqual([]));
  });

  it('lists paused sites with a way to resume each', async () => {
    await settingsItem.setValue({ ...defaultSettings, pausedSites: ['bbc.co.uk'] });
    await renderOptions();
    const paused = screen.getByTestId('paused-sites');
    await waitFor(() => expect(paused.querySelector('[data-site="bbc.co.uk"]')).toBeTruthy());
    fireEvent.click(within(paused).getByRole('button', { name: 'Resume bbc.co.uk' }));
    await waitFor(async () => expect((await stored()).pausedSites).toEqual([]));
  });
});

describe('options: looks and cards', () => {
  it('saves mark style, topic colour and calm mode', async () => {
    const { container } = await renderOptions();
    fireEvent.click(screen.getByLabelText('A background colour'));
    const color = container.querySelector('input[data-color-topic-id="nato"]') as HTMLInputElement;
    fireEvent.change(color, { target: { value: '#112233' } });
    fireEvent.click(screen.getByLabelText('Calm mode'));
    fireEvent.click(screen.getByLabelText(/how many concepts/));
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        markStyle: 'background',
        topicColors: { nato: '#112233' },
        calmMode: true,
        showBadge: false,
      }),
    );
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Default colour for NATO and the Washington Treaty',
      }),
    );
    await waitFor(async () => expect((await stored()).topicColors).toEqual({}));
  });

  it('saves the card trigger, the modifier key, and only a valid hover delay', async () => {
    await renderOptions();
    const delay = screen.getByLabelText(/Delay before the card opens/) as HTMLInputElement;
    fireEvent.input(delay, { target: { value: '99999' } });
    await waitFor(() => expect(delay.getAttribute('aria-invalid')).toBe('true'));
    expect((await stored()).hoverDelayMs).toBe(defaultSettings.hoverDelayMs);
    fireEvent.input(delay, { target: { value: '650' } });
    await waitFor(async () => expect((await stored()).hoverDelayMs).toBe(650));
    fireEvent.click(screen.getByLabelText(/while I hold a key/));
    const key = (await screen.findByLabelText('Key to hold')) as HTMLSelectElement;
    fireEvent.change(key, { target: { value: 'Shift' } });
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ cardTrigger: 'modifier', modifierKey: 'Shift' }),
    );
    fireEvent.click(screen.getByLabelText('Only when I click it'));
    await waitFor(() => expect(screen.queryByLabelText(/Delay before the card opens/)).toBeNull());
  });
});

describe('options: reset and repair', () => {
  it('resets everything after a confirmation', async () => {
    await settingsItem.setValue({ ...defaultSettings, calmMode: true, denySites: ['a.example'] });
    await renderOptions();
    fireEvent.click(screen.getByTestId('reset-settings'));
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await waitFor(async () => expect(await stored()).toEqual(defaultSettings));
  });

  it('shows a notice naming a corrupt setting while keeping the others', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, siteMode: 'mars', denySites: ['a.example'] },
    });
    await renderOptions();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toContain('where it runs');
    expect(notice.textContent).not.toContain('sites always off');
    expect(screen.getByTestId('deny-sites').querySelector('[data-site="a.example"]')).toBeTruthy();
    expect((screen.getByLabelText('News sites (default)') as HTMLInputElement).checked).toBe(true);
  });

  it('says all settings were reset, not that the others are kept, when none could be read', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not settings at all' });
    await renderOptions();
    const notice = await screen.findByTestId('settings-notice');
    expect(notice.textContent).toContain('all of them were reset');
    expect(notice.textContent).not.toContain('other settings are kept');
    expect(notice.textContent).not.toContain('where it runs');
  });
});
