import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  InputError,
  NotFoundError,
  uniquely,
  userError,
  type Principal,
  type UserError,
  policy,
} from "@comtem/service-kit";
import { requireCapability } from "../../access.js";
import type { CommunitiesConfig } from "../../config.js";
import type { CommunitiesDatabase } from "../../db/tables.js";
import { requireCommunity } from "../community/community.service.js";
import type { RegisterUiSliceInput } from "./slice.input.js";
import { toUiSlice } from "./slice.mapper.js";
import { SliceRepository } from "./slice.repository.js";
import type { UiSlice } from "./slice.type.js";

export interface UiSliceResult {
  uiSlice: UiSlice | null;
  userErrors: UserError[];
}

/**
 * A manifest URL the shell may load code from: an absolute http(s) URL without credentials
 * whose origin is in SLICE_ALLOWED_ORIGINS, and https in production.
 */
export function checkManifestUrl(raw: string, config: CommunitiesConfig): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError("manifestUrl is not a valid absolute URL", "manifestUrl");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InputError("manifestUrl must be an http(s) URL", "manifestUrl");
  }
  if (config.mode === "production" && url.protocol !== "https:") {
    throw new InputError("manifestUrl must use https in production", "manifestUrl");
  }
  if (url.username || url.password) {
    throw new InputError("manifestUrl must not contain credentials", "manifestUrl");
  }
  if (!config.sliceAllowedOrigins.includes(url.origin)) {
    throw new InputError(
      `The origin ${url.origin} is not allowed for UI slices (SLICE_ALLOWED_ORIGINS)`,
      "manifestUrl",
    );
  }
  return url.toString();
}

/** The registry of UI slices (micro-frontends) that community teams publish. */
export class SliceService {
  constructor(
    private readonly db: Kysely<CommunitiesDatabase>,
    private readonly config: CommunitiesConfig,
  ) {}

  async activeEnabled(communityId?: string | null): Promise<UiSlice[]> {
    return (await new SliceRepository(this.db).activeEnabled(communityId)).map(toUiSlice);
  }

  async versions(name: string): Promise<UiSlice[]> {
    return (await new SliceRepository(this.db).versions(name)).map(toUiSlice);
  }

  /**
   * Registers a new version and makes it the active one. Co-coordinators of the slice's
   * community or admins; platform-wide slices (no community): admins only.
   */
  async register(principal: Principal, input: RegisterUiSliceInput): Promise<UiSliceResult> {
    const communityId = input.communityId ?? null;
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          if (communityId) await requireCommunity(trx, communityId);
          const actor = await requireCapability(
            trx,
            principal,
            communityId,
            policy["community.manage"],
            "register UI slices",
          );
          const manifestUrl = checkManifestUrl(input.manifestUrl, this.config);
          const repository = new SliceRepository(trx);
          const existing = await repository.versions(input.name);
          if (existing.some((row) => row.community_id !== communityId)) {
            return failure(
              userError("NAME_TAKEN", "Another community (or the platform) uses this name", "name"),
            );
          }
          if (existing.some((row) => row.version === input.version)) {
            return failure(
              userError(
                "DUPLICATE",
                "This version is already registered: use activateUiSliceVersion to roll back",
                "version",
              ),
            );
          }
          await repository.deactivateAll(input.name);
          const row = await repository.insert({
            id: randomUUID(),
            name: input.name,
            remote_name: input.remoteName,
            manifest_url: manifestUrl,
            exposed_module: input.exposedModule,
            version: input.version,
            enabled: input.enabled ?? true,
            active: true,
            community_id: communityId,
            registered_by: actor,
            created_at: new Date(),
          });
          return { uiSlice: toUiSlice(row), userErrors: [] };
        }),
      "The slice changed concurrently",
    );
  }

  /** Makes a registered version the active one (rollback or roll forward). */
  async activate(principal: Principal, name: string, version: string): Promise<UiSliceResult> {
    return uniquely(
      () =>
        this.db.transaction().execute(async (trx) => {
          const repository = new SliceRepository(trx);
          const target = await repository.version(name, version);
          if (!target) throw new NotFoundError("No such slice version", "version");
          await requireCapability(
            trx,
            principal,
            target.community_id,
            policy["community.manage"],
            "change UI slices",
          );
          // The allowlist may have shrunk since this version was registered.
          checkManifestUrl(target.manifest_url, this.config);
          await repository.deactivateAll(name);
          const row = await repository.update(target.id, { active: true });
          return { uiSlice: toUiSlice(row), userErrors: [] };
        }),
      "The slice changed concurrently",
    );
  }

  async setEnabled(principal: Principal, name: string, enabled: boolean): Promise<UiSliceResult> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new SliceRepository(trx);
      const current = await repository.active(name);
      if (!current) throw new NotFoundError("No such slice", "name");
      await requireCapability(
        trx,
        principal,
        current.community_id,
        policy["community.manage"],
        "change UI slices",
      );
      const row = await repository.update(current.id, { enabled });
      return { uiSlice: toUiSlice(row), userErrors: [] };
    });
  }
}

function failure(error: UserError): UiSliceResult {
  return { uiSlice: null, userErrors: [error] };
}
