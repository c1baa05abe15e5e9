import { describe, expect, it } from "vitest";
import { OPERATION_LABEL_LIMIT, boundedLabels, createMetrics } from "./metrics.js";

describe("operation metrics", () => {
  it("keeps 1,000 client-chosen operation names to a bounded number of series", async () => {
    const metrics = createMetrics("test");
    for (let i = 0; i < 1_000; i++) {
      metrics.operations.inc({ operation: metrics.operationLabel(`Op${i}`), outcome: "ok" });
    }
    const series = (await metrics.operations.get()).values;
    expect(series).toHaveLength(OPERATION_LABEL_LIMIT + 1);
    const other = series.find((s) => s.labels.operation === "other");
    expect(other?.value).toBe(1_000 - OPERATION_LABEL_LIMIT);
  });

  it("keeps names already seen, and refuses odd ones", () => {
    const label = boundedLabels(2);
    expect(label("CommunityPage")).toBe("CommunityPage");
    expect(label(undefined)).toBe("anonymous");
    expect(label('Bad name"}\n')).toBe("other");
    expect(label("PlanPage")).toBe("PlanPage");
    expect(label("Third")).toBe("other");
    expect(label("CommunityPage")).toBe("CommunityPage");
  });
});
