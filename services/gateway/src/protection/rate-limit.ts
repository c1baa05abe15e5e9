import type { NextFunction, Request, Response } from "express";
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import type { Logger, Principal } from "@comtem/service-kit";
import type { ApiKeyIdentity } from "./api-keys.js";

export interface RateLimits {
  /** Requests per minute for one partner key. */
  perKey: number;
  /** Requests per minute for one signed-in person without a key (offices share one IP). */
  perUser: number;
  /** Requests per minute for one client IP without a key or a user. */
  perIp: number;
  /** Shared counters for several gateway replicas; in memory when absent. */
  redisUrl?: string | undefined;
}

/**
 * Rate limits with rate-limiter-flexible: per API key, else per signed-in person, else per IP. Counters live in Redis when
 * REDIS_URL is set (replicas share them), with an in-memory limiter as insurance while Redis is
 * unreachable. Over the limit: 429 with Retry-After.
 */
export function rateLimitMiddleware(limits: RateLimits, logger: Logger) {
  let redis: Redis | undefined;
  const make = (prefix: string, points: number): RateLimiterAbstract => {
    const insurance = new RateLimiterMemory({ keyPrefix: prefix, points, duration: 60 });
    if (!limits.redisUrl) return insurance;
    redis ??= new Redis(limits.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on("error", (error) => logger.warn({ err: error }, "redis error (rate limits)"));
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `comtem:rl:${prefix}`,
      points,
      duration: 60,
      insuranceLimiter: insurance,
    });
  };
  const byKey = make("key", limits.perKey);
  const byUser = make("user", limits.perUser);
  const byIp = make("ip", limits.perIp);

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    const apiKey = res.locals.apiKey as ApiKeyIdentity | undefined;
    const principal = res.locals.principal as Principal | undefined;
    const [limiter, subject, limit] = apiKey
      ? [byKey, apiKey.id, limits.perKey]
      : principal?.personId
        ? [byUser, principal.personId, limits.perUser]
        : [byIp, req.ip ?? "unknown", limits.perIp];
    try {
      const state = await limiter.consume(subject);
      res.setHeader("RateLimit-Limit", String(limit));
      res.setHeader("RateLimit-Remaining", String(state.remainingPoints));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        next(rejection);
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.setHeader("Retry-After", String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests; retry in ${retryAfter} s`,
            extensions: { code: "RATE_LIMITED", retryAfter },
          },
        ],
      });
    }
  };
  return { middleware, close: async () => void (await redis?.quit().catch(() => undefined)) };
}
