import { defineMessages } from '../../lib/i18n.ts';

/** Strings of the data-entry form on an indicator's page. */
export const valueEntryText = defineMessages(
  {
    title: 'Nhập số liệu',
    intro: 'Số liệu gửi đi chờ duyệt; khi được duyệt mới được tính vào tiến độ.',
    forUnit: (unit: string) => `Đơn vị: ${unit}`,
    period: 'Kỳ báo cáo',
    periodOption: (label: string, from: string, to: string) => `${label} (${from} – ${to})`,
    periodDate: 'Ngày cuối kỳ',
    periodHint: 'Chỉ nhập cho kỳ đã kết thúc.',
    periodPending: (value: string) =>
      `Kỳ này đang có số liệu chờ duyệt (${value}); hãy chờ duyệt hoặc trả lại trước khi gửi số liệu mới.`,
    periodApproved: (value: string) =>
      `Kỳ này đã có số liệu được duyệt (${value}); số liệu gửi mới là bản điều chỉnh, chờ duyệt.`,
    value: (unitOfMeasure: string) => `Giá trị (${unitOfMeasure})`,
    valueHint: 'Viết theo kiểu Việt Nam: 94,12 hoặc 408.984.',
    valueReads: (value: string) => `Sẽ ghi nhận: ${value}`,
    valueRequired: 'Vui lòng nhập giá trị.',
    valueNotNumber: 'Giá trị phải là một số, ví dụ 94,12 hoặc 408.984.',
    valueOutOfRange: (name: string, range: string, unit: string, entered: string) =>
      `Giá trị của chỉ tiêu "${name}" phải ${range} (${unit}); đã nhập ${entered}.`,
    rangeBoth: (min: string, max: string) => `từ ${min} đến ${max}`,
    rangeMin: (min: string) => `từ ${min} trở lên`,
    rangeMax: (max: string) => `không quá ${max}`,
    explanation: 'Giải trình',
    explanationHint: (last: string, value: string) =>
      `Chỉ tiêu lũy kế giảm từ ${last} xuống ${value}: vui lòng giải thích lý do (ví dụ rà soát, loại bỏ số trùng).`,
    explanationRequired: 'Vui lòng giải thích vì sao số lũy kế giảm trước khi gửi.',
    comment: 'Ghi chú (không bắt buộc)',
    commentHint: 'Nguồn số liệu, cách tính, người cung cấp…',
    submit: 'Gửi số liệu',
    sending: 'Đang gửi…',
    sent: (period: string, value: string) => `Đã gửi số liệu ${value} cho kỳ kết thúc ngày ${period}; đang chờ duyệt.`,
    sentWarnings: 'Lưu ý từ hệ thống, người duyệt cũng sẽ thấy:',
    fixFirst: 'Vui lòng sửa các ô được đánh dấu trước khi gửi.',
  },
  {
    title: 'Enter a value',
    intro: 'A value you send waits for review; it counts in the progress once approved.',
    forUnit: (unit: string) => `Unit: ${unit}`,
    period: 'Reporting period',
    // periodOf() names periods in Vietnamese only; in English the dates say it.
    periodOption: (_label: string, from: string, to: string) => `${from} – ${to}`,
    periodDate: 'Last day of the period',
    periodHint: 'Only periods that have ended.',
    periodPending: (value: string) =>
      `A value for this period is awaiting review (${value}); wait for the review or its return before sending another.`,
    periodApproved: (value: string) =>
      `This period already has an approved value (${value}); a new one is a correction awaiting review.`,
    value: (unitOfMeasure: string) => `Value (${unitOfMeasure})`,
    valueHint: 'Vietnamese style works too: 94,12 or 408.984.',
    valueReads: (value: string) => `Will be recorded as: ${value}`,
    valueRequired: 'Please enter the value.',
    valueNotNumber: 'The value must be a number, for example 94.12 or 408,984.',
    valueOutOfRange: (name: string, range: string, unit: string, entered: string) =>
      `The value of “${name}” must be ${range} (${unit}); you entered ${entered}.`,
    rangeBoth: (min: string, max: string) => `between ${min} and ${max}`,
    rangeMin: (min: string) => `${min} or more`,
    rangeMax: (max: string) => `at most ${max}`,
    explanation: 'Explanation',
    explanationHint: (last: string, value: string) =>
      `This cumulative count falls from ${last} to ${value}: please explain why (for example a re-count that removed duplicates).`,
    explanationRequired: 'Please explain why the cumulative count falls before sending.',
    comment: 'Note (optional)',
    commentHint: 'Where the figure comes from, how it was counted, who provided it…',
    submit: 'Send the value',
    sending: 'Sending…',
    sent: (period: string, value: string) => `Sent ${value} for the period ending ${period}; it awaits review.`,
    sentWarnings: 'Remarks from the system, which the reviewer sees too:',
    fixFirst: 'Please correct the marked fields before sending.',
  },
);
