/**
 * The minutes of a meeting between a customer and its vendor (議事録 of a security review, a vendor call's notes): each
 * turn opens with the speaker's side (`ベンダー側：…`, `当社側：…`, `お客様：…`, `Vendor: …`, `Customer: …`). What the vendor's
 * side said is the vendor's statement; what the customer's side said (its own systems, its own rules, its questions) is
 * never a fact of the vendor's, whatever it names. The attendee list says which company sits on which side
 * (`ベンダー（株式会社X）`, `お客様（株式会社Y）`): the customer that keeps the minutes is no vendor.
 */
import { spanOf, type Span } from './text-span.js';

/** Speaker labels of the vendor's side, of the customer's side, and of the side that writes the minutes (`当社`, `we`). */
const vendorSide = String.raw`ベンダー|委託先|受託者|受注者|(?:サービス)?提供(?:事業)?者|(?<![A-Za-z])(?:vendor|supplier|provider)(?![A-Za-z])`;
const customerSide = String.raw`お客様|お客さま|顧客|委託元|委託者|発注者|(?<![A-Za-z])(?:customer|client|buyer)(?![A-Za-z])`;
const ownSide = String.raw`当社|弊社|自社|(?<![A-Za-z])(?:we|us|our side)(?![A-Za-z])`;

/** A turn's opening: the side, `側` / `side`, an optional person in brackets, then a colon (`ベンダー側（大槻）：`). */
const turnOpening = (side: string) =>
  new RegExp(String.raw`^[ \t\u3000]*(?:[・\-*]\s*)?(?:${side})(?:\s*側|\s+side)?\s*(?:[（(][^()（）\n]{0,30}[)）])?\s*[:：]\s*\S`, 'iu');

/** The spans of the lines that open with the given side's label. */
function turnLines(input: string, side: string): Span[] {
  const opening = turnOpening(side);
  const spans: Span[] = [];
  let start = 0;
  for (const line of input.split('\n')) {
    if (opening.test(line)) spans.push(spanOf(input, start, start + line.length));
    start += line.length + 1;
  }
  return spans;
}

/**
 * The turns of the minutes spoken by the customer's side: the lines labelled with it, and those labelled with the writer's
 * own side (`当社側：`) when the other side is called the vendor. None where the document is no dialogue (both sides'
 * turns, two of each at least): a questionnaire's `お客様：` field is no turn.
 */
export function customerTurns(input: string): Span[] {
  const vendor = turnLines(input, vendorSide);
  const customer = turnLines(input, customerSide);
  const own = turnLines(input, ownSide);
  // The writer's own side is the customer's where the other side speaks as the vendor, and the vendor's where it speaks as
  // the customer.
  const customers = vendor.length >= 2 && customer.length === 0 ? own : customer;
  const vendors = customer.length >= 2 && vendor.length === 0 ? own : vendor;
  return vendors.length >= 2 && customers.length >= 2 ? customers : [];
}

/**
 * Whether the customer keeps the minutes: its turns are labelled as the writer's own (`当社側：`) beside the vendor's
 * (`ベンダー側：`). What the vendor said is then the customer's record of it, at second hand.
 */
export function keptByCustomer(input: string): boolean {
  return turnLines(input, vendorSide).length >= 2 && turnLines(input, customerSide).length === 0 && turnLines(input, ownSide).length >= 2;
}

/** A company in brackets after a side's label (`お客様（株式会社Y）`, `Vendor (X Ltd.)`), as an attendee list prints it. */
const sideCompany = (side: string) => new RegExp(String.raw`(?:${side})(?:\s*側|\s+side)?\s*[（(]\s*([^()（）\n]{2,60}?)\s*[)）]`, 'giu');

/** The companies the attendee list puts on the customer's side, in a dialogue's minutes: no vendor. */
export function customerCompanies(input: string): string[] {
  if (customerTurns(input).length === 0) return [];
  return [...input.matchAll(sideCompany(customerSide))].map((m) => m[1]!);
}

const anyTurn = turnOpening(`${vendorSide}|${customerSide}|${ownSide}`);

/**
 * A line of a dialogue's minutes that opens a turn (`　当社側：…`). Under a numbered agenda item it is what was said on that
 * item, not a record's indented field (`   Purpose: e-mail` under `1. Acme Mail Inc.`).
 */
export function opensTurn(line: string): boolean {
  return anyTurn.test(line);
}

/**
 * The parts of a meeting's minutes (`議題`, `出席者`, `議事内容`, `決定事項`, `宿題事項`, `次回予定`, `Agenda`, `Action items`), labels on
 * lines of their own that head the turns, the decisions and the tasks.
 */
export const minutesPart =
  /^(?:【)?(?:議題|アジェンダ|出席者|参加者|配布資料|議事(?:内容|概要|要旨)?|決定事項|合意事項|確認事項|宿題事項|宿題|課題|ToDo|TODO|To Do|アクション(?:アイテム)?|次回(?:予定|日程|開催)?|agenda|attendees|participants|handouts|discussion|minutes|decisions?(?: made)?|action items?|next (?:meeting|steps))(?:】)?(?:\s*[（(][^()（）\n]{1,30}[)）])?\s*[:：]?$/iu;

/**
 * The parts about the meeting's own business (what was decided, who is to do what by when, when it meets again, its
 * handouts and agenda): the parties' arrangements, none of them a practice the vendor states. A decision to settle a
 * deadline in the contract, a task due on 7 November or a certificate to be checked once obtained is no fact.
 */
export const meetingBusiness =
  /^(?:【)?(?:議題|アジェンダ|出席者|参加者|配布資料|決定事項|合意事項|宿題事項|宿題|課題|ToDo|TODO|To Do|アクション(?:アイテム)?|次回(?:予定|日程|開催)?|agenda|attendees|participants|handouts|decisions?(?: made)?|action items?|next (?:meeting|steps))(?:】)?(?:\s*[（(][^()（）\n]{1,30}[)）])?\s*[:：]?$/iu;
