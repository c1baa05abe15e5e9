/** BOZZA → CONDIVISO → APPROVATO → IN_CORSO → CONCLUSO, one step at a time (the server's rule). */
export const NEXT_PLAN_STATUS: Record<string, string | undefined> = {
  BOZZA: "CONDIVISO",
  CONDIVISO: "APPROVATO",
  APPROVATO: "IN_CORSO",
  IN_CORSO: "CONCLUSO",
};

/** DA_COSTITUIRE → COSTITUITO → AVVIATO → CONCLUSO. */
export const NEXT_GROUP_STATUS: Record<string, string | undefined> = {
  DA_COSTITUIRE: "COSTITUITO",
  COSTITUITO: "AVVIATO",
  AVVIATO: "CONCLUSO",
};

/** Bootstrap colour of a status badge (text stays dark or white with enough contrast). */
export function statusColor(status: string): "secondary" | "primary" | "success" | "warning" {
  switch (status) {
    case "CONDIVISO":
    case "APPROVATO":
    case "AVVIATA":
    case "COSTITUITO":
      return "primary";
    case "IN_CORSO":
    case "AVVIATO":
    case "COMPLETATA":
    case "CONCLUSO":
      return "success";
    case "SOSPESA":
      return "warning";
    default:
      return "secondary";
  }
}

/** A link target that is a web address (anything else is shown as text, never followed). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A web address as the server accepts it: http(s) with a host. */
export function isWebAddress(url: string): boolean {
  const href = safeHref(url.trim());
  return href !== null && new URL(href).hostname.includes(".");
}
