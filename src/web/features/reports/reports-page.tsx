/** /reports: periodic reports (DOCX, XLSX, PDF) and their schedules. */
export function ReportsPage() {
  return <h1>Báo cáo</h1>;
}
