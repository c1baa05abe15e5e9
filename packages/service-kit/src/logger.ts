import { pino, type Logger, type LevelWithSilent } from "pino";

/** Structured JSON logs on stdout; credentials never reach them. */
export function createLogger(service: string, level: LevelWithSilent = "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-comtem-principal"]',
        'req.headers["x-api-key"]',
        "*.password",
        "*.secret",
        "*.token",
      ],
      censor: "[redacted]",
    },
  });
}
export type { Logger };
