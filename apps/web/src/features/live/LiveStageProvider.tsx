import { ReactNode, useState } from 'react';
import { LiveStageContext, NO_LIVE_STAGE, PublishLiveStageContext } from './live-stage';

/** Wraps a page that has a live session bar, so its cards learn what the session spotlights. */
export function LiveStageProvider({ children }: { children: ReactNode }) {
  const [stage, setStage] = useState(NO_LIVE_STAGE);
  return (
    <PublishLiveStageContext.Provider value={setStage}>
      <LiveStageContext.Provider value={stage}>{children}</LiveStageContext.Provider>
    </PublishLiveStageContext.Provider>
  );
}
