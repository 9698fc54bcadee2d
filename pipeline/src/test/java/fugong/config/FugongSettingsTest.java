package fugong.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.ErrorCode;
import fugong.error.FugongException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FugongSettingsTest {
  @TempDir Path temporary;

  private Path file(String text) throws IOException {
    Path file = temporary.resolve("fugong.properties");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void defaultsAreTheSpecification() {
    FugongSettings settings = FugongSettings.defaults();
    assertThat(settings.master()).isEqualTo("local[*]");
    assertThat(settings.metrics().carryWindowDays()).isEqualTo(3);
    assertThat(settings.metrics().deadline()).isEqualTo(LocalTime.of(20, 0));
    assertThat(settings.metrics().complianceThreshold()).isEqualTo(0.80);
    assertThat(settings.metrics().resumptionTarget()).isEqualTo(0.95);
    assertThat(settings.metrics().capacityTarget()).isEqualTo(0.90);
    assertThat(settings.metrics().powerThreshold()).isEqualTo(0.30);
    assertThat(settings.metrics().powerDoubtfulDays()).isEqualTo(2);
    assertThat(settings.metrics().powerDivergenceLimit()).isEqualTo(0.40);
    assertThat(settings.report().minimumDenominator()).isEqualTo(10);
  }

  @Test
  void commandLineBeatsEnvironmentBeatsFileBeatsDefaults() throws IOException {
    Path file =
        file(
            "metrics.deadline=21:00:00\n"
                + "metrics.carry_window_days=2\n"
                + "alerts.compliance_threshold=0.7\n"
                + "spark.conf.spark.driver.memory=2g\n");
    Map<String, String> environment =
        Map.of(
            "FUGONG_METRICS_CARRY_WINDOW_DAYS", "4", "FUGONG_ALERTS_COMPLIANCE_THRESHOLD", "0.75");
    Map<String, String> commandLine = Map.of("alerts.compliance_threshold", "0.9");

    FugongSettings settings = FugongSettings.resolve(file, environment, commandLine);

    assertThat(settings.metrics().deadline()).isEqualTo(LocalTime.of(21, 0));
    assertThat(settings.metrics().carryWindowDays()).isEqualTo(4);
    assertThat(settings.metrics().complianceThreshold()).isEqualTo(0.9);
    assertThat(settings.sources().get(SettingKey.DEADLINE)).isEqualTo(file.toString());
    assertThat(settings.sources().get(SettingKey.CARRY_WINDOW_DAYS))
        .isEqualTo("environment FUGONG_METRICS_CARRY_WINDOW_DAYS");
    assertThat(settings.sources().get(SettingKey.COMPLIANCE_THRESHOLD)).isEqualTo("command line");
    assertThat(settings.sparkConfiguration()).containsEntry("spark.driver.memory", "2g");
  }

  @Test
  void badValuesAreOneClearErrorNamingTheirSource() throws IOException {
    Path file = file("metrics.deadline=25:00\nalerts.quarantine_share=5%\nmetrics.window=3\n");
    assertThatThrownBy(
            () ->
                FugongSettings.resolve(
                    file, Map.of("FUGONG_METRICS_CARRY_WINDOW_DAYS", "0"), Map.of()))
        .isInstanceOf(FugongException.class)
        .satisfies(
            failure ->
                assertThat(((FugongException) failure).code()).isEqualTo(ErrorCode.CONFIG_INVALID))
        .hasMessageContaining(file + ": metrics.deadline = '25:00' is not a time like 20:00:00")
        .hasMessageContaining("alerts.quarantine_share = '5%' is not a number like 0.05")
        .hasMessageContaining("unknown key 'metrics.window'")
        .hasMessageContaining(
            "environment FUGONG_METRICS_CARRY_WINDOW_DAYS: metrics.carry_window_days = '0' must be"
                + " a whole number ≥ 1");
  }

  @Test
  void amberAboveGreenIsRefused() {
    assertThatThrownBy(
            () -> FugongSettings.resolve(null, Map.of(), Map.of("report.resumption_amber", "0.95")))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining(
            "report.resumption_green (0.90) must not be below report.resumption_amber (0.95)");
  }

  @Test
  void inboxLimitsAreSettingsCheckedLikeAnyOther() {
    FugongSettings settings =
        FugongSettings.resolve(
            null, Map.of("FUGONG_INGEST_QUIET_SECONDS", "0"), Map.of("ingest.max_rows", "500"));
    assertThat(settings.inbox())
        .isEqualTo(
            new fugong.ingest.InboxLimits(64L << 20, 500, 200, 2_000_000, 1 << 20, 256L << 20, 0));
    assertThatThrownBy(
            () ->
                FugongSettings.resolve(
                    null, Map.of(), Map.of("ingest.max_rows", "0", "ingest.quiet_seconds", "-1")))
        .isInstanceOf(FugongException.class)
        .hasMessageContaining("ingest.max_rows = '0' must be a whole number ≥ 1")
        .hasMessageContaining("ingest.quiet_seconds = '-1' must be a whole number ≥ 0");
  }

  @Test
  void theExampleFileListsEveryKeyWithItsDefault() throws IOException {
    String example = Files.readString(Path.of("..", "fugong.properties.example"));
    for (SettingKey key : SettingKey.values()) {
      assertThat(example).contains(key.key() + "=" + key.defaultValue());
    }
    assertThat(
            FugongSettings.resolve(Path.of("..", "fugong.properties.example"), Map.of(), Map.of())
                .metrics())
        .isEqualTo(FugongSettings.defaults().metrics());
    assertThat(
            FugongSettings.resolve(Path.of("..", "fugong.properties.example"), Map.of(), Map.of())
                .inbox())
        .isEqualTo(FugongSettings.defaults().inbox())
        .isEqualTo(fugong.ingest.InboxLimits.DEFAULTS);
  }
}
