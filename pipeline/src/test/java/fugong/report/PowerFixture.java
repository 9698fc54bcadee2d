package fugong.report;

import fugong.domain.Severity;
import fugong.power.PowerFlagKind;
import fugong.power.PowerUnitFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link BriefingFixture}'s city with meter data on 2020-03-04, every figure computable by hand:
 *
 * <pre>
 * unit      自报      with baseline  read  power-resumed  kWh / baseline    电力    用电恢复  指数   覆盖
 * 甲城区     88.8%     800          760   532            60800 / 76000    70.0%   80.0%   75.0   95.0%
 * 乙县       80.0%     400          400   340            36000 / 40000    85.0%   90.0%   87.5   100.0%
 * 丙州市     96.0%     200          150   120             9000 / 15000    80.0%   60.0%   70.0   75.0%
 * city      87.3%    1400         1310   992           105800 / 131000   75.7%   80.8%   78.2   93.6%
 * 王一       85.9%    1200         1160   872            96800 / 116000   75.2%   83.4%   79.3   96.7%
 * 李二       96.0%     200          150   120             9000 / 15000    80.0%   60.0%   70.0   75.0%
 * </pre>
 *
 * (992/1310 = 0.75725, 105800/131000 = 0.80763, index 0.78244; 872/1160 = 0.75172, 96800/116000 =
 * 0.83448, index 0.79310.) Enterprises without a baseline: 甲城区 200 (12 of them read), 乙县 100, 丙州市
 * 50 (3 read); city 350 (15), 王一 300 (12), 李二 50 (3).
 *
 * <p>Flags on D, each with its MEDIUM alert: 复工存疑 甲电一 (10 / 100 kWh) and 甲电二 (25.5 / 100) in 甲城区,
 * 丙电一 (12 / 80) in 丙州市; 用电未报 乙电一 (90 / 100) in 乙县; 产值电量背离 甲电三 (20 / 100, gap 0.45) in 甲城区. One more
 * 复工存疑 on D−1 that D's briefings do not show.
 */
public final class PowerFixture {
  private PowerFixture() {}

  public static BriefingInputs inputs() {
    BriefingInputs plain = BriefingFixture.inputs();
    LocalDate date = BriefingFixture.DATE;
    List<PowerDailyRecord> power =
        List.of(
            daily(date, "county", "131101", "甲城区", 800, 760, 532, 60800, 76000, 200, 12, 0.888),
            daily(date, "county", "131102", "乙县", 400, 400, 340, 36000, 40000, 100, 0, 0.8),
            daily(date, "county", "131103", "丙州市", 200, 150, 120, 9000, 15000, 50, 3, 0.96),
            daily(
                date,
                "city",
                "衡水市",
                "衡水市",
                1400,
                1310,
                992,
                105800,
                131000,
                350,
                15,
                1528 / 1750.0),
            daily(
                date, "leader", "王一", "王一", 1200, 1160, 872, 96800, 116000, 300, 12, 1288 / 1500.0),
            daily(date, "leader", "李二", "李二", 200, 150, 120, 9000, 15000, 50, 3, 0.96),
            daily(
                date.minusDays(1),
                "city",
                "衡水市",
                "衡水市",
                1400,
                1300,
                900,
                90000,
                130000,
                350,
                15,
                0.862));
    List<PowerFlagRecord> flags =
        List.of(
            flag(
                date,
                PowerFlagKind.DOUBTFUL_RESUMPTION,
                "131101",
                "甲城区",
                "王一",
                "甲电一",
                "10",
                "100",
                0.1),
            flag(
                date,
                PowerFlagKind.DOUBTFUL_RESUMPTION,
                "131101",
                "甲城区",
                "王一",
                "甲电二",
                "25.5",
                "100",
                0.255),
            flag(
                date,
                PowerFlagKind.DOUBTFUL_RESUMPTION,
                "131103",
                "丙州市",
                "李二",
                "丙电一",
                "12",
                "80",
                0.15),
            flag(
                date,
                PowerFlagKind.UNREPORTED_OPERATION,
                "131102",
                "乙县",
                "王一",
                "乙电一",
                "90",
                "100",
                0.9),
            flag(
                date,
                PowerFlagKind.OUTPUT_POWER_DIVERGENCE,
                "131101",
                "甲城区",
                "王一",
                "甲电三",
                "20",
                "100",
                0.45),
            flag(
                date.minusDays(1),
                PowerFlagKind.DOUBTFUL_RESUMPTION,
                "131101",
                "甲城区",
                "王一",
                "甲电九",
                "1",
                "100",
                0.01));
    List<AlertRecord> alerts = new ArrayList<>(plain.alerts());
    for (PowerFlagRecord flag : flags) {
      if (flag.date().equals(date)) {
        alerts.add(
            new AlertRecord(
                date,
                Severity.MEDIUM,
                switch (flag.kind()) {
                  case DOUBTFUL_RESUMPTION -> ActionKind.POWER_DOUBTFUL_RESUMPTION;
                  case UNREPORTED_OPERATION -> ActionKind.POWER_UNREPORTED_OPERATION;
                  case OUTPUT_POWER_DIVERGENCE -> ActionKind.POWER_OUTPUT_DIVERGENCE;
                },
                flag.countyCode(),
                flag.leader(),
                flag.enterpriseName(),
                flag.value(),
                flag.enterpriseName() + " " + flag.kind().label() + " / power"));
      }
    }
    return new BriefingInputs(
        plain.reportDates(),
        plain.city(),
        plain.leaders(),
        plain.counties(),
        alerts,
        plain.forecasts(),
        plain.keyEnterprises(),
        plain.cases(),
        plain.quarantine(),
        power,
        flags,
        plain.dataAsOf(),
        plain.runId(),
        plain.ruleVersion(),
        plain.settings());
  }

  /** A power_daily row whose rates are computed from its counts, as the metrics write them. */
  static PowerDailyRecord daily(
      LocalDate date,
      String unitType,
      String unit,
      String name,
      long withBaseline,
      long read,
      long resumed,
      long kilowattHours,
      long baseline,
      long withoutBaseline,
      long readWithoutBaseline,
      double selfReported) {
    PowerUnitFigures figures =
        new PowerUnitFigures(
            withBaseline,
            read,
            resumed,
            BigDecimal.valueOf(kilowattHours),
            BigDecimal.valueOf(baseline));
    return new PowerDailyRecord(
        date,
        unitType,
        unit,
        name,
        withBaseline,
        read,
        resumed,
        figures.kilowattHours(),
        figures.baselineKilowattHours(),
        figures.powerResumptionRate(),
        figures.consumptionRecoveryRate(),
        figures.powerIndex(),
        figures.coverage(),
        withoutBaseline,
        readWithoutBaseline,
        selfReported);
  }

  static PowerFlagRecord flag(
      LocalDate date,
      PowerFlagKind kind,
      String countyCode,
      String countyName,
      String leader,
      String enterprise,
      String kilowattHours,
      String baseline,
      double value) {
    return new PowerFlagRecord(
        date,
        kind,
        countyCode,
        countyName,
        leader,
        "U-" + enterprise,
        enterprise,
        new BigDecimal(kilowattHours),
        new BigDecimal(baseline),
        value);
  }
}
