/** Strings of explanation requests (yêu cầu giải trình). */
export const explanationText = {
  vi: {
    requestTitle: 'Yêu cầu giải trình',
    requestIntro: 'Đơn vị chủ trì sẽ nhận thông báo và trả lời ngay trên dòng thời gian của nhiệm vụ.',
    question: 'Nội dung cần giải trình',
    requestSubmit: 'Gửi yêu cầu giải trình',
    requested: 'Đã gửi yêu cầu giải trình.',
    answerTitle: 'Giải trình',
    askedOn: (date: string) => `Yêu cầu ngày ${date}:`,
    answer: 'Nội dung giải trình',
    answerSubmit: 'Gửi giải trình',
    answered: 'Đã gửi giải trình.',
    sending: 'Đang gửi…',
  },
  en: {
    requestTitle: 'Request an explanation',
    requestIntro: 'The lead unit is notified and answers in the task timeline.',
    question: 'What needs explaining',
    requestSubmit: 'Send the request',
    requested: 'Explanation requested.',
    answerTitle: 'Explanation',
    askedOn: (date: string) => `Requested on ${date}:`,
    answer: 'Your explanation',
    answerSubmit: 'Send the explanation',
    answered: 'Explanation sent.',
    sending: 'Sending…',
  },
};
