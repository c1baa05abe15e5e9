import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Deployment } from "kubernetes-models/apps/v1";
import { Service } from "kubernetes-models/v1";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";

/**
 * No cluster runs here: the manifests are validated against the Kubernetes API schemas (the
 * kubernetes-models package, generated from the API's OpenAPI), and against the rules our
 * services rely on: startup, liveness and readiness probes on the service kit's endpoints, and a
 * grace period long enough for the readiness drain and the graceful shutdown.
 */
const folder = join(dirname(fileURLToPath(import.meta.url)), "kubernetes");
const models = {
  "apps/v1/Deployment": Deployment,
  "v1/Service": Service,
} as const;

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: any;
}

const manifests: Manifest[] = readdirSync(folder)
  .filter((file) => file.endsWith(".yaml"))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(folder, file), "utf8")).map((document) => {
      if (document.errors.length > 0) throw document.errors[0];
      return { file, ...(document.toJS() as Omit<Manifest, "file">) };
    }),
  );
const deployments = manifests.filter((m) => m.kind === "Deployment");

/** The service kit's shutdown: drain delay in production plus lifecycle.ts's grace period. */
const DRAIN_SECONDS = 5;
const SHUTDOWN_GRACE_SECONDS = 10;

describe("Kubernetes manifests", () => {
  it("are found", () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([
      "comtem-gateway",
      "comtem-people",
    ]);
  });

  it.each(manifests.map((m) => [`${m.file}: ${m.kind} ${m.metadata.name}`, m] as const))(
    "%s is valid against the Kubernetes API schema",
    (_name, manifest) => {
      const Model = models[`${manifest.apiVersion}/${manifest.kind}` as keyof typeof models];
      expect(Model, `no model for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
      const { file: _file, ...object } = manifest;
      expect(() => new Model(object as never).validate()).not.toThrow();
    },
  );

  it("rejects what the API server would (the validation bites)", () => {
    const deployment = structuredClone(deployments[0]!) as any;
    delete deployment.file;
    deployment.spec.replicas = "two";
    expect(() => new Deployment(deployment).validate()).toThrow(/replicas/);
    deployment.spec.replicas = 2;
    deployment.spec.template.spec.containers[0].readinessProbe.periodSeconds = "5s";
    expect(() => new Deployment(deployment).validate()).toThrow(/periodSeconds/);
  });

  it.each(deployments.map((d) => [d.metadata.name, d] as const))(
    "%s: startup, liveness and readiness probes on /health and /ready, a grace period that fits the drain",
    (_name, deployment) => {
      const pod = deployment.spec.template.spec;
      expect(deployment.spec.template.metadata.labels).toEqual(
        expect.objectContaining(deployment.spec.selector.matchLabels),
      );
      for (const container of pod.containers) {
        const ports = (container.ports ?? []).map((p: { name: string }) => p.name);
        expect(container.startupProbe?.httpGet?.path).toBe("/health");
        expect(container.livenessProbe?.httpGet?.path).toBe("/health");
        expect(container.readinessProbe?.httpGet?.path).toBe("/ready");
        for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
          expect(ports, `${probe} port`).toContain(container[probe].httpGet.port);
        }
        // Readiness must notice the 503 within the drain delay, before the server closes.
        const { periodSeconds = 10, failureThreshold = 3 } = container.readinessProbe;
        expect(periodSeconds * failureThreshold).toBeLessThanOrEqual(DRAIN_SECONDS);
        // The startup probe allows a slow start (migrations) before liveness applies.
        const startup = container.startupProbe;
        expect(startup.periodSeconds * startup.failureThreshold).toBeGreaterThanOrEqual(60);
      }
      expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
        DRAIN_SECONDS + SHUTDOWN_GRACE_SECONDS,
      );
    },
  );

  it("each Service selects the pods of a Deployment", () => {
    for (const service of manifests.filter((m) => m.kind === "Service")) {
      const selected = deployments.filter((d) =>
        Object.entries(service.spec.selector).every(
          ([key, value]) => d.spec.template.metadata.labels[key] === value,
        ),
      );
      expect(selected, service.metadata.name).toHaveLength(1);
      const ports = selected[0]!.spec.template.spec.containers.flatMap(
        (c: { ports: { name: string }[] }) => c.ports.map((p) => p.name),
      );
      for (const port of service.spec.ports) expect(ports).toContain(port.targetPort);
    }
  });
});
