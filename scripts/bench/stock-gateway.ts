/**
 * Stock Apollo Gateway for `pnpm bench`: @apollo/gateway inside @apollo/server's standalone
 * server on the supergraph file, default settings, nothing of ours. SUPERGRAPH_PATH and PORT.
 */
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const supergraphSdl = readFileSync(
  process.env.SUPERGRAPH_PATH ?? "infra/supergraph.graphql",
  "utf8",
);
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 4100), host: "127.0.0.1" },
});
console.log(`stock @apollo/gateway at ${url}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
