package fugong.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fugong.error.FugongException;
import fugong.lake.PublishedState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is interrupted at the timeout; a huge result is cut at the row cap. */
class SqlLimitsTest {
  @TempDir Path out;

  @Test
  void aRunawayQueryIsStoppedAtTheTimeoutWithAClearMessage() {
    CatalogBuilder.build(out, PublishedState.empty());
    try (SqlSession session = SqlSession.open(out, new SqlLimits(Duration.ofSeconds(2), 10_000))) {
      long started = System.nanoTime();

      assertThatThrownBy(() -> session.query("SELECT count(*) FROM range(1000000000000)"))
          .isInstanceOf(FugongException.class)
          .hasMessage(
              "stopped: the query ran longer than 2 s (sql.timeout_seconds) and was interrupted;"
                  + " narrow it (WHERE, LIMIT) or raise sql.timeout_seconds");

      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(seconds).as("stopped within a few seconds of the 2 s timeout").isBetween(1.9, 8.0);
      assertThat(session.query("SELECT 40 + 2 AS answer").rows())
          .containsExactly(java.util.List.of("42"));
    }
  }

  @Test
  void aHugeResultIsCutAtTheRowCap() {
    CatalogBuilder.build(out, PublishedState.empty());
    try (SqlSession session = SqlSession.open(out, new SqlLimits(Duration.ofSeconds(60), 1_000))) {
      QueryResult result = session.query("SELECT range AS n FROM range(100000000)");

      assertThat(result.rows()).hasSize(1_000);
      assertThat(result.rows().get(999)).containsExactly("999");
      assertThat(result.cut()).isTrue();
      assertThat(result.cutAfter()).isEqualTo(1_000);

      QueryResult whole = session.query("SELECT range AS n FROM range(1000)");
      assertThat(whole.rows()).hasSize(1_000);
      assertThat(whole.cut()).as("exactly the cap is not cut").isFalse();
    }
  }

  @Test
  void numbersDatesAndBooleansAreNotTextColumns() {
    CatalogBuilder.build(out, PublishedState.empty());
    try (SqlSession session = SqlSession.open(out)) {
      QueryResult result =
          session.query(
              "SELECT -3 AS a, -1.5::DOUBLE AS b, 2::HUGEINT AS c, DATE '2020-03-01' AS d, true AS"
                  + " e, '-3' AS f, ['=1'] AS g");
      assertThat(result.textColumns())
          .containsExactly(false, false, false, false, false, true, true);
      assertThat(ResultFormatter.render(result, ResultFormatter.Format.CSV))
          .isEqualTo("a,b,c,d,e,f,g\n-3,-1.5,2,2020-03-01,true,'-3,['=1']\n");
    }
  }
}
