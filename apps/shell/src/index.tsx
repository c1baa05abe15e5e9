// The async boundary: shared singletons (React, router, client, UI kit) are negotiated by the
// federation runtime before any of them is evaluated.
import("./bootstrap");
