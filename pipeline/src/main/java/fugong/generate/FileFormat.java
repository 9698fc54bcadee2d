package fugong.generate;

/** The file formats county bureaus send (DOMAIN.md §3), as the generator rotates them. */
enum FileFormat {
  CSV_UTF8("csv"),
  CSV_UTF8_BOM("csv"),
  CSV_GB18030("csv"),
  XLSX("xlsx"),
  XLSX_WITH_TITLE("xlsx");

  private final String extension;

  FileFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }

  boolean isWorkbook() {
    return extension.equals("xlsx");
  }
}
