import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const NoticeContext = createContext<(message: string) => void>(() => undefined);

/**
 * A polite live region for outcomes of forms that close when they succeed (their own
 * feedback goes with them): "Piano 2021 creato in bozza."
 */
export function NoticeArea(props: { children?: ReactNode }) {
  const [message, setMessage] = useState("");
  const notify = useCallback((text: string) => setMessage(text), []);
  return (
    <NoticeContext.Provider value={notify}>
      <div
        role="status"
        aria-live="polite"
        className={message ? "alert alert-success py-2" : "visually-hidden"}
        data-testid="plan-notice"
      >
        {message}
      </div>
      {props.children}
    </NoticeContext.Provider>
  );
}

export function useNotify(): (message: string) => void {
  return useContext(NoticeContext);
}
