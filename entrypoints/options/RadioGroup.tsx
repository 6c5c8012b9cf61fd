import { type MessageKey, t } from '../../components/i18n';

/** A labelled group of radio buttons; the fieldset's legend names the question. */
export function RadioGroup<Value extends string>({
  name,
  legend,
  value,
  choices,
  onChoose,
}: {
  name: string;
  legend: MessageKey;
  value: Value;
  choices: { value: Value; label: MessageKey; hint?: MessageKey }[];
  onChoose: (value: Value) => void;
}) {
  return (
    <fieldset class="tl-fieldset">
      <legend>{t(legend)}</legend>
      {choices.map((choice) => {
        const id = `tl-${name}-${choice.value}`;
        return (
          <div class="tl-check" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              data-setting={name}
              checked={value === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChoose(choice.value)}
            />
            <label for={id}>{t(choice.label)}</label>
            {choice.hint && (
              <p class="tl-hint tl-check-hint" id={`${id}-hint`}>
                {t(choice.hint)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
