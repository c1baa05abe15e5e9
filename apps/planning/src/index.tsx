// Async boundary: the shared singletons are resolved before anything imports them.
import("./bootstrap");
