import { appCodegenConfig } from "@comtem/client/codegen";

export default appCodegenConfig(import.meta.dirname);
