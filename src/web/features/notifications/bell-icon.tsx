/** The header's notifications icon; decoration only, the link carries the words. */
export function BellIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 11V7a3.5 3.5 0 0 1 7 0v4l1.5 1.5H3ZM6.75 14.5h2.5" />
    </svg>
  );
}
