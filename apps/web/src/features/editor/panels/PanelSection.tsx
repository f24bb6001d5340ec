import { useId, type ReactNode } from 'react';

interface PanelSectionProps {
  step?: number;
  title: string;
  hint?: string;
  children: ReactNode;
}

export function PanelSection({ step, title, hint, children }: PanelSectionProps) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      {/* Focusable from script: choosing a system moves the keyboard on to the next step. */}
      <h3 id={id} className="panel-section__title" tabIndex={-1}>
        {step !== undefined && (
          <span className="panel-section__step" aria-hidden="true">
            {step}
          </span>
        )}
        {title}
      </h3>
      {hint && <p className="muted small">{hint}</p>}
      {children}
    </section>
  );
}
