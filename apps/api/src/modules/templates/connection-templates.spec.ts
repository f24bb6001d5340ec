import type { SourceDefinition } from '@fluxo/connector-sdk';
import {
  connectionTemplateSchema,
  LANGUAGES,
  optionsOf,
  templateMappingIn,
  type TemplateReceiver,
} from '@fluxo/contracts';
import { listVariables } from '@fluxo/engine';
import { describe, expect, it } from '@jest/globals';
import { BUILT_IN_CONNECTORS } from '../connectors/connector-registry';
import { CONNECTION_TEMPLATES } from './connection-templates';

const connectorOf = (key: string) => BUILT_IN_CONNECTORS.find((c) => c.key === key);

function exampleOf(source: SourceDefinition, settings: Record<string, unknown>) {
  const sample = (source as { sample?: unknown }).sample;
  if (typeof sample === 'function') return sample(settings) as Record<string, unknown>;
  return (sample as Record<string, unknown> | undefined) ?? null;
}

/** Words a user reads, once the variables are taken out (not codes such as "UAH"). */
const hasWords = (template: string) => /\p{Ll}{3,}/u.test(template.replace(/{{[^}]*}}/g, ''));

function decidingVariablesOf(step: TemplateReceiver): string[] {
  return [
    ...(step.conditions?.groups.flatMap((g) => g.rules.map((r) => r.variable)) ?? []),
    ...(step.delay?.type === 'at' ? [step.delay.variable] : []),
    ...(step.cancelWhen ? variablesIn(step.cancelWhen.key) : []),
    ...(step.cancelWhen?.onlyIf ? [step.cancelWhen.onlyIf.variable] : []),
  ];
}

/** `{{ customer.email | upcase }}` → customer.email */
const variablesIn = (template: string) =>
  [...template.matchAll(/{{\s*([\w.]+)/g)].map((match) => match[1]);

describe('CONNECTION_TEMPLATES', () => {
  it.each(CONNECTION_TEMPLATES.map((t) => [t.key, t] as const))(
    'should name only real connectors, actions, settings and fields in %s',
    (_key, template) => {
      expect(connectionTemplateSchema.parse(template)).toEqual(template);
      const source = connectorOf(template.source.connectorKey)?.sources.find(
        (s) => s.key === template.source.actionKey,
      );
      expect(source).toBeDefined();
      for (const [key, value] of Object.entries(template.source.settings)) {
        const field = source?.fields.find((f) => f.key === key);
        // Named in the failure: the setting the source does not have.
        expect(field && `source setting ${key}`).toBe(`source setting ${key}`);
        if (field && optionsOf(field).length && Array.isArray(value)) {
          expect(optionsOf(field).map((o) => o.value)).toEqual(
            expect.arrayContaining(value as string[]),
          );
        }
      }
      for (const step of template.receivers) {
        const receiver = connectorOf(step.connectorKey)?.receivers.find(
          (r) => r.key === step.actionKey,
        );
        const action = `${step.connectorKey}/${step.actionKey}`;
        expect(receiver && action).toBe(action);
        for (const key of Object.keys(step.mapping)) {
          expect(receiver?.fields.map((f) => f.key)).toContain(key);
        }
      }
      // The logos may add a system a step sends through (Portmone's e-mail account).
      expect(template.connectorKeys[0]).toBe(template.source.connectorKey);
      expect(template.connectorKeys).toEqual(
        expect.arrayContaining(template.receivers.map((r) => r.connectorKey)),
      );
    },
  );

  it.each(CONNECTION_TEMPLATES.map((t) => [t.key, t] as const))(
    'should map only variables the source really has in %s',
    (_key, template) => {
      const source = connectorOf(template.source.connectorKey)?.sources.find(
        (s) => s.key === template.source.actionKey,
      ) as SourceDefinition;
      const example = exampleOf(source, template.source.settings);
      // Spreadsheet columns are the user's own headers: nothing to check them against.
      if (!example) return;
      const known = new Set(listVariables(example, 10).map((v) => v.path));
      for (const step of template.receivers) {
        for (const text of LANGUAGES.flatMap((l) => Object.values(templateMappingIn(step, l)))) {
          for (const variable of variablesIn(text)) expect(known).toContain(variable);
        }
        // What decides whether and when it sends reads the source's variables too.
        for (const variable of decidingVariablesOf(step)) expect(known).toContain(variable);
      }
    },
  );

  it('should fill every required text field of each receiver', () => {
    for (const template of CONNECTION_TEMPLATES) {
      for (const step of template.receivers) {
        const receiver = connectorOf(step.connectorKey)?.receivers.find(
          (r) => r.key === step.actionKey,
        );
        const missing = (receiver?.fields ?? []).filter(
          (f) =>
            f.required &&
            !['account', 'dynamic-select', 'select'].includes(f.type) &&
            !step.mapping[f.key],
        );
        expect(missing.map((f) => `${template.key}: ${f.key}`)).toEqual([]);
      }
    }
  });

  it.each(CONNECTION_TEMPLATES.map((t) => [t.key, t] as const))(
    'should write every message of %s in each language Fluxo speaks, with the same variables',
    (_key, template) => {
      for (const step of template.receivers) {
        const worded = Object.keys(step.mapping).filter((key) => hasWords(step.mapping[key]));
        for (const language of LANGUAGES.filter((l) => l !== 'en')) {
          const texts = step.texts?.[language] ?? {};
          // Named in the failure: the template, language and fields left in English.
          expect(`${template.key} ${language}: ${Object.keys(texts).sort().join(', ')}`).toBe(
            `${template.key} ${language}: ${[...worded].sort().join(', ')}`,
          );
          for (const key of worded) {
            expect(variablesIn(texts[key]).sort()).toEqual(variablesIn(step.mapping[key]).sort());
            expect(texts[key]).not.toBe(step.mapping[key]);
          }
        }
      }
    },
  );
});
