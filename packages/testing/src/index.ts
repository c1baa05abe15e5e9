export * from "./databases.js";
export * from "./graphql.js";
export * from "./local-services.js";
export * from "./oidc-login.js";
export * from "./oidc-provider.js";
