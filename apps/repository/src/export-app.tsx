// The one exposed entry (`./App`): a default export, as React.lazy in the shell expects.
import { App } from "./App";

export default App;
