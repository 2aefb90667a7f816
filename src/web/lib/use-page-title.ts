import { useEffect } from 'react';

const BRAND = 'Giám sát NQ57';

/** Each page names itself in the tab title, so history and screen-reader users know where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${BRAND}` : BRAND;
  }, [title]);
}
