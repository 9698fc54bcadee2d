package fugong.report;

import java.util.List;

/** 指标说明, written from the settings in force: deadline, windows, thresholds and targets. */
public final class Definitions {
  private Definitions() {}

  /** The definitions, with the electricity cross-check's when the briefing has 电力核验. */
  public static List<String> of(BriefingSettings settings, boolean power) {
    List<String> definitions = new java.util.ArrayList<>(of(settings));
    if (power) {
      // before the last line (personal data), which closes every list
      definitions.add(definitions.size() - 1, power(settings.power()));
    }
    return List.copyOf(definitions);
  }

  /** The electricity cross-check's terms (DOMAIN.md §6.3), with its settings in force. */
  static String power(PowerCheckSettings power) {
    return "电力核验：企业当日用电量不低于其用电基线的"
        + Formats.threshold(power.threshold())
        + "为用电复工；电力复工率＝用电复工企业数÷有用电基线且当日有电表读数的企业数；用电恢复率＝当日用电量之和÷同一批企业用电基线之和；复工电力指数＝（电力复工率＋用电恢复率）÷2，以百分制表示；覆盖率＝当日有读数的企业÷有用电基线的企业。电表读数只计当日。复工存疑：当日报送复工但连续"
        + power.doubtfulDays()
        + "日用电低于基线的"
        + Formats.threshold(power.threshold())
        + "；用电未报：用电达到复工水平但未报复工或无报送；产值电量背离：当日产值比与用电比相差超过"
        + Formats.decimal(Formats.tenths(power.divergenceLimit()))
        + "个百分点。三者均为中级提醒。";
  }

  public static List<String> of(BriefingSettings settings) {
    var metrics = settings.metrics();
    var thresholds = settings.thresholds();
    int carriedDays = metrics.carryWindowDays() - 1;
    String deadline = Formats.deadline(metrics.deadline());
    return List.of(
        "企业数：企业名录中该范围的企业。企业当日状态取当日报送；当日未报送的，"
            + (carriedDays > 0 ? "沿用前" + carriedDays + "日内最近一次报送（沿用前日）；仍无的" : "")
            + "视为未复工（无报送）。",
        "复工率＝复工企业数÷企业数；规上复工率＝规上复工企业数÷规上企业数；报送率＝当日报送企业数÷企业数。",
        "到岗率＝复工企业到岗人数之和÷复工企业正常用工人数之和；产能恢复率＝复工企业当日产值之和÷全部企业正常日产值之和。",
        "满负荷：复工且产值不低于正常日产值的90%；部分恢复：复工且产值为正常日产值的50%至90%；减产：复工且产值低于50%。三者之和为复工企业数；停产＝企业数－复工企业数。",
        "防控措施以当日报送且已复工的企业为分母：单项落实率＝落实该项的企业÷分母；全部落实率＝18项全部落实的企业÷分母；全部落实率低于"
            + Formats.threshold(metrics.complianceThreshold())
            + "列入督办。宿舍一项在填报了间数、人数和面积时按每间不超过6人、人均不少于2.5平方米判定。",
        "局领导、全市的比率均由分子、分母分别加总后计算，不是县市区比率的平均；分母为0的比率显示为“—”。较前日变化和与全市比较均按表中显示的一位小数计算。",
        "变动构成：复工率较前日的变化按企业分为新复工、停工、中断后恢复报送、沿用到期、新纳入、移出等，每类的贡献＝（该类复工企业数变化－前日复工率×该类企业数变化）÷当日企业数，各类之和等于复工率的变化；各类按精确值四舍五入，合计可能与按显示值计算的变化相差0.1个百分点。",
        "数据修正：迟报文件、更正文件或企业名录、分包表、计算规则变化使已通报的数字改变时，当期简报列出显示值有变化的复工率，全部修正记入数据修正记录。",
        "报送：当日" + deadline + "（含）前收到首个文件为按时，之后为迟报，未收到为未报。可疑症状、隔离观察、确诊人数只计当日报送。",
        "督办事项：确诊病例企业仍在生产、未报送为高；文件无法读取、未通过校验行超过"
            + Formats.threshold(metrics.quarantineShare())
            + "、复工率较前日下降超过"
            + Formats.decimal(Formats.tenths(metrics.resumptionDrop()))
            + "个百分点、全部落实率偏低、重点企业未复工、规上复工停滞、变化异常为中；迟报、困难超过"
            + metrics.difficultyOverdueDays()
            + "天未解决、数据不一致为低。",
        "困难：企业首次报告某类困难即立案，此后报告不再列出该困难之日为解决日；已持续天数计至报告日。",
        "预测：近"
            + metrics.forecastWindowDays()
            + "日比率的最小二乘直线；复工率、规上复工率目标"
            + Formats.threshold(metrics.resumptionTarget())
            + "，产能恢复率目标"
            + Formats.threshold(metrics.capacityTarget())
            + "；附件只列无进展或预计"
            + metrics.forecastWindowDays()
            + "日内不能达标的。",
        "评价：复工率不低于"
            + Formats.threshold(thresholds.resumptionGreen())
            + "为达标，不低于"
            + Formats.threshold(thresholds.resumptionAmber())
            + "为关注，以下为滞后；产能恢复率"
            + Formats.threshold(thresholds.capacityGreen())
            + "、"
            + Formats.threshold(thresholds.capacityAmber())
            + "；全部落实率"
            + Formats.threshold(thresholds.complianceGreen())
            + "、"
            + Formats.threshold(thresholds.complianceAmber())
            + "。带*的比率分母不足"
            + thresholds.minimumDenominator()
            + "家企业，仅供参考。",
        "个人信息（填报人、联系电话）不进入本报告。");
  }
}
