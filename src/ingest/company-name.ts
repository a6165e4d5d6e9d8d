/**
 * How an English company name is printed: capitalised words and a legal form. Its own module because the rules that find
 * a vendor (`names`), a sub-processor (`sub-processors`), a third party's clause (`own-clauses`) and an independent
 * firm (`independent-firm`) all need it, and `names` itself depends on the last.
 */
/**
 * The legal forms that end an English company name, as companies in Japan, the US, Europe, Australia and Singapore
 * print them (`Acme Co., Ltd.`, `Acme Pty Ltd`, `Acme Pte. Ltd.`, `Acme GmbH`, `Acme B.V.`, a partnership's `Acme LLP`), and
 * the forms of Portugal, Spain and Italy (`Acme, Lda.`, `Acme S.L.`, `Acme S.r.l.`).
 */
export const englishLegalForm = String.raw`(?:Co\.,? ?Ltd\.?|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Inc\.|Corporation|Corp\.|K\.K\.|LLC|LLP|Ltd\.?|Limited|PLC|GmbH|S\.A\.|B\.V\.|N\.V\.|Lda\.|S\.L\.|S\.r\.l\.)(?![A-Za-z])`;
/**
 * An English company name: capitalised words and a legal form (`Acme Mail Inc.`, `Kumo Systems Co., Ltd.`); partners'
 * names joined by a free-standing `&` (`Hollis & Marwick LLP`) are one name.
 */
export const englishCompanyName = String.raw`[A-Z][A-Za-z0-9&'-]*(?: (?:& )?[A-Z][A-Za-z0-9&'-]*)*,? ${englishLegalForm}`;

/** A Japanese company's name with its legal form before or after it (`株式会社X`, `X株式会社`, `X合同会社`). */
export const japaneseCompanyName = String.raw`(?:株式会社|合同会社|有限会社)[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+|[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+(?:株式会社|合同会社|有限会社)`;
