import express, { type Express, type Request, type Response } from "express";
import { SignJWT, exportJWK, generateKeyPair, type JWK } from "jose";
import type { PlatformMode } from "@comtem/service-kit";

export interface DevPerson {
  id: string;
  fullName: string;
  systemRoles: string[];
  organization: { name: string } | null;
}

export interface DevIssuerOptions {
  mode: PlatformMode;
  issuer: string;
  audience: string;
  /** Finds seeded people through the gateway itself, so tokens name real people. */
  findPerson: (id: string) => Promise<DevPerson | null>;
  listPeople: () => Promise<DevPerson[]>;
}

const TOKEN_LIFETIME_SECONDS = 3600;
const KEY_ID = "comtem-dev-1";

/**
 * A minimal OpenID-style issuer for development: a discovery document, a JWKS, and a token
 * endpoint that mints an ES256 token for a seeded person. Its key lives in memory only, so
 * tokens die with the process. It refuses to exist in production mode.
 */
export async function createDevIssuer(options: DevIssuerOptions) {
  if (options.mode === "production") {
    throw new Error("The development issuer cannot run in production mode");
  }
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: KEY_ID, use: "sig", alg: "ES256" };

  async function mint(person: DevPerson): Promise<string> {
    // The subject is the person id, which the people seed links for this issuer (SEED); roles
    // are not in the token: the gateway reads them from ComTem's data.
    return new SignJWT({ name: person.fullName })
      .setProtectedHeader({ alg: "ES256", kid: KEY_ID, typ: "JWT" })
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setSubject(person.id)
      .setIssuedAt()
      .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
      .sign(privateKey);
  }

  function routes(app: Express) {
    const router = express.Router();
    router.get("/.well-known/openid-configuration", (_req: Request, res: Response) => {
      res.json({
        issuer: options.issuer,
        jwks_uri: `${options.issuer}/jwks`,
        token_endpoint: `${options.issuer}/token`,
        id_token_signing_alg_values_supported: ["ES256"],
        grant_types_supported: ["urn:comtem:development"],
      });
    });
    router.get("/jwks", (_req: Request, res: Response) => {
      res.json({ keys: [jwk] });
    });
    router.get("/people", async (_req: Request, res: Response) => {
      res.json({ people: await options.listPeople() });
    });
    router.post("/token", express.json({ limit: "4kb" }), async (req: Request, res: Response) => {
      const personId: unknown = req.body?.personId;
      if (typeof personId !== "string" || personId.length > 64) {
        res
          .status(400)
          .json({ error: "invalid_request", error_description: "personId is required" });
        return;
      }
      const person = await options.findPerson(personId);
      if (!person) {
        res.status(404).json({ error: "unknown_person", error_description: "no such person" });
        return;
      }
      res.json({
        access_token: await mint(person),
        token_type: "Bearer",
        expires_in: TOKEN_LIFETIME_SECONDS,
        person,
      });
    });
    app.use("/dev-issuer", router);
  }

  return { routes, mint };
}
