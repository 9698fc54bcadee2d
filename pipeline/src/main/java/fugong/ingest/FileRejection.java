package fugong.ingest;

import fugong.sheet.SheetRejection;

/** Why a whole submission file was rejected (0 rows read). Stable identifiers. */
public enum FileRejection {
  BAD_FILE_NAME(
      "文件名应为 县市区代码_日期.csv 或 .xlsx，如 131102_20200301.csv",
      "the file name must be {county_code}_{yyyyMMdd}[_v{n}].csv|xlsx"),
  UNKNOWN_COUNTY("文件名中的县市区代码不存在", "the county code in the file name is not one of the 13 counties"),
  BAD_ENCODING("文件编码无法识别（应为 UTF-8 或 GBK）", "the text is neither UTF-8 nor GBK/GB18030"),
  NOT_A_WORKBOOK("文件不是有效的 Excel 工作簿（.xlsx）", "the file is not a readable .xlsx workbook"),
  NO_HEADER("找不到表头行（应包含 统一社会信用代码、是否复工 等列）", "no header row found (it must name 统一社会信用代码, 是否复工, …)"),
  MISSING_COLUMNS("表头缺少必需的列", "the header lacks required columns"),
  DUPLICATE_COLUMNS("表头中同一列出现了两次", "the header names the same column twice"),
  EMPTY_FILE("文件为空", "the file is empty"),
  NOT_A_REGULAR_FILE(
      "不是普通文件（快捷方式/链接、设备或管道），未读取", "not a regular file (a link, device or pipe); not read"),
  FILE_TOO_LARGE(
      "文件超过大小上限，未读取", "the file is larger than the size limit (ingest.max_file_bytes); not read"),
  TOO_MANY_ROWS("文件行数超过上限", "the file has more rows than the limit (ingest.max_rows)"),
  TOO_MANY_CELLS("文件单元格总数超过上限", "the file has more cells than the limit (ingest.max_cells)"),
  TOO_MANY_COLUMNS("表头列数超过上限", "the header has more columns than the limit (ingest.max_columns)"),
  LINE_TOO_LONG(
      "某一行或单元格过长（可能不是日报表）", "a line or cell is longer than the limit (ingest.max_line_bytes)"),
  WORKBOOK_TOO_LARGE(
      "工作簿解压后超过大小上限", "the workbook unpacks to more than the limit (ingest.max_workbook_bytes)"),
  READ_FAILED("读取文件时出错，请重新报送", "the file could not be read (an input/output error); send it again");

  private final String chineseExplanation;
  private final String englishExplanation;

  FileRejection(String chineseExplanation, String englishExplanation) {
    this.chineseExplanation = chineseExplanation;
    this.englishExplanation = englishExplanation;
  }

  /** The rejection of a submission whose content cannot be read as a sheet. */
  public static FileRejection of(SheetRejection reason) {
    return switch (reason) {
      case EMPTY_FILE -> EMPTY_FILE;
      case BAD_ENCODING -> BAD_ENCODING;
      // text that is not well-formed CSV has no header row to find
      case MALFORMED_TEXT -> NO_HEADER;
      case NOT_A_WORKBOOK -> NOT_A_WORKBOOK;
      case TOO_MANY_ROWS -> TOO_MANY_ROWS;
      case TOO_MANY_CELLS -> TOO_MANY_CELLS;
      case LINE_TOO_LONG -> LINE_TOO_LONG;
      case WORKBOOK_TOO_LARGE -> WORKBOOK_TOO_LARGE;
    };
  }

  public String chineseExplanation() {
    return chineseExplanation;
  }

  public String englishExplanation() {
    return englishExplanation;
  }
}
