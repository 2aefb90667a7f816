/** /publishing: what the secretariat makes public on the portal. */
export function PublishingPage() {
  return <h1>Công khai dữ liệu</h1>;
}
