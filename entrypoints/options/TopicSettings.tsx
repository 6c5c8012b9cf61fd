import { t } from '../../components/i18n';
import type { KnowledgeBase, Topic } from '../../knowledge/types';
import type { Settings } from '../../utils/settings';
import type { ChangeSettings } from './App';
import { toggleInList } from './toggle-in-list';

/** Topics on and off, and single entries within a topic (folded away until asked for). */
export function TopicSettings({
  settings,
  knowledgeBase,
  change,
}: {
  settings: Settings;
  knowledgeBase: KnowledgeBase;
  change: ChangeSettings;
}) {
  return (
    <section class="tl-options-section" aria-labelledby="tl-topics-heading">
      <h2 id="tl-topics-heading">{t('topicsHeading')}</h2>
      <p class="tl-hint">{t('topicsHint')}</p>
      <ul class="tl-topic-list">
        {knowledgeBase.topics.map((topic) => (
          <TopicRow
            key={topic.id}
            topic={topic}
            settings={settings}
            entries={knowledgeBase.entries.filter((entry) => entry.topic === topic.id)}
            change={change}
          />
        ))}
      </ul>
    </section>
  );
}

function TopicRow({
  topic,
  settings,
  entries,
  change,
}: {
  topic: Topic;
  settings: Settings;
  entries: KnowledgeBase['entries'];
  change: ChangeSettings;
}) {
  const topicOn = !settings.disabledTopics.includes(topic.id);
  const inputId = `tl-topic-${topic.id}`;
  return (
    <li class="tl-topic-row">
      <div class="tl-check">
        <input
          type="checkbox"
          id={inputId}
          data-topic-id={topic.id}
          checked={topicOn}
          aria-describedby={`${inputId}-description`}
          onChange={(event) => {
            const present = !event.currentTarget.checked;
            change((current) => ({
              disabledTopics: toggleInList({
                list: current.disabledTopics,
                item: topic.id,
                present,
              }),
            }));
          }}
        />
        <label for={inputId}>
          <span
            class="tl-swatch"
            style={{ background: settings.topicColors[topic.id] ?? topic.color }}
            aria-hidden="true"
          />
          {topic.title}
        </label>
      </div>
      <p class="tl-hint" id={`${inputId}-description`}>
        {topic.description}
      </p>
      {entries.length > 0 && (
        <details class="tl-entries">
          <summary>{t('chooseEntries', [String(entries.length)])}</summary>
          <ul>
            {entries.map((entry) => (
              <li key={entry.id} class="tl-check">
                <input
                  type="checkbox"
                  id={`tl-entry-${entry.id}`}
                  data-entry-id={entry.id}
                  checked={topicOn && !settings.disabledEntries.includes(entry.id)}
                  disabled={!topicOn}
                  onChange={(event) => {
                    const present = !event.currentTarget.checked;
                    change((current) => ({
                      disabledEntries: toggleInList({
                        list: current.disabledEntries,
                        item: entry.id,
                        present,
                      }),
                    }));
                  }}
                />
                <label for={`tl-entry-${entry.id}`}>{entry.title}</label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
