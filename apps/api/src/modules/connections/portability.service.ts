import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  accountReferenceKey,
  type AccountReference,
  type ExportDocument,
  type ImportPreviewDto,
  type ImportResultDto,
} from '@fluxo/contracts';
import {
  accountReferencesOf,
  buildExportDocument,
  importedCancelWhen,
  importedTrigger,
  readExportDocument,
} from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { ConnectionVersionsService } from './connection-versions.service';
import { freshRunState } from './connections.service';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';

interface AccountRow {
  id: string;
  connector_key: string;
  name: string;
}

/** An import that cannot go ahead, saying why; nothing was created. */
class ImportRefusedError extends DomainError {
  constructor(code: string, message: string, details: { field: string; message: string }[] = []) {
    super(400, code, message, details);
  }
}

/**
 * Connections as one versioned JSON document, without secrets, to move between instances:
 * export one, some or all; import shows what it will create, takes the user's choice of
 * account for each one the document names, and creates everything switched off in one go.
 */
@Injectable()
export class PortabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly versions: ConnectionVersionsService,
  ) {}

  /** `ids` empty: the whole workspace. An id of another workspace is not found, as everywhere. */
  async export(workspaceId: string, ids: string[]): Promise<ExportDocument> {
    if (ids.some((id) => !isUuid(id))) throw new NotFoundError('The connection');
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM connection
        WHERE workspace_id = $1 AND (cardinality($2::uuid[]) = 0 OR id = ANY($2::uuid[]))`,
      [workspaceId, ids],
    );
    if (rows.length < new Set(ids).size || rows.length === 0) {
      throw new NotFoundError('The connection');
    }
    const accounts = await this.accountsOf(workspaceId);
    const byId = new Map(accounts.map((account) => [account.id, account]));
    const sources = [];
    for (const row of rows) {
      const snapshot = await this.versions.snapshotOf(row.id);
      if (snapshot) sources.push({ id: row.id, snapshot });
    }
    return buildExportDocument(
      sources,
      (accountId) => {
        const account = byId.get(accountId);
        return account ? { system: account.connector_key, name: account.name } : null;
      },
      new Date(),
    );
  }

  async preview(workspaceId: string, raw: unknown): Promise<ImportPreviewDto> {
    const document = this.readOrThrow(raw);
    const accounts = await this.accountsOf(workspaceId);
    return {
      connections: document.connections.map((connection) => ({
        ref: connection.ref,
        name: connection.name,
        source: connection.steps.find((step) => step.role === 'source')?.connectorKey ?? null,
        receivers: connection.steps
          .filter((step) => step.role === 'receiver')
          .map((step) => step.connectorKey),
        chainDropped:
          connection.trigger.type === 'after' && connection.trigger.connectionRef === null,
      })),
      accounts: accountReferencesOf(document).map((reference) => {
        const candidates = accounts
          .filter((account) => account.connector_key === reference.system)
          .map((account) => ({ id: account.id, name: account.name }));
        return {
          ...reference,
          candidates,
          suggestedId: candidates.find((account) => account.name === reference.name)?.id ?? null,
        };
      }),
    };
  }

  /**
   * Creates every connection of the document, switched off, in one transaction, with the
   * accounts the user chose (`choices`: reference key → account id, or null for "later").
   */
  async import(
    workspaceId: string,
    userId: string,
    raw: unknown,
    choices: Record<string, string | null>,
  ): Promise<ImportResultDto> {
    const document = this.readOrThrow(raw);
    const accountIdOf = await this.chosenAccountsOrThrow(workspaceId, document, choices);
    const created = await this.dataSource.transaction(async (manager) => {
      const idOfRef = new Map<string, string>();
      for (const connection of document.connections) {
        const saved = await manager.save(
          manager.create(ConnectionEntity, {
            workspaceId,
            name: connection.name,
            enabled: false,
            trigger: { type: 'manual' },
            conditions: connection.conditions,
            state: {},
            ...freshRunState(),
          }),
        );
        idOfRef.set(connection.ref, saved.id);
      }
      const idOf = (ref: string) => idOfRef.get(ref);
      for (const connection of document.connections) {
        const connectionId = idOfRef.get(connection.ref) as string;
        // Chains point at connections created above, so triggers are set once all exist.
        await manager.update(ConnectionEntity, connectionId, {
          trigger: importedTrigger(connection.trigger, idOf) as ConnectionEntity['trigger'],
        });
        let receivers = 0;
        for (const step of connection.steps) {
          const order = step.role === 'source' ? 0 : receivers++;
          await manager.save(
            manager.create(StepEntity, {
              workspaceId,
              connectionId,
              role: step.role,
              connectorKey: step.connectorKey,
              actionKey: step.actionKey,
              accountId: step.account ? accountIdOf(step.account) : null,
              settings: step.settings,
              mapping: step.mapping,
              conditions: step.conditions,
              delay: step.delay,
              cancelWhen: importedCancelWhen(step.cancelWhen, idOf),
              position: { x: 0, y: step.role === 'source' ? 0 : 160 * (order + 1) },
              sortOrder: order,
            }),
          );
        }
      }
      return document.connections.map((connection) => ({
        ref: connection.ref,
        id: idOfRef.get(connection.ref) as string,
        name: connection.name,
      }));
    });
    for (const connection of created) {
      await this.versions.record(workspaceId, connection.id, userId);
    }
    return { created };
  }

  /** The document, with every system and action known to this Fluxo, or a precise 400. */
  private readOrThrow(raw: unknown): ExportDocument {
    const read = readExportDocument(raw);
    if (read.problem) {
      throw new ImportRefusedError(read.problem.code, read.problem.message, read.problem.details);
    }
    for (const [index, connection] of read.document.connections.entries()) {
      const sources = connection.steps.filter((step) => step.role === 'source');
      if (sources.length > 1 || (sources.length === 1 && connection.steps[0].role !== 'source')) {
        throw new ImportRefusedError(
          'IMPORT_INVALID',
          `This export is damaged: "${connection.name}" must have one source, first`,
          [{ field: `connections.${index}.steps`, message: 'One source, first' }],
        );
      }
      for (const step of connection.steps) {
        if (step.role === 'source')
          this.registry.getSourceOrThrow(step.connectorKey, step.actionKey);
        else this.registry.getReceiverOrThrow(step.connectorKey, step.actionKey);
      }
    }
    return read.document;
  }

  /** Each chosen account must be the workspace's and of the referenced system. */
  private async chosenAccountsOrThrow(
    workspaceId: string,
    document: ExportDocument,
    choices: Record<string, string | null>,
  ): Promise<(reference: AccountReference) => string | null> {
    const accounts = new Map((await this.accountsOf(workspaceId)).map((a) => [a.id, a]));
    for (const reference of accountReferencesOf(document)) {
      const chosen = choices[reference.key];
      if (!chosen) continue;
      const account = accounts.get(chosen);
      if (!account) throw new NotFoundError('The account');
      if (account.connector_key !== reference.system) {
        throw new ImportRefusedError(
          'WRONG_ACCOUNT',
          `This is not a ${this.registry.getOrThrow(reference.system).name} account`,
        );
      }
    }
    return (reference) => choices[accountReferenceKey(reference)] ?? null;
  }

  private accountsOf(workspaceId: string): Promise<AccountRow[]> {
    return this.dataSource.query(
      `SELECT id, connector_key, name FROM account WHERE workspace_id = $1 ORDER BY name`,
      [workspaceId],
    );
  }
}
