import { pino, type DestinationStream, type Logger, type LevelWithSilent } from "pino";
import { trace } from "@opentelemetry/api";

/** The trace and span of the line's request, when traced: logs and traces join on them. */
function traceFields(): object {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext)
    ? { trace_id: spanContext.traceId, span_id: spanContext.spanId }
    : {};
}

/** Structured JSON logs on stdout; credentials never reach them. */
export function createLogger(
  service: string,
  level: LevelWithSilent = "info",
  destination?: DestinationStream,
): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: traceFields,
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
  };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
