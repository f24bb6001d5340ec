import type { FieldDefinition, StepSettings } from '@fluxo/contracts';
import type { ReactNode } from 'react';
import type { FormValue } from './field-values';

// The props the field controls share, apart from the controls, so that no control imports another
// for its types.

/** What fields that list their choices from the server need to know about the form. */
export interface FieldContext {
  connectorKey: string;
  /** The step's account (null in account forms and before one is chosen). */
  accountId: string | null;
  /** The form's current values in API shape: what option loaders read. */
  settings: StepSettings;
}

export interface FieldInputProps {
  field: FieldDefinition;
  /** Prefix that makes the input id unique on the page. */
  idPrefix: string;
  value: FormValue | undefined;
  onChange: (value: FormValue) => void;
  error?: string;
  disabled?: boolean;
  context?: FieldContext;
}

/** The accessibility attributes the field's label and messages give the main control. */
export interface ControlProps {
  id: string;
  name?: string;
  disabled?: boolean;
  'aria-required'?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export interface GroupFieldProps {
  field: FieldDefinition;
  id: string;
  disabled?: boolean;
  error?: string;
  errorId?: string;
  help?: ReactNode;
  helpId?: string;
}
