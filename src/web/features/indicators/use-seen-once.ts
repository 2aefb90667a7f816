import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come near the viewport, so a long table asks for the rows people look at.
 * An element hidden with display: none (the table on a phone, the cards on a desktop) never counts.
 */
export function useSeenOnce<T extends Element>() {
  const ref = useRef<T>(null);
  const [isSeen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (isSeen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isSeen]);
  return { ref, isSeen };
}
