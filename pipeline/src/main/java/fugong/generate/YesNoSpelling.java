package fugong.generate;

/** The ways county clerks write yes and no: 是/否, Y/N, y/n, 1/0, true/false. */
enum YesNoSpelling {
  CHINESE("是", "否"),
  UPPER_LETTER("Y", "N"),
  LOWER_LETTER("y", "n"),
  DIGIT("1", "0"),
  BOOLEAN("true", "false");

  private final String yes;
  private final String no;

  YesNoSpelling(String yes, String no) {
    this.yes = yes;
    this.no = no;
  }

  String spell(boolean value) {
    return value ? yes : no;
  }
}
