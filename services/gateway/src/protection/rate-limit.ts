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
  /**
   * Requests per minute for one client IP whoever the caller is, checked first, before any
   * lookup (API key, community roles) can cost anything. Generous: an office shares one IP.
   */
  perIpEdge: number;
  /** Lookups of API keys the gateway has not seen lately, per client IP and minute. */
  keyLookupsPerIp: number;
  /** Shared counters for several gateway replicas; in memory when absent. */
  redisUrl?: string | undefined;
}

/**
 * Rate limits with rate-limiter-flexible. First, per client IP at the edge, before anything is
 * looked up; then, once the caller is known, per API key, else per signed-in person, else per
 * IP; and a budget of unknown-API-key lookups per IP, so random keys cannot make the gateway
 * query people for each. Counters live in Redis when REDIS_URL is set (replicas share them),
 * with an in-memory limiter as insurance while Redis is unreachable. Over a limit: 429 with
 * Retry-After.
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
  const atEdge = make("edge", limits.perIpEdge);
  const keyLookups = make("key-lookup", limits.keyLookupsPerIp);

  /** Consumes one point; true when allowed, else the 429 has been sent. */
  const consume = async (
    limiter: RateLimiterAbstract,
    subject: string,
    res: Response,
    limit?: number,
  ): Promise<boolean> => {
    try {
      const state = await limiter.consume(subject);
      if (limit !== undefined) {
        res.setHeader("RateLimit-Limit", String(limit));
        res.setHeader("RateLimit-Remaining", String(state.remainingPoints));
      }
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
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
      return false;
    }
  };
  const clientIp = (req: Request) => req.ip ?? "unknown";
  const guarded =
    (decide: (req: Request, res: Response) => Promise<boolean>) =>
    (req: Request, res: Response, next: NextFunction) => {
      decide(req, res).then((allowed) => {
        if (allowed) next();
      }, next);
    };

  return {
    /** Before any lookup: every request, per client IP. */
    edge: guarded((req, res) => consume(atEdge, clientIp(req), res)),
    /** After identity: per API key, else per person, else per IP. */
    middleware: guarded((req, res) => {
      const apiKey = res.locals.apiKey as ApiKeyIdentity | undefined;
      const principal = res.locals.principal as Principal | undefined;
      return apiKey
        ? consume(byKey, apiKey.id, res, limits.perKey)
        : principal?.personId
          ? consume(byUser, principal.personId, res, limits.perUser)
          : consume(byIp, clientIp(req), res, limits.perIp);
    }),
    /** Before asking people about an API key not seen lately. */
    allowKeyLookup: (req: Request, res: Response) => consume(keyLookups, clientIp(req), res),
    close: async () => void (await redis?.quit().catch(() => undefined)),
  };
}
