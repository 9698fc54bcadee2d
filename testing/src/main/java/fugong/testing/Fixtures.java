package fugong.testing;

import fugong.domain.ChecklistItem;
import fugong.domain.UsccRules;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Small inline fixtures: a reference folder with a handful of enterprises, and submission rows
 * written as CSV text, so every expected number can be checked by eye.
 */
public final class Fixtures {
  /** Taocheng (131102) enterprises A, B, C; Jizhou (131103) enterprise D. */
  public static final String A = uscc("91131102MA0000001");

  public static final String B = uscc("91131102MA0000002");
  public static final String C = uscc("91131102MA0000003");
  public static final String D = uscc("91131103MA0000004");

  public static final String REPORTER = "王小明";
  public static final String PHONE = "13812345678";

  private Fixtures() {}

  public static String uscc(String body) {
    return body + UsccRules.checkCharacter(body);
  }

  public static Path reference(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("counties.csv"),
        "县市区代码,县市区名称\n"
            + "131102,桃城区\n"
            + "131103,冀州区\n"
            + "131171,高新区\n"
            + "131121,枣强县\n"
            + "131125,安平县\n"
            + "131123,武强县\n"
            + "131172,滨湖新区\n"
            + "131126,故城县\n"
            + "131127,景县\n"
            + "131182,深州市\n"
            + "131124,饶阳县\n"
            + "131122,武邑县\n"
            + "131128,阜城县\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("assignments.csv"),
        "局领导,县市区,责任科室,valid_from,valid_to\n赵振川,桃城区,原材料与装备科,2020-02-26,\n,冀州区,运行监测科,2020-02-26,\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("enterprises.csv"),
        "统一社会信用代码,企业名称,县市区代码,行业代码,是否规上,是否重点企业,是否环保白名单,正常用工人数,正常日产值(万元)\n"
            + A
            + ",衡水甲机械有限公司,131102,C34,是,是,否,100,50\n"
            + B
            + ",衡水乙纺织有限公司,131102,C17,否,否,否,40,8.5\n"
            + C
            + ",衡水丙化工有限公司,131102,C26,是,否,是,200,120\n"
            + D
            + ",冀州丁食品有限公司,131103,C14,否,否,否,30,5\n",
        StandardCharsets.UTF_8);
    return folder;
  }

  public static String header() {
    List<String> headers =
        new ArrayList<>(
            List.of("填报日期", "县市区", "统一社会信用代码", "企业名称", "是否复工", "复工日期", "到岗人数", "当日产值(万元)"));
    for (ChecklistItem item : ChecklistItem.values()) {
      headers.add(item.shortName());
    }
    headers.addAll(
        List.of(
            "宿舍间数", "住宿人数", "宿舍面积(㎡)", "可疑症状人数", "隔离观察人数", "确诊病例数", "存在困难", "困难描述", "填报人", "联系电话"));
    return String.join(",", headers);
  }

  /** A resumed row with every checklist item 是 (36 cells, in {@link #header()} order). */
  public static String resumed(
      String date, String county, String uscc, long onDuty, String output, String difficulties) {
    List<String> cells =
        new ArrayList<>(List.of(date, county, uscc, "", "是", date, Long.toString(onDuty), output));
    for (int item = 0; item < 18; item++) {
      cells.add("是");
    }
    cells.addAll(List.of("", "", "", "0", "0", "0", difficulties, "", REPORTER, PHONE));
    return String.join(",", cells);
  }

  /** A not-resumed row: staff, output and checklist left empty. */
  public static String notResumed(String date, String county, String uscc) {
    List<String> cells = new ArrayList<>(List.of(date, county, uscc, "", "否", "", "", ""));
    for (int item = 0; item < 18; item++) {
      cells.add("");
    }
    cells.addAll(List.of("", "", "", "", "", "", "", "", REPORTER, PHONE));
    return String.join(",", cells);
  }

  public static Path write(Path folder, String fileName, Charset charset, String... lines)
      throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(fileName);
    Files.writeString(file, String.join("\n", lines) + "\n", charset);
    return file;
  }
}
