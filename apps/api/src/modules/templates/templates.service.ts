import { Injectable } from '@nestjs/common';
import {
  templateMappingIn,
  type ConnectionDto,
  type ConnectionTemplateDto,
  type UseTemplateDto,
} from '@fluxo/contracts';
import { NotFoundError } from '../../common/domain-error';
import { ConnectionStepsService } from '../connections/connection-steps.service';
import { ConnectionsService } from '../connections/connections.service';
import { CONNECTION_TEMPLATES } from './connection-templates';

@Injectable()
export class TemplatesService {
  constructor(
    private readonly connectionsService: ConnectionsService,
    private readonly stepsService: ConnectionStepsService,
  ) {}

  list(): readonly ConnectionTemplateDto[] {
    return CONNECTION_TEMPLATES;
  }

  /** Creates the template's connection through the same paths the editor uses. */
  async use(workspaceId: string, key: string, dto: UseTemplateDto): Promise<ConnectionDto> {
    const template = CONNECTION_TEMPLATES.find((t) => t.key === key);
    if (!template) throw new NotFoundError('The template');
    const connection = await this.connectionsService.create(workspaceId, {
      name: dto.name || template.name,
    });
    await this.stepsService.upsertSource(workspaceId, connection.id, template.source);
    for (const receiver of template.receivers) {
      const { texts: _inOtherLanguages, cancelWhen, ...step } = receiver;
      await this.stepsService.addReceiver(workspaceId, connection.id, {
        ...step,
        mapping: templateMappingIn(receiver, dto.language),
        // The template's cancelling items come from the connection it creates.
        ...(cancelWhen ? { cancelWhen: { ...cancelWhen, connectionIds: [connection.id] } } : {}),
      });
    }
    if (template.trigger) {
      await this.connectionsService.update(workspaceId, connection.id, {
        trigger: template.trigger,
      });
    }
    return this.connectionsService.get(workspaceId, connection.id);
  }
}
