/**
 * The delivery furniture of a mailing (a newsletter, an お知らせメール): how to stop receiving it (`配信停止`, `配信を停止
 * されますと…`, `Unsubscribe`, `Manage your e-mail preferences`), that the sender address takes no replies (`※本メールは送信専用
 * アドレスからお送りしています`, `Please do not reply to this e-mail`) and whom it was sent to (`This e-mail was sent to …`,
 * `You are receiving this e-mail because …`). It speaks of the mail, never of the service: a line of it that names
 * maintenance notices or data states no practice.
 */
export const mailingFurniture =
  /配信(?:を|の)?(?:停止|解除)|(?:メール|メルマガ|メールマガジン)(?:の)?配信(?:を|の)?(?:停止|解除|設定|変更|希望)|送信専用|(?<![A-Za-z])(?:unsubscribe|opt[ -]out of (?:these|our|future|marketing) (?:e-?mails|messages)|manage (?:your )?(?:e-?mail )?(?:preferences|subscriptions?)|you(?: are|['’]re) receiving this (?:e-?mail|message)|this (?:e-?mail|message) was sent to|(?:please )?do not reply to this (?:e-?mail|message)|this is an automated (?:e-?mail|message))(?![A-Za-z])/iu;
