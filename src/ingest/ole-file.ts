/**
 * Whether a file's bytes are an OLE compound file: the container of Office's
 * binary formats before 2007 (an Excel 97-2003 workbook `.xls`, a Word 97-2003
 * document `.doc`) and of an Office 2007+ file encrypted with a password. The
 * XML readers (exceljs, mammoth) would fail on one with a zip error that tells
 * the user nothing, so the readers check first and say what to save it as.
 */
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return oleSignature.every((b, i) => bytes[i] === b);
}
