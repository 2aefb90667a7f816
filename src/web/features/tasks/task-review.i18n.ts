/** Strings of the secretariat's review queue. */
export const reviewText = {
  vi: {
    title: 'Hàng chờ xem xét',
    intro:
      'Đề xuất hoàn thành và đề nghị gia hạn của các đơn vị đang chờ quyết định. Mở nhiệm vụ để xác nhận, trả lại, đồng ý hoặc từ chối.',
    completion: 'Đề xuất hoàn thành chờ xác nhận',
    extension: 'Đề nghị gia hạn chờ duyệt',
    empty: 'Không có yêu cầu nào đang chờ.',
    count: (n: string) => `(${n})`,
  },
  en: {
    title: 'Review queue',
    intro:
      'Completion proposals and extension requests from units awaiting a decision. Open a task to confirm, return, approve or refuse.',
    completion: 'Completion proposals awaiting confirmation',
    extension: 'Extension requests awaiting approval',
    empty: 'Nothing is waiting.',
    count: (n: string) => `(${n})`,
  },
};
