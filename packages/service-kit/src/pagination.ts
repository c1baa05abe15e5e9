import "reflect-metadata";
import { Max, Min, MaxLength } from "class-validator";
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { InputError } from "./errors.js";

/** The largest page any connection returns; documented in the schema. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge already seen." })
  @MaxLength(512)
  after?: string | null;
}

@Directive("@shareable")
@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => Boolean)
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor!: string | null;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node class. */
export function connectionTypes<T extends object>(
  name: string,
  node: ClassType<T>,
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;
    @Field(() => node)
    node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int, { description: "Number of objects matching the filter, on all pages." })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Keyset cursors: opaque to clients, the sort key of the row underneath. */
export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, arity: number): CursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === "string" || typeof part === "number")
    ) {
      return key;
    }
  } catch {
    // fall through to the input error below
  }
  throw new InputError("Invalid cursor", "after");
}

/**
 * Turns `first + 1` rows fetched after the cursor into a connection: the extra row only tells
 * whether another page exists.
 */
export function toConnection<Row, T>(
  rows: readonly Row[],
  args: Pick<PageArgs, "first" | "after">,
  totalCount: number,
  keyOf: (row: Row) => CursorKey,
  toNode: (row: Row) => T,
): Connection<T> {
  const page = rows.slice(0, args.first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
