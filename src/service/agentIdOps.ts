/**
 * Agent IDs for the users of a view (or the chosen users of it): what generateAgentIds would write (previewAgentIds,
 * getAgentIdPreview: saving nothing, knowing every ID in use in Salesforce, org-wide, and in VCC), and writing them.
 */
import {
  AgentIdError,
  generateAgentIds,
  LABELS,
  summarizeAgentIds,
  type AgentIdAssignment,
  type AgentIdPreview,
  type AgentIdResult
} from '../core';
import type { VccClient } from '../vcc/client';
import { ServiceError } from './errors';
import type { OrgGateway } from './OrgGateway';
import { vccFailure } from './templateReader';
import { chosenUsers, type ViewChecks } from './viewChecks';

export interface AgentIdRequest {
  listViewId: string;
  startingId?: number | string | null;
  /** Users of the view; null or absent: every user of it. */
  userIds?: string[] | null;
}

interface Plan {
  assignments: AgentIdAssignment[];
  salesforceIds: string[];
  vccIds: string[];
}

export class AgentIdOps {
  constructor(
    private readonly org: OrgGateway,
    private readonly vcc: VccClient,
    private readonly views: ViewChecks
  ) {}

  /** Saves the IDs previewAgentIds gives; a row the org refuses comes back in `errors`. */
  async generateAgentIds(request: AgentIdRequest): Promise<AgentIdResult> {
    const assignments = await this.previewAgentIds(request);
    const errors = assignments.length === 0 ? [] : await this.org.saveAgentIds(assignments);
    if (assignments.length > 0) {
      this.views.forget();
    }
    const refused = new Set(errors.map((error) => error.userId));
    return { assignments: assignments.filter((row) => !refused.has(row.userId)), errors };
  }

  /** The IDs generateAgentIds would save, saving nothing (the CLI's --dry-run; not an Apex operation). */
  async previewAgentIds(request: AgentIdRequest): Promise<AgentIdAssignment[]> {
    return (await this.plan(request)).assignments;
  }

  /** The preview the tab shows before writing: range, skipped IDs and where, the Starting ID in use, a sample. */
  async getAgentIdPreview(request: AgentIdRequest): Promise<AgentIdPreview> {
    const plan = await this.plan(request, true);
    return summarizeAgentIds(plan.assignments, {
      startingId: request.startingId,
      salesforceIds: plan.salesforceIds,
      vccIds: plan.vccIds
    });
  }

  private async plan({ listViewId, startingId, userIds }: AgentIdRequest, refuseNone = false): Promise<Plan> {
    const users = chosenUsers(await this.views.viewUsers(listViewId), userIds);
    if (users.length === 0) {
      throw new ServiceError(LABELS.VCC_Op_View_Empty_Agent_Ids);
    }
    const [orgAgentIds, directory] = await Promise.all([
      this.org.getOrgAgentIds(),
      this.vcc.readDirectory().catch((error: unknown) => {
        throw vccFailure(LABELS.VCC_Op_Read_Agent_Ids_Failed, error);
      })
    ]);
    const salesforceIds = orgAgentIds.map((row) => row.agentId as string);
    const vccIds = [...directory.agentIdsInUse()];
    let assignments: AgentIdAssignment[];
    try {
      assignments = generateAgentIds(users, { startingId, idsInUse: [...salesforceIds, ...vccIds] });
    } catch (error) {
      if (error instanceof AgentIdError) {
        throw new ServiceError(error.message);
      }
      throw error;
    }
    if (refuseNone && assignments.length === 0) {
      throw new ServiceError(LABELS.VCC_Op_All_Have_Agent_Ids);
    }
    return { assignments, salesforceIds, vccIds };
  }
}
