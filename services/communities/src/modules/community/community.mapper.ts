import type { CommunityRow } from "../../db/tables.js";
import type { CommunityKind } from "../common/enums.js";
import { Community, Declaratoria } from "./community.type.js";

export function toCommunity(row: CommunityRow): Community {
  return Object.assign(new Community(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameEn: row.name_en,
    kind: row.kind as CommunityKind,
    declaratoria: Object.assign(new Declaratoria(), {
      themes: row.themes,
      mission: row.mission,
      perimeter: row.perimeter,
      longTermObjectives: row.long_term_objectives,
      expectedResults: row.expected_results,
      participantProfile: row.participant_profile,
    }),
    activeFrom: row.active_from,
    activeTo: row.active_to,
    version: row.version,
  });
}
