import {
  CONDITION_OPERATORS,
  ruleHolds,
  variableText,
  type Conditions,
  type VariableDto,
} from '@fluxo/contracts';
import { Fragment, useId, useState } from 'react';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import {
  addGroup,
  addRule,
  changeRule,
  conditionsOf,
  draftOf,
  needsValue,
  removeRule,
  unfinishedRules,
  type ConditionsDraft,
} from './conditions-draft';
import { actualWords, operatorWords } from './describe-rule';
import { VariableOptions } from '../components/VariableOptions';
import { useEditorDraft } from '../hooks/use-editor-draft';

interface ConditionsEditorProps {
  /** What is saved now. */
  saved: Conditions | null | undefined;
  variables: VariableDto[] | null;
  /** The test item the verdict is shown for; null before any data arrived. */
  sample: Record<string, unknown> | null;
  onSave: (conditions: Conditions | null) => Promise<unknown>;
  saving: boolean;
  error: unknown;
}

/**
 * "Only when", built in words: rules in a group must all hold, groups are alternatives. The
 * verdict on the test item is worked out here with the rules the API applies to every item.
 */
export function ConditionsEditor({
  saved,
  variables,
  sample,
  onSave,
  saving,
  error,
}: ConditionsEditorProps) {
  const listId = useId();
  const { draft, dirty, setDraft, markSaved, saveLabel } = useEditorDraft<ConditionsDraft>(() =>
    draftOf(saved),
  );
  const [showUnfinished, setShowUnfinished] = useState(false);
  const unfinished = unfinishedRules(draft);

  const firstVariable = variables?.[0]?.path ?? '';

  const save = async () => {
    if (unfinished.length) {
      setShowUnfinished(true);
      return;
    }
    setShowUnfinished(false);
    await onSave(conditionsOf(draft));
    markSaved();
  };

  const holds = (group: number, rule: number): boolean | null => {
    const r = draft[group][rule];
    if (!sample || r.variable.trim() === '') return null;
    return ruleHolds(r, sample);
  };
  const groupPasses = (group: number) =>
    draft[group].every((_, rule) => holds(group, rule) !== false);
  const verdict =
    !sample || draft.length === 0 ? null : draft.some((_, g) => groupPasses(g)) ? 'pass' : 'skip';

  return (
    <form
      className="form conditions"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save().catch(() => undefined);
      }}
    >
      <VariableOptions id={listId} variables={variables} />

      {draft.length === 0 && <p className="muted small">{t('conditions.none')}</p>}

      {draft.map((rules, g) => (
        <Fragment key={g}>
          {g > 0 && (
            <p className="conditions__or" aria-hidden="true">
              {t('conditions.or')}
            </p>
          )}
          <fieldset className="conditions__group">
            <legend className="small">
              {draft.length > 1 ? t('conditions.group', { n: g + 1 }) : t('conditions.allOf')}
            </legend>
            {rules.map((rule, r) => {
              const held = holds(g, r);
              const label = t('conditions.ruleLabel', { n: r + 1 });
              const missing = showUnfinished && rule.variable.trim() === '';
              return (
                <div key={r} className="conditions__rule" role="group" aria-label={label}>
                  {r > 0 && (
                    <span className="conditions__and small" aria-hidden="true">
                      {t('conditions.and')}
                    </span>
                  )}
                  <div className="conditions__inputs">
                    <input
                      className="input conditions__variable"
                      list={listId}
                      value={rule.variable}
                      aria-label={t('conditions.variable')}
                      aria-invalid={missing || undefined}
                      placeholder={t('conditions.variablePlaceholder')}
                      onChange={(e) =>
                        setDraft(changeRule(draft, g, r, { variable: e.target.value }))
                      }
                    />
                    <select
                      className={`input conditions__operator${needsValue(rule.operator) ? '' : ' conditions__operator--alone'}`}
                      value={rule.operator}
                      aria-label={t('conditions.operator')}
                      onChange={(e) =>
                        setDraft(
                          changeRule(draft, g, r, {
                            operator: e.target.value as (typeof CONDITION_OPERATORS)[number],
                          }),
                        )
                      }
                    >
                      {CONDITION_OPERATORS.map((op) => (
                        <option key={op} value={op}>
                          {operatorWords(op)}
                        </option>
                      ))}
                    </select>
                    {needsValue(rule.operator) &&
                      (rule.operator === 'isOneOf' ? (
                        <textarea
                          className="input conditions__value"
                          rows={3}
                          value={rule.value}
                          aria-label={t('conditions.valueList')}
                          placeholder={t('conditions.valueList')}
                          onChange={(e) =>
                            setDraft(changeRule(draft, g, r, { value: e.target.value }))
                          }
                        />
                      ) : (
                        <input
                          className="input conditions__value"
                          value={rule.value}
                          aria-label={t('conditions.value')}
                          onChange={(e) =>
                            setDraft(changeRule(draft, g, r, { value: e.target.value }))
                          }
                        />
                      ))}
                    <button
                      type="button"
                      className="btn btn--small conditions__remove"
                      aria-label={t('conditions.removeRule', { n: r + 1 })}
                      onClick={() => setDraft(removeRule(draft, g, r))}
                    >
                      ×
                    </button>
                  </div>
                  {missing && <p className="field__error">{t('conditions.chooseVariable')}</p>}
                  {held === false && sample && (
                    <p className="conditions__fails small">
                      {t('conditions.ruleFails', {
                        actual: actualWords(variableText(sample, rule.variable)),
                      })}
                    </p>
                  )}
                </div>
              );
            })}
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setDraft(addRule(draft, g, firstVariable))}
            >
              {t('conditions.addAnd')}
            </button>
          </fieldset>
        </Fragment>
      ))}

      <div className="actions">
        {draft.length === 0 ? (
          <button
            type="button"
            className="btn"
            onClick={() => setDraft(addRule(draft, 0, firstVariable))}
          >
            {t('conditions.add')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setDraft(addGroup(draft, firstVariable))}
          >
            {t('conditions.addOr')}
          </button>
        )}
      </div>

      {draft.length > 0 && <p className="muted small">{t('conditions.howCompared')}</p>}
      <p role="status" className="small">
        {verdict === 'pass' && (
          <span className="notice notice--ok notice--inline">{t('conditions.passes')}</span>
        )}
        {verdict === 'skip' && (
          <span className="notice notice--inline">{t('conditions.fails')}</span>
        )}
        {draft.length > 0 && !sample && t('conditions.noSample')}
      </p>

      <InlineError error={error} />
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={saving || !dirty}>
          {t('conditions.save')}
        </button>
        <span className="saved">{saveLabel}</span>
      </div>
    </form>
  );
}
