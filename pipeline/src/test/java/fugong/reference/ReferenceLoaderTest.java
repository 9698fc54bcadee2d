package fugong.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fugong.domain.CountyDirectory;
import fugong.domain.PersonalDataMask;
import fugong.error.ErrorCode;
import fugong.error.FugongException;
import fugong.sheet.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceLoaderTest {
  private static final String COUNTIES =
      """
      县市区代码,县市区名称
      131102,桃城区
      131103,冀州区
      131171,高新区
      131121,枣强县
      131125,安平县
      131123,武强县
      131172,滨湖新区
      131126,故城县
      131127,景县
      131182,深州市
      131124,饶阳县
      131122,武邑县
      131128,阜城县
      """;

  private static final String ASSIGNMENTS =
      """
      局领导,县市区,责任科室,valid_from,valid_to
      赵振川,桃城区,原材料与装备科,2020-02-01,2020-02-29
      王坤增,131102,消费品工业科,2020-03-01,
      赵振川,冀州区,运行监测科,2020-02-01,
      """;

  private static final String ENTERPRISE_HEADER =
      "统一社会信用代码,企业名称,县市区代码,行业代码,是否规上,是否重点企业,是否环保白名单,正常用工人数,正常日产值(万元)\n";

  private static final String ENTERPRISES =
      ENTERPRISE_HEADER
          + "91131102MA0A000015,衡水桃城第1机械有限公司,131102,C34,是,否,是,120,25.5\n"
          + "91131102ma0a000028 ,衡水桃城第2机械有限公司,桃城区,c34,否,,,30,4\n"
          + "91131103MA0B000016,冀州橡胶制品有限公司,131103,B06,是,是,否,\"1,200\",80\n";

  /**
   * The annex of the source plan as published: tab-separated, leader on the first row of a group.
   */
  private static final String ANNEX =
      """
      局领导\t分包县市区\t责任科室
      赵振川\t桃城区\t原材料与装备科
      \t冀州区\t运行监测科

      \t高新区\t规划投资科
      曹德中\t枣强县\t政策产业科
      \t故城县\t办公室
      \t景 县\t中小企业科

      王坤增\t深州市\t消费品工业科
      \t饶阳县\t消费品工业科
      \t安平县\t经济协作科

      李根洪\t武邑县\t两化融合科
      \t武强县\t节能与安全科
      \t阜城县\t人事教育科
      \t滨湖新区\t信息产业中心
      """;

  @TempDir Path folder;

  private Path write(String counties, String assignments, String enterprises) throws IOException {
    Files.writeString(folder.resolve("counties.csv"), counties, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("assignments.csv"), assignments, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("enterprises.csv"), enterprises, StandardCharsets.UTF_8);
    return folder;
  }

  /** The written counties.csv as the loader reads it, its problems added to {@code problems}. */
  private CountyDirectory loadCounties(List<Problem> problems) {
    return ReferenceLoader.loadCounties(folder.resolve("counties.csv"), problems);
  }

  /** The written enterprises.csv, read against the written counties; problems of both added. */
  private List<Enterprise> loadEnterprises(List<Problem> problems) {
    return ReferenceLoader.loadEnterprises(
        folder.resolve("enterprises.csv"), loadCounties(problems), problems);
  }

  /** The written assignments.csv, read against the written counties; problems of both added. */
  private List<Assignment> loadAssignments(List<Problem> problems) {
    return ReferenceLoader.loadAssignments(
        folder.resolve("assignments.csv"), loadCounties(problems), problems);
  }

  /** A problem that refuses its row (not a warning). */
  private static Problem refusal(
      String file, int row, String column, String code, String cell, String message) {
    return new Problem(file, row, column, code, cell, message, false);
  }

  /** Checks that a thrown exception is a {@link FugongException} carrying {@code code}. */
  private static void assertCode(Throwable thrown, ErrorCode code) {
    assertThat(thrown).isInstanceOf(FugongException.class);
    assertThat(((FugongException) thrown).code()).isEqualTo(code);
  }

  /** Checks that loading the folder refuses it for exactly one problem, described as given. */
  private static void assertRefusedFor(Path reference, String expectedProblem) {
    assertThatThrownBy(() -> ReferenceLoader.load(reference))
        .satisfies(thrown -> assertCode(thrown, ErrorCode.REFERENCE_INVALID))
        .hasMessage(
            "reference data in "
                + reference
                + " has 1 problem(s); nothing was run:\n  "
                + expectedProblem);
  }

  @Test
  void loadsAGoodFolder() throws IOException {
    ReferenceData reference = ReferenceLoader.load(write(COUNTIES, ASSIGNMENTS, ENTERPRISES));

    assertThat(reference.counties().counties()).hasSize(13);
    assertThat(reference.assignments()).hasSize(3);
    assertThat(reference.enterprises()).hasSize(3);
    assertThat(reference.enterprise("91131102MA0A000015"))
        .contains(
            new Enterprise(
                "91131102MA0A000015",
                "衡水桃城第1机械有限公司",
                "131102",
                "C34",
                true,
                false,
                true,
                120,
                new java.math.BigDecimal("25.5")));
    assertThat(reference.enterprise("91131102MA0A000028"))
        .contains(
            new Enterprise(
                "91131102MA0A000028",
                "衡水桃城第2机械有限公司",
                "131102",
                "C34",
                false,
                false,
                false,
                30,
                new java.math.BigDecimal("4.0")));
    assertThat(reference.enterprise("91131103MA0B000016"))
        .map(Enterprise::normalEmployees)
        .contains(1200L);
    assertThat(reference.assignmentOn("131102", LocalDate.of(2020, 2, 29)))
        .map(Assignment::leader)
        .contains("赵振川");
    assertThat(reference.assignmentOn("131102", LocalDate.of(2020, 3, 1)))
        .map(Assignment::leader)
        .contains("王坤增");
    assertThat(reference.assignmentOn("131102", LocalDate.of(2020, 1, 31))).isEmpty();
    assertThat(reference.assignmentOn("131121", LocalDate.of(2020, 3, 1))).isEmpty();
  }

  private static Map<String, String> leaderByCounty(ReferenceData reference) {
    Map<String, String> leaders = new LinkedHashMap<>();
    for (Assignment assignment : reference.assignments()) {
      leaders.put(assignment.countyCode(), assignment.leader());
    }
    return leaders;
  }

  private static final Map<String, String> ANNEX_LEADERS =
      Map.ofEntries(
          Map.entry("131102", "赵振川"),
          Map.entry("131103", "赵振川"),
          Map.entry("131171", "赵振川"),
          Map.entry("131121", "曹德中"),
          Map.entry("131126", "曹德中"),
          Map.entry("131127", "曹德中"),
          Map.entry("131182", "王坤增"),
          Map.entry("131124", "王坤增"),
          Map.entry("131125", "王坤增"),
          Map.entry("131122", "李根洪"),
          Map.entry("131123", "李根洪"),
          Map.entry("131128", "李根洪"),
          Map.entry("131172", "李根洪"));

  @Test
  void importsTheAnnexAsPublished() throws IOException {
    ReferenceData reference = ReferenceLoader.load(write(COUNTIES, ANNEX, ENTERPRISES));

    assertThat(reference.assignments()).hasSize(13);
    assertThat(leaderByCounty(reference)).isEqualTo(ANNEX_LEADERS);
    assertThat(reference.assignments())
        .allSatisfy(
            assignment -> {
              assertThat(assignment.validFrom()).isNull();
              assertThat(assignment.validTo()).isNull();
            });
    assertThat(reference.assignmentOn("131127", LocalDate.of(2020, 3, 1)))
        .contains(new Assignment("曹德中", "131127", "中小企业科", null, null));
    assertThat(reference.assignmentOn("131171", LocalDate.of(2020, 3, 1)))
        .map(Assignment::section)
        .contains("规划投资科");
  }

  @Test
  void importsTheAnnexWithCommas() throws IOException {
    ReferenceData reference =
        ReferenceLoader.load(write(COUNTIES, ANNEX.replace('\t', ','), ENTERPRISES));

    assertThat(reference.assignments()).hasSize(13);
    assertThat(leaderByCounty(reference)).isEqualTo(ANNEX_LEADERS);
  }

  @Test
  void importsTheAnnexWithItsTitleLine() throws IOException {
    String published = "衡水市工业和信息化局关于开展工业企业复工复产疫情防控工作领导包县分工表\n\n" + ANNEX;

    ReferenceData reference = ReferenceLoader.load(write(COUNTIES, published, ENTERPRISES));

    assertThat(leaderByCounty(reference)).isEqualTo(ANNEX_LEADERS);
  }

  @Test
  void loadsARegistryLongerThanTheCapOfASubmissionFile() throws IOException {
    // a national registry: more rows than ingest.max_rows (200,000) and, at 9 columns, more cells
    // than ingest.max_cells (2,000,000) allow a county's submission file
    int enterprises = 250_000;
    StringBuilder registry = new StringBuilder(ENTERPRISE_HEADER);
    for (int number = 0; number < enterprises; number++) {
      String first17 = String.format("91131102MA%07d", number);
      registry
          .append(first17)
          .append(fugong.domain.UsccRules.checkCharacter(first17))
          .append(",企业")
          .append(number)
          .append(",131102,C34,是,否,否,10,1.5\n");
    }
    ReferenceData reference =
        ReferenceLoader.load(write(COUNTIES, ASSIGNMENTS, registry.toString()));

    assertThat(reference.enterprises()).hasSize(enterprises);
  }

  private void assertRefused(String enterpriseRow, String expectedProblem) throws IOException {
    assertRefusedFor(
        write(COUNTIES, ASSIGNMENTS, ENTERPRISES + enterpriseRow + "\n"), expectedProblem);
  }

  @Test
  void refusesABadCheckDigit() throws IOException {
    assertRefused(
        "91131102MA0A000016,错码公司,131102,C34,是,否,否,10,1",
        "enterprises.csv row 5 column 统一社会信用代码: '91131102MA0A000016' is not a valid code (GB"
            + " 32100-2015 check digit)");
  }

  @Test
  void refusesAnUnknownCounty() throws IOException {
    assertRefused(
        "91131102MA0A00003B,外县公司,130102,C34,是,否,否,10,1",
        "enterprises.csv row 5 column 县市区代码: '130102' is not a county of counties.csv");
  }

  @Test
  void refusesANonIndustrialDivision() throws IOException {
    assertRefused(
        "91131102MA0A00003B,批发公司,131102,F51,是,否,否,10,1",
        "enterprises.csv row 5 column 行业代码: 'F51' is not an industrial division (B06–B12, C13–C43,"
            + " D44–D46)");
  }

  @Test
  void refusesNegativeEmployees() throws IOException {
    assertRefused(
        "91131102MA0A00003B,负数公司,131102,C34,是,否,否,-5,1",
        "enterprises.csv row 5 column 正常用工人数: '-5' is not a whole number ≥ 0");
  }

  @Test
  void aBadEnterpriseRowIsAStructuredProblemNamingFileRowColumnAndCell() throws IOException {
    write(COUNTIES, ASSIGNMENTS, ENTERPRISES + "91131102MA0A000016,错码公司,131102,C34,是,否,否,10,1\n");
    List<Problem> problems = new ArrayList<>();

    List<Enterprise> enterprises = loadEnterprises(problems);

    assertThat(enterprises).hasSize(3);
    assertThat(problems)
        .containsExactly(
            refusal(
                "enterprises.csv",
                5,
                "统一社会信用代码",
                "BAD_USCC_CHECKSUM",
                "91131102MA0A000016",
                "'91131102MA0A000016' is not a valid code (GB 32100-2015 check digit)"));
    assertThat(ReferenceLoader.describe(problems.get(0)))
        .isEqualTo(
            "enterprises.csv row 5 column 统一社会信用代码: '91131102MA0A000016' is not a valid code (GB"
                + " 32100-2015 check digit)");
  }

  @Test
  void aRowWithSeveralFaultsGetsOneProblemPerCellInColumnOrder() throws IOException {
    write(COUNTIES, ASSIGNMENTS, ENTERPRISES + "91131102MA0A00003B,,999999,F51,也许,否,否,-5,abc\n");
    List<Problem> problems = new ArrayList<>();

    loadEnterprises(problems);

    assertThat(problems)
        .extracting(Problem::file, Problem::row, Problem::column, Problem::code, Problem::cell)
        .containsExactly(
            tuple("enterprises.csv", 5, "企业名称", "MISSING_NAME", ""),
            tuple("enterprises.csv", 5, "县市区代码", "UNKNOWN_COUNTY", "999999"),
            tuple("enterprises.csv", 5, "行业代码", "NOT_INDUSTRIAL_DIVISION", "F51"),
            tuple("enterprises.csv", 5, "是否规上", "BAD_YES_NO", "也许"),
            tuple("enterprises.csv", 5, "正常用工人数", "BAD_NUMBER", "-5"),
            tuple("enterprises.csv", 5, "正常日产值(万元)", "BAD_NUMBER", "abc"));
    assertThat(problems).noneMatch(Problem::warning);
  }

  @Test
  void aProblemInTheAnnexNamesTheStandardColumnAndTheCellAsWritten() throws IOException {
    // the annex's header says 分包县市区; its 12th physical row is 景 县, made unknown here
    String annex = ANNEX.replace("\t景 县\t", "\t北京市\t");
    write(COUNTIES, annex, ENTERPRISES);
    List<Problem> problems = new ArrayList<>();

    List<Assignment> assignments = loadAssignments(problems);

    assertThat(assignments).hasSize(12);
    assertThat(problems)
        .containsExactly(
            refusal(
                "assignments.csv",
                8,
                "县市区",
                "UNKNOWN_COUNTY",
                "北京市",
                "'北京市' is not a county of counties.csv"));
  }

  @Test
  void aPhoneNumberWrittenInAReferenceCellIsMaskedInTheProblem() throws IOException {
    write(COUNTIES + "13912345678,假区\n", ASSIGNMENTS, ENTERPRISES);
    List<Problem> problems = new ArrayList<>();

    loadCounties(problems);

    assertThat(problems)
        .containsExactly(
            refusal(
                "counties.csv",
                15,
                "县市区代码",
                "BAD_COUNTY_CODE",
                PersonalDataMask.MOBILE,
                "'" + PersonalDataMask.MOBILE + "' is not a 6-digit division code"));
  }

  @Test
  void aCountiesFileWithoutRowsIsAProblemOfTheWholeFile() throws IOException {
    Path reference = write("县市区代码,县市区名称\n", ASSIGNMENTS, ENTERPRISES);
    List<Problem> problems = new ArrayList<>();

    loadCounties(problems);

    assertThat(problems)
        .first()
        .isEqualTo(refusal("counties.csv", 0, "", "NO_COUNTY_ROWS", "", "no county rows"));
    assertThat(ReferenceLoader.describe(problems.get(0))).isEqualTo("counties.csv: no county rows");
    assertThatThrownBy(() -> ReferenceLoader.load(reference))
        .isInstanceOf(FugongException.class)
        .hasMessageStartingWith("reference data in " + reference + " has ")
        .hasMessageContaining(
            "\n"
                + "  counties.csv: no county rows\n"
                + "  assignments.csv row 2 column 县市区: '桃城区' is not a county of counties.csv");
  }

  @Test
  void aHeaderWithoutARequiredColumnRefusesTheFileNamingIt() throws IOException {
    Path reference = write(COUNTIES, "\n局领导,责任科室\n赵振川,运行监测科\n", ENTERPRISES);

    assertThatThrownBy(() -> ReferenceLoader.load(reference))
        .satisfies(thrown -> assertCode(thrown, ErrorCode.REFERENCE_INVALID))
        .hasMessage(
            reference.resolve("assignments.csv")
                + " row 2: the header lacks the column 县市区 (header found: 局领导,责任科室)");
  }

  @Test
  void refusesOverlappingAssignmentsOfOneCounty() throws IOException {
    String overlapping =
        """
        局领导,县市区,责任科室,valid_from,valid_to
        赵振川,桃城区,原材料与装备科,2020-02-01,2020-03-01
        王坤增,桃城区,消费品工业科,2020-03-01,
        """;
    assertRefusedFor(
        write(COUNTIES, overlapping, ENTERPRISES),
        "assignments.csv row 3 column valid_from: 桃城区 is already assigned to 赵振川 in an"
            + " overlapping period (each county has one leader on any date)");
  }

  @Test
  void refusesAMissingFile() throws IOException {
    write(COUNTIES, ASSIGNMENTS, ENTERPRISES);
    Files.delete(folder.resolve("enterprises.csv"));

    assertThatThrownBy(() -> ReferenceLoader.load(folder))
        .satisfies(thrown -> assertCode(thrown, ErrorCode.REFERENCE_MISSING))
        .hasMessage("reference file " + folder.resolve("enterprises.csv") + " does not exist");
  }

  @Test
  void assignmentValidToIsInclusive() {
    Assignment february =
        new Assignment(
            "赵振川", "131102", "原材料与装备科", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));

    assertThat(february.inForceOn(LocalDate.of(2020, 1, 31))).isFalse();
    assertThat(february.inForceOn(LocalDate.of(2020, 2, 1))).isTrue();
    assertThat(february.inForceOn(LocalDate.of(2020, 2, 29))).isTrue();
    assertThat(february.inForceOn(LocalDate.of(2020, 3, 1))).isFalse();
    Assignment openEnded =
        new Assignment("王坤增", "131102", "消费品工业科", LocalDate.of(2020, 3, 1), null);
    assertThat(openEnded.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
    Assignment always = new Assignment("王坤增", "131102", "消费品工业科", null, null);
    assertThat(always.inForceOn(LocalDate.of(1999, 1, 1))).isTrue();
  }

  @Test
  void powerBaselinesAreOptionalAndKeepAZeroBaseline() throws IOException {
    ReferenceData reference = ReferenceLoader.load(write(COUNTIES, ASSIGNMENTS, ENTERPRISES));
    assertThat(ReferenceLoader.loadPowerBaselines(folder, reference)).isEmpty();

    Files.writeString(
        folder.resolve(ReferenceLoader.POWER_BASELINE_FILE),
        "信用代码,基准日均用电量（千瓦时）\n91131102MA0A000015,1200.5\n91131102ma0a000028,0\n",
        StandardCharsets.UTF_8);
    Map<String, java.math.BigDecimal> baselines =
        ReferenceLoader.loadPowerBaselines(folder, reference).orElseThrow();
    assertThat(baselines).containsOnlyKeys("91131102MA0A000015", "91131102MA0A000028");
    assertThat(baselines.get("91131102MA0A000015")).isEqualByComparingTo("1200.5");
    assertThat(baselines.get("91131102MA0A000028")).isZero();
  }

  @Test
  void aBadPowerBaselineFileIsRefusedNamingRowColumnAndCell() throws IOException {
    ReferenceData reference = ReferenceLoader.load(write(COUNTIES, ASSIGNMENTS, ENTERPRISES));
    Files.writeString(
        folder.resolve(ReferenceLoader.POWER_BASELINE_FILE),
        "统一社会信用代码,基准日均用电量(千瓦时)\n"
            + "91131102MA0A000015,-1\n"
            + "92131102MA0A12345R,30\n"
            + "91131102MA0A000015,40\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ReferenceLoader.loadPowerBaselines(folder, reference))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining("has 3 problem(s)")
        .hasMessageContaining(
            "power_baseline.csv row 2 column 基准日均用电量(千瓦时): '-1' is not a number ≥ 0")
        .hasMessageContaining(
            "power_baseline.csv row 3 column 统一社会信用代码: '92131102MA0A12345R' is not an enterprise of"
                + " enterprises.csv")
        .hasMessageContaining(
            "power_baseline.csv row 4 column 统一社会信用代码: '91131102MA0A000015' appears twice");
  }
}
