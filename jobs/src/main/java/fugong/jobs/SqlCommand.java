package fugong.jobs;

import fugong.catalog.CatalogBuilder;
import fugong.catalog.QueryResult;
import fugong.catalog.ResultFormatter;
import fugong.catalog.SqlSession;
import fugong.error.FugongException;
import fugong.lake.AsOf;
import fugong.lake.PublishedPointers;
import fugong.lake.PublishedState;
import fugong.run.LocalFolders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Read-only SQL against the catalog: one query, or an interactive prompt. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    header = "Query the catalog (OUT/catalog.duckdb) read-only with DuckDB SQL.",
    description = {
      "With QUERY, runs it and prints the result. Without, opens an interactive prompt: end a query"
          + " with ';', and use .tables, .schema VIEW, .format table|csv|json, .history, .help or"
          + " .quit.",
      "Only the published lake tables are readable; writes, COPY … TO, ATTACH, INSTALL/LOAD and"
          + " settings changes are refused.",
      "A query is stopped after sql.timeout_seconds (default 60) and shows at most sql.max_rows"
          + " rows (default 10000).",
      "Table and CSV output neutralise spreadsheet formulas ('=…) and show control characters as"
          + " \\u001b-style escapes.",
      "With --as-of, the query reads the lake as it was published then: the state a run id"
          + " published, or the latest state published at or before a time. The time is when a run"
          + " published (the clock of the night it ran), not a report date: 2026-11-30T14:00:00Z or"
          + " 2026-11-30T22:00:00+08:00, or without an offset Asia/Shanghai local time, '2026-11-30"
          + " 22:00:00'. Only the newest lake.published_states_kept states (default 30) are kept;"
          + " --list-versions lists them with their run ids and times.",
      "Examples:",
      "  fugong sql --out reports/demo \"SELECT county_name, resumption_rate FROM county_daily"
          + " WHERE report_date = DATE '2020-03-10' ORDER BY 2, 1\"",
      "  fugong sql --out /data/fugong --list-versions",
      "  fugong sql --out /data/fugong --as-of '2026-11-30 22:00:00' \"SELECT resumption_rate"
          + " FROM city_daily WHERE report_date = DATE '2020-03-09'\"",
      "    (the figure of 03-09 as readers saw it at 22:00 on 30 November, before that night's"
          + " run)"
    })
public final class SqlCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output folder of a run (holds catalog.duckdb).")
  Path out;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "One query; omit it for the interactive prompt.")
  String query;

  @Option(
      names = "--as-of",
      paramLabel = "RUN_ID|TIME",
      description =
          "Read the lake as published by run RUN_ID, or as it was at TIME (the latest state"
              + " published at or before it): 2026-11-30T14:00:00Z, 2026-11-30T22:00:00+08:00, or"
              + " '2026-11-30 22:00:00' in Asia/Shanghai. The state read is named on stderr.")
  String asOf;

  @Option(
      names = "--list-versions",
      description =
          "List the published states kept (sequence, run id, published at; newest first) and"
              + " exit. --as-of takes any of their run ids or times.")
  boolean listVersions;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: $FUGONG_CONFIG, else fugong.properties in the current"
              + " folder if present).")
  Path configFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Override one configuration key, e.g. --set sql.timeout_seconds=300 (repeatable).")
  java.util.Map<String, String> overrides = new java.util.LinkedHashMap<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ResultFormatter.Format outputFormat = parseFormat(format);
    PrintWriter out = spec.commandLine().getOut();
    fugong.config.FugongSettings settings =
        fugong.config.FugongSettings.resolve(configFile, System.getenv(), overrides);
    if (listVersions) {
      if (asOf != null || query != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--list-versions takes neither --as-of nor a QUERY");
      }
      List<PublishedState> kept = PublishedPointers.local(out()).kept();
      if (kept.isEmpty()) {
        throw new FugongException(
            fugong.error.ErrorCode.USAGE,
            "no published lake state in "
                + out()
                + "; run 'fugong run … --out "
                + out()
                + "' (or 'fugong demo') first");
      }
      print(versions(kept), outputFormat, out);
      return FugongCommand.EXIT_OK;
    }
    if (asOf == null) {
      Path catalog = out().resolve(CatalogBuilder.CATALOG_FILE);
      return query(catalog, "read-only catalog " + catalog, settings, outputFormat, out);
    }
    PublishedState state =
        AsOf.of(asOf).choose(PublishedPointers.local(out()).kept(), settings.publishedStatesKept());
    String described =
        "state "
            + state.sequence()
            + " of run "
            + state.runId()
            + ", published at "
            + AsOf.shown(state.publishedAt());
    PrintWriter err = spec.commandLine().getErr();
    err.println("fugong: as of " + asOf + ": reading " + described);
    err.flush();
    Path folder = Files.createTempDirectory("fugong-as-of-");
    try {
      Path catalog = CatalogBuilder.buildAsOf(out(), state, folder);
      return query(catalog, "read-only lake as of " + described, settings, outputFormat, out);
    } finally {
      LocalFolders.delete(folder);
    }
  }

  /** Runs the query, or the interactive prompt, on a catalog of {@code out}. */
  private int query(
      Path catalog,
      String described,
      fugong.config.FugongSettings settings,
      ResultFormatter.Format outputFormat,
      PrintWriter out)
      throws IOException {
    try (SqlSession session = SqlSession.open(out(), catalog, settings.sqlLimits())) {
      if (query != null) {
        print(session.query(query), outputFormat, out);
        return FugongCommand.EXIT_OK;
      }
      return interactive(session, described, outputFormat, out);
    }
  }

  /** The kept published states, newest first, as a result to print. */
  private static QueryResult versions(List<PublishedState> kept) {
    List<List<String>> rows = new ArrayList<>();
    for (PublishedState state : kept) {
      rows.add(
          List.of(Long.toString(state.sequence()), state.runId(), AsOf.shown(state.publishedAt())));
    }
    return new QueryResult(
        List.of("sequence", "run_id", "published_at"), List.of(false, true, false), rows, 0);
  }

  /** Prints a result; a cut one says so on stderr too, where it cannot be mistaken for a row. */
  private void print(QueryResult result, ResultFormatter.Format outputFormat, PrintWriter out) {
    out.print(ResultFormatter.render(result, outputFormat));
    out.flush();
    if (result.cut()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "fugong: the result was cut after "
              + result.cutAfter()
              + " rows (sql.max_rows); add a WHERE or LIMIT, or raise sql.max_rows with --set"
              + " sql.max_rows=N");
      err.flush();
    }
  }

  private Path out() {
    return out;
  }

  private ResultFormatter.Format parseFormat(String text) {
    try {
      return ResultFormatter.Format.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be table, csv or json, not '" + text + "'");
    }
  }

  private int interactive(
      SqlSession session, String described, ResultFormatter.Format initialFormat, PrintWriter out)
      throws IOException {
    ResultFormatter.Format outputFormat = initialFormat;
    PrintWriter err = spec.commandLine().getErr();
    BufferedReader input =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<String> history = new ArrayList<>();
    out.println("fugong sql — " + described + ". End queries with ';'. .help for commands.");
    StringBuilder pending = new StringBuilder();
    while (true) {
      out.print(pending.isEmpty() ? "fugong> " : "   ...> ");
      out.flush();
      String line = input.readLine();
      if (line == null) {
        out.println();
        return FugongCommand.EXIT_OK;
      }
      String trimmed = line.strip();
      if (pending.isEmpty() && trimmed.startsWith(".")) {
        String[] words = trimmed.split("\\s+");
        switch (words[0]) {
          case ".quit", ".exit" -> {
            return FugongCommand.EXIT_OK;
          }
          case ".tables" -> session.views().forEach(out::println);
          case ".schema" -> {
            if (words.length < 2) {
              err.println("usage: .schema VIEW");
            } else {
              out.print(
                  ResultFormatter.render(session.schema(words[1]), ResultFormatter.Format.TABLE));
            }
          }
          case ".format" -> {
            if (words.length < 2) {
              out.println(outputFormat.name().toLowerCase(java.util.Locale.ROOT));
            } else {
              try {
                outputFormat =
                    ResultFormatter.Format.valueOf(words[1].toUpperCase(java.util.Locale.ROOT));
              } catch (IllegalArgumentException unknown) {
                err.println("formats: table, csv, json");
              }
            }
          }
          case ".history" -> {
            for (int index = 0; index < history.size(); index++) {
              out.printf("%3d  %s%n", index + 1, history.get(index));
            }
          }
          default ->
              out.println(
                  ".tables  list views\n"
                      + ".schema VIEW  columns with types and meaning\n"
                      + ".format table|csv|json\n"
                      + ".history  queries of this session\n"
                      + ".quit");
        }
        out.flush();
        continue;
      }
      if (trimmed.isEmpty() && pending.isEmpty()) {
        continue;
      }
      pending.append(line).append('\n');
      if (!trimmed.endsWith(";")) {
        continue;
      }
      String sql = pending.toString().strip();
      pending.setLength(0);
      history.add(sql.replace('\n', ' '));
      try {
        print(session.query(sql), outputFormat, out);
      } catch (FugongException refused) {
        err.println("error: " + refused.getMessage());
        err.flush();
      }
      out.flush();
    }
  }
}
