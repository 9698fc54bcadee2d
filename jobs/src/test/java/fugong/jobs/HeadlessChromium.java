package fugong.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless and driven over the DevTools protocol (a WebSocket, with
 * the JDK's own client): open a page at a given viewport or with print media, read its layout and
 * text, record every request it makes, take a screenshot, print it to PDF. The browser resolves no
 * host and sends everything to a closed local port, so a page that tried to fetch something would
 * fail — and the attempt is still recorded. Fonts: the shipped CJK font is offered to the browser
 * through a fontconfig file of its own, like the system font every phone has.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());

  /** The browser's executable, if installed. */
  static Optional<Path> executable() {
    for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      Path path = Path.of(name);
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with the fonts in {@code fontFolder} and its profile under {@code work}. */
  HeadlessChromium(Path executable, Path fontFolder, Path work)
      throws IOException, InterruptedException {
    profile = Files.createTempDirectory(work, "chromium-profile");
    Path fontConfig = work.resolve("fonts.conf");
    Files.writeString(
        fontConfig,
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
            + "<fontconfig>\n"
            + "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
            + "  <dir>"
            + fontFolder.toAbsolutePath()
            + "</dir>\n  <cachedir>"
            + work.toAbsolutePath().resolve("font-cache")
            + "</cachedir>\n</fontconfig>\n");
    ProcessBuilder builder =
        new ProcessBuilder(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "about:blank");
    builder.environment().put("FONTCONFIG_FILE", fontConfig.toAbsolutePath().toString());
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    process = builder.start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  Matcher matcher = ENDPOINT.matcher(line);
                  if (matcher.find()) {
                    endpoint.complete(matcher.group(1));
                  }
                }
                endpoint.completeExceptionally(
                    new IllegalStateException("chromium ended without a DevTools endpoint"));
              } catch (IOException failure) {
                endpoint.completeExceptionally(failure);
              }
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      String url = endpoint.get(60, TimeUnit.SECONDS);
      socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(30))
              .buildAsync(URI.create(url), new Listener())
              .get(30, TimeUnit.SECONDS);
    } catch (Exception failure) {
      process.destroyForcibly();
      throw new IllegalStateException("could not start chromium: " + failure, failure);
    }
  }

  /**
   * Reassembles the protocol's text frames and routes answers to their command, events to the list.
   */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode node = JSON.readTree(message.toString());
          if (node.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
            if (answer != null) {
              answer.complete(node);
            }
          } else {
            events.add(node);
          }
        } catch (IOException unreadable) {
          throw new UncheckedIOException(unreadable);
        }
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  /**
   * Sends one command (to the page's session, or the browser's when null) and returns its result.
   */
  JsonNode command(String sessionId, String method, Map<String, Object> parameters) {
    int id = ids.incrementAndGet();
    ObjectNode request = JSON.createObjectNode();
    request.put("id", id);
    request.put("method", method);
    request.set("params", JSON.valueToTree(parameters));
    if (sessionId != null) {
      request.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(JSON.writeValueAsString(request), true).get(30, TimeUnit.SECONDS);
      JsonNode node = answer.get(120, TimeUnit.SECONDS);
      if (node.has("error")) {
        throw new IllegalStateException(method + " failed: " + node.get("error"));
      }
      return node.get("result");
    } catch (Exception failure) {
      throw new IllegalStateException(method + " failed: " + failure, failure);
    }
  }

  /** A new tab, attached, with page and network events on. */
  Tab open() {
    String target =
        command(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session =
        command(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    command(session, "Page.enable", Map.of());
    command(session, "Network.enable", Map.of());
    return new Tab(session);
  }

  /** One tab. */
  final class Tab {
    private final String session;

    private Tab(String session) {
      this.session = session;
    }

    /**
     * Sets the viewport (CSS pixels); {@code mobile} makes the page's viewport meta count, as on a
     * phone.
     */
    void viewport(int width, int height, boolean mobile) {
      command(
          session,
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** "screen" or "print". */
    void media(String media) {
      command(session, "Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** Opens the URL and waits for its load event. */
    void load(String url) throws InterruptedException {
      int seen = loadEvents();
      command(session, "Page.navigate", Map.of("url", url));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (loadEvents() == seen) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no load event for " + url);
        }
        Thread.sleep(20);
      }
    }

    private int loadEvents() {
      synchronized (events) {
        return (int)
            events.stream()
                .filter(
                    event ->
                        session.equals(event.path("sessionId").asText())
                            && "Page.loadEventFired".equals(event.path("method").asText()))
                .count();
      }
    }

    /** The URL of every request the tab has sent so far (the page itself included). */
    List<String> requests() {
      synchronized (events) {
        return events.stream()
            .filter(
                event ->
                    session.equals(event.path("sessionId").asText())
                        && "Network.requestWillBeSent".equals(event.path("method").asText()))
            .map(event -> event.path("params").path("request").path("url").asText())
            .toList();
      }
    }

    /** Evaluates an expression in the page and returns its JSON value. */
    JsonNode evaluate(String expression) {
      JsonNode result =
          command(
              session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** A PNG of the viewport, or of the whole page when {@code fullPage}. */
    byte[] screenshot(boolean fullPage) {
      Map<String, Object> parameters = new java.util.LinkedHashMap<>();
      parameters.put("format", "png");
      if (fullPage) {
        JsonNode size = command(session, "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        parameters.put("captureBeyondViewport", true);
        parameters.put(
            "clip",
            Map.of(
                "x",
                0,
                "y",
                0,
                "width",
                size.path("width").asDouble(),
                "height",
                size.path("height").asDouble(),
                "scale",
                1));
      }
      return Base64.getDecoder()
          .decode(command(session, "Page.captureScreenshot", parameters).get("data").asText());
    }

    /** The page printed on A4 paper with its own CSS page rules. */
    byte[] printA4() {
      return Base64.getDecoder()
          .decode(
              command(
                      session,
                      "Page.printToPDF",
                      Map.of(
                          "paperWidth",
                          8.27,
                          "paperHeight",
                          11.69,
                          "printBackground",
                          true,
                          "preferCSSPageSize",
                          true))
                  .get("data")
                  .asText());
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      command(null, "Browser.close", Map.of());
    } catch (IllegalStateException alreadyGone) {
      // the process is ended below either way
    }
    socket.abort();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(20, TimeUnit.SECONDS);
    }
    try (Stream<Path> paths = Files.walk(profile)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException stillInUse) {
      // a profile folder left under target/ is harmless
    }
  }
}
