package fugong.report;

import fugong.domain.AlertKind;
import fugong.domain.Severity;

/**
 * The kinds of 督办事项 a briefing groups alerts and lagging figures into, in the order they are listed
 * within one severity, each with its Chinese title. Most come from the alerts table (one alert kind
 * each; the three inconsistencies apart); three are read from the figures: a late file, key
 * enterprises not resumed and stalled above-scale resumption.
 */
public enum ActionKind {
  CONFIRMED_WHILE_RESUMED("确诊病例企业仍在生产", Severity.HIGH),
  MISSING_SUBMISSION("未报送日报", Severity.HIGH),
  REJECTED_FILE("报送文件无法读取", Severity.MEDIUM),
  RESUMPTION_DROP("复工率较前日明显下降", Severity.MEDIUM),
  LOW_COMPLIANCE("防控措施全部落实率低于要求", Severity.MEDIUM),
  KEY_ENTERPRISES_NOT_RESUMED("重点企业未复工", Severity.MEDIUM),
  ABOVE_SCALE_STALLED("规上企业复工停滞", Severity.MEDIUM),
  STATISTICAL_ANOMALY("复工率变化明显异于其他县市区", Severity.MEDIUM),
  /** The three electricity flags below, as one 督办 item. */
  POWER_CHECK("电力核验异常", Severity.MEDIUM),
  POWER_DOUBTFUL_RESUMPTION("复工存疑", Severity.MEDIUM),
  POWER_UNREPORTED_OPERATION("用电未报", Severity.MEDIUM),
  POWER_OUTPUT_DIVERGENCE("产值电量背离", Severity.MEDIUM),
  QUARANTINE_SHARE("报送数据未通过校验偏多", Severity.MEDIUM),
  LATE_SUBMISSION("日报迟报", Severity.LOW),
  DIFFICULTY_OVERDUE("企业困难超期未解决", Severity.LOW),
  DORMITORY_MISMATCH("宿舍人数与自报不符", Severity.LOW),
  OUTPUT_IMPLAUSIBLE("产值超过正常日产值3倍", Severity.LOW),
  STAFF_IMPLAUSIBLE("到岗人数超过正常用工2倍", Severity.LOW),
  OTHER("其他督导提醒", Severity.LOW);

  private final String title;
  private final Severity severity;

  ActionKind(String title, Severity severity) {
    this.title = title;
    this.severity = severity;
  }

  public String title() {
    return title;
  }

  /**
   * The 督办 item an alert of this kind is listed under: {@link #POWER_CHECK} for the three
   * electricity flags (one item naming each flag's count), the kind itself otherwise.
   */
  public ActionKind item() {
    return switch (this) {
      case POWER_UNREPORTED_OPERATION, POWER_DOUBTFUL_RESUMPTION, POWER_OUTPUT_DIVERGENCE ->
          POWER_CHECK;
      default -> this;
    };
  }

  /** The severity of the kind when it is derived from the figures (alerts carry their own). */
  public Severity severity() {
    return severity;
  }

  /**
   * The kind of one alert row: its kind column, and for INCONSISTENCY which of the three checks
   * raised it (the alerts table writes them under one kind; the message's Chinese part names the
   * check: 宿舍, 产值 or 到岗).
   */
  public static ActionKind ofAlert(String kind, String message) {
    String text = message == null ? "" : message;
    AlertKind alert = AlertKind.of(kind);
    if (alert == null) {
      return OTHER;
    }
    return switch (alert) {
      case CONFIRMED_WHILE_RESUMED -> CONFIRMED_WHILE_RESUMED;
      case MISSING_SUBMISSION -> MISSING_SUBMISSION;
      case REJECTED_FILE -> REJECTED_FILE;
      case QUARANTINE_SHARE -> QUARANTINE_SHARE;
      case RESUMPTION_DROP -> RESUMPTION_DROP;
      case LOW_COMPLIANCE -> LOW_COMPLIANCE;
      case STATISTICAL_ANOMALY -> STATISTICAL_ANOMALY;
      case DIFFICULTY_OVERDUE -> DIFFICULTY_OVERDUE;
      case POWER_DOUBTFUL_RESUMPTION -> POWER_DOUBTFUL_RESUMPTION;
      case POWER_UNREPORTED_OPERATION -> POWER_UNREPORTED_OPERATION;
      case POWER_OUTPUT_DIVERGENCE -> POWER_OUTPUT_DIVERGENCE;
      case INCONSISTENCY ->
          text.contains("宿舍")
              ? DORMITORY_MISMATCH
              : text.contains("到岗")
                  ? STAFF_IMPLAUSIBLE
                  : text.contains("产值") ? OUTPUT_IMPLAUSIBLE : OTHER;
    };
  }
}
