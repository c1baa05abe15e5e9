/** The only reader of process.env in the shell's build: the dev/preview server's settings. */
export const environment = {
  port: Number(process.env.PORT ?? 3000),
  /** Where the dev/preview server proxies /dev-issuer (the shell's run-time config is config.json). */
  gatewayUrl: process.env.GATEWAY_URL ?? "http://localhost:4000",
};
