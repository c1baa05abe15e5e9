import { generateKeyPairSync } from "node:crypto";

/**
 * `pnpm keys`: a new key pair for the forwarded principal (docs/adr/0006). The private key goes
 * to the gateway only (PRINCIPAL_PRIVATE_KEY), the public key to every subgraph
 * (PRINCIPAL_PUBLIC_KEY). Printed once, on one line each (`\n` escapes), for a secret store.
 */
const { privateKey, publicKey } = generateKeyPairSync("ed25519", {
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const oneLine = (pem: string) => pem.trim().replace(/\n/g, "\\n");
console.log(`PRINCIPAL_PRIVATE_KEY="${oneLine(privateKey)}"   # gateway only`);
console.log(`PRINCIPAL_PUBLIC_KEY="${oneLine(publicKey)}"   # every subgraph`);
