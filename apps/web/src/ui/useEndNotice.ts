import { useEffect, useRef, useState } from 'react';

/**
 * The words a polite live region says when something timed ends (issue 16: slow-mode waits, live
 * rounds): `message` once `running` turns false, nothing while it runs or before it ever ran. The
 * region itself stays on the page throughout, so screen readers hear the change.
 */
export function useEndNotice(running: boolean, message: string): string {
  const [notice, setNotice] = useState('');
  const wasRunning = useRef(running);
  useEffect(() => {
    if (running) setNotice('');
    else if (wasRunning.current) setNotice(message);
    wasRunning.current = running;
  }, [running, message]);
  return notice;
}
