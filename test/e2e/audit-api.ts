/**
 * The audit/inventory REST API (services/audit-inventory), as an auditor would query it: the objects of a tenant
 * and the recorded history of each.
 */

export interface HistoryEvent {
  readonly type?: string;
  readonly verdict: string;
  readonly objectId?: string;
  readonly eventId?: string;
}

export interface InventoryObject {
  readonly object: { readonly state?: string; readonly status?: string } & Record<string, unknown>;
  readonly cryptoShredded: boolean;
}

export class AuditApi {
  constructor(private readonly baseUrl: string) {}

  /** Every object id of the tenant (the Locate of the read model without criteria). */
  async objectIds(tenant: string): Promise<string[]> {
    const body = await this.get<{ objectIds: string[] }>(`/tenants/${encodeURIComponent(tenant)}/objects`);
    return body.objectIds;
  }

  async object(tenant: string, id: string): Promise<InventoryObject> {
    return this.get<InventoryObject>(`/tenants/${encodeURIComponent(tenant)}/objects/${encodeURIComponent(id)}`);
  }

  async history(tenant: string, id: string): Promise<HistoryEvent[]> {
    const path = `/tenants/${encodeURIComponent(tenant)}/objects/${encodeURIComponent(id)}/history`;
    return (await this.get<{ events: HistoryEvent[] }>(path)).events;
  }

  /** True once the API answers (e.g. after the service was restarted). */
  async reachable(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/health`);
      return response.ok;
    } catch {
      return false;
    }
  }

  private async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
