/// <reference types="@rsbuild/core/types" />

interface ImportMetaEnv {
  readonly PUBLIC_GATEWAY_URL?: string;
  readonly PUBLIC_COMTEM_TOKEN?: string;
}
