package fugong.ingest;

import fugong.domain.ChecklistItem;
import fugong.sheet.ColumnNames;
import fugong.sheet.SheetColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the daily county submission (DOMAIN.md §3): the Chinese header, accepted aliases,
 * the lake field name and the value type. Declared once here; {@code
 * schemas/submission-columns.csv} is a copy checked by a test.
 */
public enum SubmissionColumn implements SheetColumn {
  REPORT_DATE("report_date", "填报日期", ColumnType.DATE, true, "报送日期", "日期"),
  COUNTY("county", "县市区", ColumnType.COUNTY, true, "县市区名称", "县市区代码", "县(市、区)", "县(市区)"),
  USCC("uscc", "统一社会信用代码", ColumnType.USCC, true, "社会信用代码", "信用代码"),
  NAME("name", "企业名称", ColumnType.TEXT, false, "企业"),
  RESUMED("resumed", "是否复工", ColumnType.YES_NO, true, "复工情况"),
  RESUMED_ON("resumed_on", "复工日期", ColumnType.DATE, true, "复工时间"),
  EMPLOYEES_ON_DUTY("employees_on_duty", "到岗人数", ColumnType.WHOLE_NUMBER, true, "到岗员工数", "到岗员工人数"),
  OUTPUT_VALUE("output_value", "当日产值(万元)", ColumnType.DECIMAL, true, "当日产值", "日产值(万元)"),
  H1(ChecklistItem.H1),
  H2(ChecklistItem.H2),
  H3(ChecklistItem.H3),
  H4(ChecklistItem.H4),
  W1(ChecklistItem.W1),
  W2(ChecklistItem.W2),
  W3(ChecklistItem.W3),
  W4(ChecklistItem.W4),
  W5(ChecklistItem.W5),
  W6(ChecklistItem.W6),
  W7(ChecklistItem.W7),
  W8(ChecklistItem.W8),
  P1(ChecklistItem.P1),
  P2(ChecklistItem.P2),
  E1(ChecklistItem.E1),
  E2(ChecklistItem.E2),
  E3(ChecklistItem.E3),
  E4(ChecklistItem.E4),
  DORM_ROOMS("dorm_rooms", "宿舍间数", ColumnType.WHOLE_NUMBER, false),
  DORM_RESIDENTS("dorm_residents", "住宿人数", ColumnType.WHOLE_NUMBER, false),
  DORM_AREA_M2("dorm_area_m2", "宿舍面积(㎡)", ColumnType.DECIMAL, false, "宿舍面积", "宿舍面积(平方米)"),
  SUSPECTED("suspected", "可疑症状人数", ColumnType.WHOLE_NUMBER, false),
  ISOLATED("isolated", "隔离观察人数", ColumnType.WHOLE_NUMBER, false),
  CONFIRMED("confirmed", "确诊病例数", ColumnType.WHOLE_NUMBER, false),
  DIFFICULTIES("difficulties", "存在困难", ColumnType.DIFFICULTY_LIST, false, "困难"),
  DIFFICULTY_NOTE("difficulty_note", "困难描述", ColumnType.TEXT, false, "困难说明"),
  REPORTER("reporter", "填报人", ColumnType.PERSONAL, false, "填报人姓名", "联系人", "联系人姓名"),
  PHONE(
      "phone",
      "联系电话",
      ColumnType.PERSONAL,
      false,
      "电话",
      "手机",
      "手机号",
      "手机号码",
      "联系方式",
      "移动电话",
      "固定电话",
      "办公电话");

  /**
   * Words that make an unknown header a contact detail (DOMAIN.md §3.1: personal data by meaning).
   */
  private static final List<String> CONTACT_DETAIL_WORDS =
      List.of("电话", "手机", "联系方式", "座机", "传真", "身份证", "证件号", "微信", "邮箱", "qq");

  /** Words that make an unknown header a person's name. */
  private static final List<String> PERSON_WORDS = List.of("填报人", "联系人", "报送人", "经办人", "负责人", "姓名");

  /** English headers of contact details, matched whole (after lower-casing). */
  private static final List<String> ENGLISH_CONTACT_DETAILS =
      List.of("tel", "telephone", "mobile", "email", "contact");

  private static final ColumnNames<SubmissionColumn> NAMES = ColumnNames.of(SubmissionColumn.class);

  /** The 18 checklist columns in order, found once (every row reads them). */
  private static final List<SubmissionColumn> CHECKLIST_COLUMNS =
      java.util.Arrays.stream(values()).filter(column -> column.item != null).toList();

  private final String field;
  private final String header;
  private final ColumnType type;
  private final boolean requiredHeader;
  private final List<String> aliases;
  private final ChecklistItem item;

  SubmissionColumn(
      String field, String header, ColumnType type, boolean requiredHeader, String... aliases) {
    this.field = field;
    this.header = header;
    this.type = type;
    this.requiredHeader = requiredHeader;
    this.aliases = List.of(aliases);
    this.item = null;
  }

  SubmissionColumn(ChecklistItem item) {
    this.field = item.code();
    this.header = item.shortName();
    this.type = ColumnType.YES_NO;
    this.requiredHeader = true;
    this.aliases = List.of();
    this.item = item;
  }

  /** The lake field name ({@code report_date}, {@code H1}, …). */
  public String field() {
    return field;
  }

  /** The Chinese header as in DOMAIN.md §3. */
  @Override
  public String header() {
    return header;
  }

  public ColumnType type() {
    return type;
  }

  /**
   * Whether a file's header row must contain this column. A file without one is rejected whole
   * (MISSING_COLUMNS) rather than quarantining every row for the same reason.
   */
  public boolean requiredHeader() {
    return requiredHeader;
  }

  /**
   * Accepted other headers; the field name (and for checklist items the code) is always accepted
   * too.
   */
  public List<String> aliases() {
    return aliases;
  }

  public Optional<ChecklistItem> checklistItem() {
    return Optional.ofNullable(item);
  }

  public boolean isPersonal() {
    return type == ColumnType.PERSONAL;
  }

  /** Every name that selects this column: header, aliases and field name. */
  @Override
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(header);
    names.addAll(aliases);
    names.add(field);
    return names;
  }

  /**
   * The column a header cell names, matched after NFKC with spaces removed, case-insensitively. A
   * header that names no column but speaks of a contact detail (电话, 手机, 联系方式, 身份证, …) is {@link
   * #PHONE}; one that speaks of a person (填报人, 联系人, 负责人, 姓名, …) is {@link #REPORTER}: personal data
   * is recognised by meaning, not by one spelling.
   */
  public static Optional<SubmissionColumn> byHeader(String headerCell) {
    Optional<SubmissionColumn> exact = NAMES.find(headerCell);
    String key = ColumnNames.key(headerCell);
    if (exact.isPresent() || key.isEmpty()) {
      return exact;
    }
    if (ENGLISH_CONTACT_DETAILS.contains(key)
        || CONTACT_DETAIL_WORDS.stream().anyMatch(key::contains)) {
      return Optional.of(PHONE);
    }
    if (PERSON_WORDS.stream().anyMatch(key::contains)) {
      return Optional.of(REPORTER);
    }
    return Optional.empty();
  }

  public static List<SubmissionColumn> checklistColumns() {
    return CHECKLIST_COLUMNS;
  }
}
