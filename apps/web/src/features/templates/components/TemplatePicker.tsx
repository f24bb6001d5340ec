import type { ConnectionTemplateDto, ConnectorManifest } from '@fluxo/contracts';
import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { getLocale, t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import { useTemplates, useUseTemplate } from '../api/templates.api';
import { templateText, usableTemplates } from '../template-text';
import './templates.css';

interface TemplatePickerProps {
  /** The section's heading level; each template's name is one level below. */
  level: 2 | 3;
  title: string;
}

/**
 * Ready-made connections: choosing one creates the connection with its steps and mapping and
 * opens the editor, where only the accounts are left to choose.
 */
export function TemplatePicker({ level, title }: TemplatePickerProps) {
  const id = useId();
  const templates = useTemplates();
  const connectors = useConnectors();
  const use = useUseTemplate();
  const navigate = useNavigate();
  const Heading = level === 2 ? 'h2' : 'h3';

  const choose = (template: ConnectionTemplateDto) => {
    const { name } = templateText(template);
    use.mutate(
      // Its messages are written in the user's language, like the screens.
      { key: template.key, name: name.slice(0, 120), language: getLocale() },
      { onSuccess: (connection) => navigate(`/connections/${connection.id}`) },
    );
  };

  let body;
  if (templates.isPending) {
    body = (
      <p className="muted small" role="status">
        {t('templates.loading')}
      </p>
    );
  } else if (templates.isError) {
    body = (
      <div className="notice small">
        <p>{t('templates.loadFailed')}</p>
        <button type="button" className="btn btn--small" onClick={() => void templates.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else {
    const offered = usableTemplates(templates.data, connectors.data);
    // Nothing to offer (no template's systems installed): the section would only distract.
    if (offered.length === 0) return null;
    body = (
      <ul className="templates">
        {offered.map((template) => (
          <TemplateCard
            key={template.key}
            template={template}
            connectors={connectors.data}
            level={level}
            pending={use.isPending ? use.variables?.key === template.key : null}
            onChoose={() => choose(template)}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="template-picker" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="template-picker__title">
        {title}
      </Heading>
      <p className="muted small">{t('templates.hint')}</p>
      {body}
      <InlineError error={use.error} />
    </section>
  );
}

function TemplateCard({
  template,
  connectors,
  level,
  pending,
  onChoose,
}: {
  template: ConnectionTemplateDto;
  connectors: ConnectorManifest[] | undefined;
  level: 2 | 3;
  /** true: this one is being created; false: another one is; null: nothing is. */
  pending: boolean | null;
  onChoose: () => void;
}) {
  const { name, description } = templateText(template);
  const NameHeading = level === 2 ? 'h3' : 'h4';
  const [sourceKey, ...receiverKeys] = template.connectorKeys;
  const nameOf = (key: string) => connectorByKey(connectors, key)?.name ?? key;

  return (
    <li className="template">
      <span className="systems template__systems">
        <ConnectorLogo svg={connectorByKey(connectors, sourceKey)?.logoSvg} size={24} />
        <span aria-hidden="true" className="systems__arrow">
          →
        </span>
        {receiverKeys.map((key, i) => (
          <ConnectorLogo
            key={`${key}-${i}`}
            svg={connectorByKey(connectors, key)?.logoSvg}
            size={24}
          />
        ))}
        <span className="visually-hidden">
          {t('connections.systemsText', {
            source: sourceKey ? nameOf(sourceKey) : t('connections.notSet'),
            receivers: receiverKeys.map(nameOf).join(', ') || t('connections.notSet'),
          })}
        </span>
      </span>
      <NameHeading className="template__name">{name}</NameHeading>
      <p className="template__description small">{description}</p>
      <div>
        <button
          type="button"
          className="btn btn--small"
          disabled={pending !== null}
          aria-label={t('templates.useNamed', { name })}
          onClick={onChoose}
        >
          {pending ? t('common.creating') : t('templates.use')}
        </button>
      </div>
    </li>
  );
}
