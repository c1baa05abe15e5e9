import { sliceFederation } from "@comtem/mf-config";

export default sliceFederation("people");
