package fugong.generate;

import fugong.domain.County;
import fugong.domain.CountyDirectory;
import fugong.reference.Enterprise;
import fugong.reference.ReferenceLoader;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the three reference files of DOMAIN.md §2 as UTF-8 CSV: the 13 counties, the leader
 * assignment of the source annex valid from the start date — with one change in the period: 滨湖新区
 * passes from 李根洪 to 赵振川 on start + 7 days — and the enterprise registry, written row by row.
 */
final class ReferenceWriter {
  /** Days after the start date on which 滨湖新区 changes leader. */
  static final int ASSIGNMENT_CHANGE_OFFSET_DAYS = 7;

  private ReferenceWriter() {}

  static void write(Path folder, LocalDate start, List<Enterprise> enterprises) throws IOException {
    Files.createDirectories(folder);
    List<List<String>> counties = new ArrayList<>();
    counties.add(List.of("县市区代码", "县市区名称"));
    for (County county : CountyDirectory.HENGSHUI) {
      counties.add(List.of(county.code(), county.name()));
    }
    writeCsv(folder.resolve(ReferenceLoader.COUNTIES_FILE), counties);
    writeCsv(folder.resolve(ReferenceLoader.ASSIGNMENTS_FILE), assignments(start));
    List<String> header =
        List.of(
            "统一社会信用代码",
            "企业名称",
            "县市区代码",
            "行业代码",
            "是否规上",
            "是否重点企业",
            "是否环保白名单",
            "正常用工人数",
            "正常日产值(万元)");
    Iterable<List<String>> registry =
        () ->
            Stream.concat(Stream.of(header), enterprises.stream().map(ReferenceWriter::registryRow))
                .iterator();
    writeCsv(folder.resolve(ReferenceLoader.ENTERPRISES_FILE), registry);
  }

  private static List<String> registryRow(Enterprise enterprise) {
    return List.of(
        enterprise.uscc(),
        enterprise.name(),
        enterprise.countyCode(),
        enterprise.industryCode(),
        yesNo(enterprise.aboveScale()),
        yesNo(enterprise.keyEnterprise()),
        yesNo(enterprise.environmentalWhitelist()),
        Long.toString(enterprise.normalEmployees()),
        enterprise.normalDailyOutput().setScale(2, RoundingMode.HALF_UP).toPlainString());
  }

  private static List<List<String>> assignments(LocalDate start) {
    String from = start.toString();
    LocalDate change = start.plusDays(ASSIGNMENT_CHANGE_OFFSET_DAYS);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("局领导", "县市区", "责任科室", "valid_from", "valid_to"));
    rows.add(List.of("赵振川", "桃城区", "原材料与装备科", from, ""));
    rows.add(List.of("赵振川", "冀州区", "运行监测科", from, ""));
    rows.add(List.of("赵振川", "高新区", "规划投资科", from, ""));
    rows.add(List.of("曹德中", "枣强县", "政策产业科", from, ""));
    rows.add(List.of("曹德中", "故城县", "办公室", from, ""));
    rows.add(List.of("曹德中", "景县", "中小企业科", from, ""));
    rows.add(List.of("王坤增", "深州市", "消费品工业科", from, ""));
    rows.add(List.of("王坤增", "饶阳县", "消费品工业科", from, ""));
    rows.add(List.of("王坤增", "安平县", "经济协作科", from, ""));
    rows.add(List.of("李根洪", "武邑县", "两化融合科", from, ""));
    rows.add(List.of("李根洪", "武强县", "节能与安全科", from, ""));
    rows.add(List.of("李根洪", "阜城县", "人事教育科", from, ""));
    rows.add(List.of("李根洪", "滨湖新区", "信息产业中心", from, change.minusDays(1).toString()));
    rows.add(List.of("赵振川", "滨湖新区", "信息产业中心", change.toString(), ""));
    return rows;
  }

  private static String yesNo(boolean value) {
    return value ? "是" : "否";
  }

  private static void writeCsv(Path file, Iterable<List<String>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvText.write(out, rows, "\n");
    }
  }
}
