import {
  DELAY_UNITS,
  delaySchema,
  type Delay,
  type DelayUnit,
  type VariableDto,
} from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t, type MessageKey } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { VariableOptions } from '../components/VariableOptions';
import { useEditorDraft } from '../hooks/use-editor-draft';

type Mode = 'now' | 'after' | 'at';

interface DelayDraft {
  mode: Mode;
  waitAmount: string;
  waitUnit: DelayUnit;
  variable: string;
  offsetAmount: string;
  offsetUnit: DelayUnit;
  offsetSign: 'before' | 'after';
  timeOfDay: string;
}

function draftOf(delay: Delay | null | undefined): DelayDraft {
  const base: DelayDraft = {
    mode: 'now',
    waitAmount: '1',
    waitUnit: 'hours',
    variable: '',
    offsetAmount: '0',
    offsetUnit: 'days',
    offsetSign: 'before',
    timeOfDay: '',
  };
  if (!delay) return base;
  if (delay.type === 'after') {
    return {
      ...base,
      mode: 'after',
      waitAmount: String(delay.wait.amount),
      waitUnit: delay.wait.unit,
    };
  }
  return {
    ...base,
    mode: 'at',
    variable: delay.variable,
    offsetAmount: String(Math.abs(delay.offset?.amount ?? 0)),
    offsetUnit: delay.offset?.unit ?? 'days',
    offsetSign: (delay.offset?.amount ?? 0) > 0 ? 'after' : 'before',
    timeOfDay: delay.timeOfDay ?? '',
  };
}

/** The delay the draft describes, in the user's own time zone. */
function delayOf(draft: DelayDraft, timeZone: string): unknown {
  if (draft.mode === 'now') return null;
  if (draft.mode === 'after') {
    return {
      type: 'after',
      wait: { amount: Number(draft.waitAmount), unit: draft.waitUnit },
      timeZone,
    };
  }
  const offset = Number(draft.offsetAmount);
  return {
    type: 'at',
    variable: draft.variable,
    ...(offset
      ? {
          offset: {
            amount: draft.offsetSign === 'before' ? -offset : offset,
            unit: draft.offsetUnit,
          },
        }
      : {}),
    ...(draft.timeOfDay ? { timeOfDay: draft.timeOfDay } : {}),
    timeZone,
  };
}

interface DelayEditorProps {
  saved: Delay | null | undefined;
  variables: VariableDto[] | null;
  onSave: (delay: Delay | null) => Promise<unknown>;
  saving: boolean;
  error: unknown;
}

/** When the receiver sends each item: at once, after a wait, or at a date read from the item. */
export function DelayEditor({ saved, variables, onSave, saving, error }: DelayEditorProps) {
  const name = useId();
  const listId = useId();
  const { draft, dirty, setDraft, markSaved, saveLabel } = useEditorDraft(() => draftOf(saved));
  const [problem, setProblem] = useState<string | null>(null);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const set = (change: Partial<DelayDraft>) => setDraft({ ...draft, ...change });

  const save = async () => {
    const candidate = delayOf(draft, timeZone);
    const parsed = candidate === null ? null : delaySchema.safeParse(candidate);
    if (parsed && !parsed.success) {
      setProblem(delayProblem(parsed.error.issues[0]?.message));
      return;
    }
    setProblem(null);
    await onSave(parsed ? parsed.data : null);
    markSaved();
  };

  const unitOptions = DELAY_UNITS.map((unit) => (
    <option key={unit} value={unit}>
      {t(`delay.unit.${unit}` as MessageKey)}
    </option>
  ));

  return (
    <form
      className="form delay"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save().catch(() => undefined);
      }}
    >
      <fieldset className="field-group">
        <legend className="field-group__legend">{t('delay.when')}</legend>
        {(['now', 'after', 'at'] as const).map((mode) => (
          <label key={mode} className="field--check">
            <input
              type="radio"
              name={name}
              checked={draft.mode === mode}
              onChange={() => set({ mode })}
            />{' '}
            {t(`delay.mode.${mode}` as MessageKey)}
          </label>
        ))}
      </fieldset>

      {draft.mode === 'after' && (
        <div className="delay__row">
          <input
            className="input"
            type="number"
            min={1}
            value={draft.waitAmount}
            aria-label={t('delay.amount')}
            onChange={(e) => set({ waitAmount: e.target.value })}
          />
          <select
            className="input"
            value={draft.waitUnit}
            aria-label={t('delay.unit')}
            onChange={(e) => set({ waitUnit: e.target.value as DelayUnit })}
          >
            {unitOptions}
          </select>
          <span className="small">{t('delay.afterArrival')}</span>
        </div>
      )}

      {draft.mode === 'at' && (
        <>
          <VariableOptions id={listId} variables={variables} />
          <label className="field">
            <span>{t('delay.variable')}</span>
            <input
              className="input"
              list={listId}
              value={draft.variable}
              placeholder={t('conditions.variablePlaceholder')}
              onChange={(e) => set({ variable: e.target.value })}
            />
          </label>
          <div className="delay__row">
            <input
              className="input"
              type="number"
              min={0}
              value={draft.offsetAmount}
              aria-label={t('delay.offsetAmount')}
              onChange={(e) => set({ offsetAmount: e.target.value })}
            />
            <select
              className="input"
              value={draft.offsetUnit}
              aria-label={t('delay.unit')}
              onChange={(e) => set({ offsetUnit: e.target.value as DelayUnit })}
            >
              {unitOptions}
            </select>
            <select
              className="input"
              value={draft.offsetSign}
              aria-label={t('delay.beforeOrAfter')}
              onChange={(e) => set({ offsetSign: e.target.value as 'before' | 'after' })}
            >
              <option value="before">{t('delay.before')}</option>
              <option value="after">{t('delay.afterDate')}</option>
            </select>
          </div>
          <label className="field">
            <span>{t('delay.timeOfDay')}</span>
            <input
              className="input"
              type="time"
              value={draft.timeOfDay}
              onChange={(e) => set({ timeOfDay: e.target.value })}
            />
          </label>
          <p className="muted small">{t('delay.dateHelp', { zone: timeZone })}</p>
        </>
      )}

      {problem && <p className="field__error">{problem}</p>}
      <InlineError error={error} />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={saving || !dirty}>
          {t('delay.save')}
        </button>
        <span className="saved">{saveLabel}</span>
      </div>
    </form>
  );
}

/** The contract's English refusal, in the user's language. */
function delayProblem(message: string | undefined): string {
  if (message?.includes('365')) return t('delay.tooLong');
  if (message?.includes('1 minute')) return t('delay.tooShort');
  if (message?.includes('variable')) return t('delay.chooseVariable');
  if (message?.includes('time zone')) return t('delay.unknownZone');
  return t('delay.invalid');
}
