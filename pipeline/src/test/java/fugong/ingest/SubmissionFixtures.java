package fugong.ingest;

import fugong.domain.CountyDirectory;
import fugong.domain.UsccRules;
import fugong.reference.Assignment;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceData;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small registry and a builder for submission rows. Enterprise n of 桃城区 has the credit code
 * {@code 91131102MA0A} + n on five digits + its check character; enterprise 1 is 91131102MA0A000015
 * (worked out by hand in the domain's UsccRulesTest).
 */
public final class SubmissionFixtures {
  static final String TAOCHENG = "131102";
  static final String JIZHOU = "131103";
  static final LocalDate REPORT_DATE = LocalDate.of(2020, 3, 1);
  static final String FILE_NAME = "131102_20200301.csv";
  static final String REPORTER = "张三丰";
  static final String PHONE = "13912345678";

  /** Registered in 冀州区, not in 桃城区. */
  static final String JIZHOU_USCC = "91131103MA0B000016";

  /** A valid code that is in no registry. */
  static final String UNREGISTERED_USCC = "92131102MA0A12345R";

  /** The header row in the order of DOMAIN.md §3, some items by short name, some by code. */
  static final List<String> HEADERS =
      List.of(
          "填报日期",
          "县市区",
          "统一社会信用代码",
          "企业名称",
          "是否复工",
          "复工日期",
          "到岗人数",
          "当日产值（万元）",
          "返岗员工健康卡制度",
          "H2",
          "H3",
          "H4",
          "W1",
          "通风换气（空调排风直排室外）",
          "W3",
          "W4",
          "减少聚集，宿舍每间≤6人、人均≥2.5㎡",
          "W6",
          "W7",
          "W8",
          "P1",
          "P2",
          "E1",
          "E2",
          "E3",
          "E4",
          "宿舍间数",
          "住宿人数",
          "宿舍面积(㎡)",
          "可疑症状人数",
          "隔离观察人数",
          "确诊病例数",
          "存在困难",
          "困难描述",
          "填报人",
          "联系电话");

  static final List<String> CHECKLIST_HEADERS = HEADERS.subList(8, 26);

  private SubmissionFixtures() {}

  static String taochengUscc(int number) {
    String body = String.format("91131102MA0A%05d", number);
    return body + UsccRules.checkCharacter(body);
  }

  static String taochengName(int number) {
    return "衡水桃城第" + number + "机械有限公司";
  }

  static ReferenceData reference() {
    List<Enterprise> enterprises = new ArrayList<>();
    for (int number = 1; number <= 20; number++) {
      enterprises.add(
          new Enterprise(
              taochengUscc(number),
              taochengName(number),
              TAOCHENG,
              "C34",
              number % 2 == 0,
              false,
              false,
              100,
              new java.math.BigDecimal("20.0")));
    }
    enterprises.add(jizhouRubber());
    List<Assignment> assignments =
        List.of(
            new Assignment("赵振川", TAOCHENG, "原材料与装备科", LocalDate.of(2020, 2, 1), null),
            new Assignment("赵振川", JIZHOU, "运行监测科", LocalDate.of(2020, 2, 1), null));
    return new ReferenceData(CountyDirectory.hengshui(), assignments, enterprises);
  }

  static SubmissionValidator validator() {
    return new SubmissionValidator(reference());
  }

  /** A complete, valid row of a resumed enterprise of 桃城区 for 2020-03-01. */
  static Map<String, String> resumedRow(int number) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("填报日期", "2020-03-01");
    row.put("县市区", "桃城区");
    row.put("统一社会信用代码", taochengUscc(number));
    row.put("企业名称", taochengName(number));
    row.put("是否复工", "是");
    row.put("复工日期", "2020-02-20");
    row.put("到岗人数", "80");
    row.put("当日产值（万元）", "12.5");
    for (String item : CHECKLIST_HEADERS) {
      row.put(item, "是");
    }
    row.put("宿舍间数", "2");
    row.put("住宿人数", "12");
    row.put("宿舍面积(㎡)", "30");
    row.put("可疑症状人数", "0");
    row.put("隔离观察人数", "1");
    row.put("确诊病例数", "0");
    row.put("存在困难", "D1；原材料供应紧张");
    row.put("困难描述", "原料运输受阻");
    row.put("填报人", REPORTER);
    row.put("联系电话", PHONE);
    return row;
  }

  /** A valid row of an enterprise that has not resumed: staff and output empty, items empty. */
  static Map<String, String> notResumedRow(int number) {
    Map<String, String> row = resumedRow(number);
    row.put("是否复工", "否");
    row.put("复工日期", "");
    row.put("到岗人数", "");
    row.put("当日产值（万元）", "");
    for (String item : CHECKLIST_HEADERS) {
      row.put(item, "");
    }
    row.put("存在困难", "D8");
    row.put("困难描述", "");
    return row;
  }

  static Map<String, String> with(Map<String, String> row, String header, String value) {
    Map<String, String> copy = new LinkedHashMap<>(row);
    if (!copy.containsKey(header)) {
      throw new IllegalArgumentException("no column " + header);
    }
    copy.put(header, value);
    return copy;
  }

  /** CSV text: optional lines above the header, the header, then the rows in header order. */
  static String csv(List<String> linesAbove, List<String> headers, List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder();
    for (String line : linesAbove) {
      text.append(line).append("\r\n");
    }
    text.append(csvLine(headers)).append("\r\n");
    for (Map<String, String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String header : headers) {
        cells.add(row.getOrDefault(header, ""));
      }
      text.append(csvLine(cells)).append("\r\n");
    }
    return text.toString();
  }

  static String csv(List<Map<String, String>> rows) {
    return csv(List.of(), HEADERS, rows);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  /** One CSV line: a cell holding a comma or a quote is quoted, its quotes doubled. */
  static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(
          cell.contains(",") || cell.contains("\"")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    return String.join(",", quoted);
  }

  /** An accepted submission with the source file and row blanked, to compare across formats. */
  static Submission withoutSource(Submission submission) {
    return new Submission(
        submission.reportDate(),
        submission.countyCode(),
        submission.uscc(),
        submission.name(),
        submission.resumed(),
        submission.resumedOn(),
        submission.employeesOnDuty(),
        submission.outputValue(),
        submission.checklist(),
        submission.dormRooms(),
        submission.dormResidents(),
        submission.dormAreaSquareMetres(),
        submission.suspected(),
        submission.isolated(),
        submission.confirmed(),
        submission.difficulties(),
        submission.difficultyNote(),
        "",
        0);
  }

  /** 冀州橡胶制品有限公司, the registry's one enterprise in 冀州区 (131103). */
  public static Enterprise jizhouRubber() {
    return new Enterprise(
        JIZHOU_USCC,
        "冀州橡胶制品有限公司",
        JIZHOU,
        "C29",
        true,
        true,
        false,
        50,
        new java.math.BigDecimal("8.0"));
  }
}
