// Who is signed in (GET /api/me), shared by the header and the work pages; refreshed after sign-in
// and sign-out.
import { type ReactNode, createContext, useCallback, useContext, useEffect, useState } from "react";
import { api, send } from "./api.ts";
import type { Me } from "./api/types.ts";

interface SessionValue {
  me: Me | null;
  loaded: boolean;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue>({ me: null, loaded: false, refresh: async () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ me: Me | null; loaded: boolean }>({ me: null, loaded: false });
  const refresh = useCallback(async () => {
    try {
      const r = await send(api.GET("/api/me"));
      setState({ me: r.user, loaded: true });
    } catch {
      setState({ me: null, loaded: true });
    }
  }, []);
  useEffect(() => {
    let live = true;
    send(api.GET("/api/me")).then(
      (r) => live && setState({ me: r.user, loaded: true }),
      () => live && setState({ me: null, loaded: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return <SessionContext.Provider value={{ ...state, refresh }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
