package fugong.ingest;

import fugong.sheet.Problem;
import java.util.List;

/** The judgement on one data row: a typed submission when it has no problems, else its problems. */
public record RowVerdict(Submission submission, List<Problem> problems, List<Problem> warnings) {
  public boolean accepted() {
    return problems.isEmpty();
  }
}
