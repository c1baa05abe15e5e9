import { writeFile } from "node:fs/promises";
import { buildPeopleSchema } from "./schema.js";

/** Writes the subgraph SDL to schema.graphql (committed; composed into the supergraph). */
const { sdl } = await buildPeopleSchema();
await writeFile(new URL("../schema.graphql", import.meta.url), sdl);
