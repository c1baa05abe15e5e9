import { createComTemClient, TopicsDocument, type RetryEvent } from "@comtem/sdk";

// More requests than the key's budget per minute: the SDK waits as Retry-After says, then
// carries on. The fetch wrapper records what the gateway said on each 429.
const count = Number(process.argv[2]);
const retries: RetryEvent[] = [];
const refusals: { retryAfter: string | null; code: unknown }[] = [];
const client = createComTemClient({
  url: process.env.COMTEM_URL!,
  apiKey: process.env.COMTEM_API_KEY,
  onRetry: (event) => retries.push(event),
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429) {
      const body = (await response.clone().json()) as {
        errors: { extensions: { code: unknown } }[];
      };
      refusals.push({
        retryAfter: response.headers.get("retry-after"),
        code: body.errors[0]?.extensions.code,
      });
    }
    return response;
  },
});

const started = Date.now();
const finished: number[] = [];
for (let i = 0; i < count; i += 1) {
  const data = await client.request(TopicsDocument);
  const slugs: string[] = data.topics.map((topic) => topic.slug);
  if (slugs.length > 0) finished.push(Date.now() - started);
}
console.log(
  JSON.stringify({ ok: finished.length, retries, refusals, elapsedMs: Date.now() - started }),
);
