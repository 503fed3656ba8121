package jixiao.site.browser;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over its DevTools protocol (a WebSocket, {@code java.net.http}), to load
 * pages from disk, collect what went wrong while loading them and take screenshots.
 *
 * <p>The browser is {@code /usr/bin/chromium} (Debian's package, which {@code bin/setup} installs);
 * {@code -Djixiao.chromium=PATH} or the environment variable {@code CHROMIUM} points elsewhere. It runs
 * with {@link #FLAGS}, a throw-away profile and a debugging port the browser picks, and is killed with
 * all its child processes on {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking");
    static final String PROPERTY = "jixiao.chromium";
    static final String ENV = "CHROMIUM";
    static final String DEFAULT = "/usr/bin/chromium";

    /** A browser's answer, at most (a page load, the slowest, takes a few seconds on 2 busy cores). */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Tabs a page is loaded in before its load fails: see {@link #load(URI, int, int, String)}. */
    private static final int ATTEMPTS = 3;
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What loading one page gave: the problems reported while it loaded, a PNG of the viewport, the page's text as
     * shown, and {@code value}: what the expression handed to {@link #load(URI, int, int, String)} gave, as text
     * (null without one).
     */
    record PageLoad(URI url, List<String> errors, byte[] screenshot, String text, String value) {
    }

    private final Process process;
    private final List<ProcessHandle> processes = new CopyOnWriteArrayList<>();
    private final Path profile;
    private final Deque<String> stderrTail;
    private final Thread shutdownHook;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI browserUrl;
    private final Connection browser;

    /** The browser to run: {@code -Djixiao.chromium}, else {@code $CHROMIUM}, else {@value #DEFAULT}. */
    static Path executable() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) path = System.getenv(ENV);
        if (path == null || path.isBlank()) path = DEFAULT;
        return Path.of(path);
    }

    static HeadlessChromium launch(Path executable) throws IOException {
        return new HeadlessChromium(executable);
    }

    private HeadlessChromium(Path executable) throws IOException {
        profile = Files.createTempDirectory("jixiao-chromium-");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--remote-debugging-port=0");
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        processes.add(process.toHandle());
        shutdownHook = new Thread(this::kill, "kill headless chromium");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        stderrTail = new ArrayDeque<>();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStderr(listening), "chromium stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            browserUrl = URI.create(listening.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            browser = connect(browserUrl);
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            close();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw new IOException(executable + " did not open its DevTools port (" + e + "); its last output:\n" + stderr(), e);
        }
    }

    /** Keeps draining the browser's stderr (so it never blocks on a full pipe) and finds the DevTools address in it. */
    private void readStderr(CompletableFuture<String> listening) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (stderrTail) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > 40) stderrTail.removeFirst();
                }
                Matcher m = LISTENING.matcher(line);
                if (m.find()) listening.complete(m.group(1));
            }
        } catch (IOException e) {
            // the browser went away; whoever waits learns it below
        }
        listening.completeExceptionally(new IOException("the browser exited (" + (process.isAlive() ? "?" : process.exitValue()) + ")"));
    }

    private String stderr() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    /**
     * Opens {@code url} in a new tab with a {@code width}×{@code height} viewport at one pixel per CSS pixel,
     * waits for its load event and the fonts, and screenshots the viewport. Problems are uncaught exceptions,
     * {@code console.error}/{@code console.assert} calls, errors in the browser's log (a missing image, script
     * or stylesheet is one) and a navigation that failed.
     */
    PageLoad load(URI url, int width, int height) throws IOException {
        return load(url, width, height, null);
    }

    /**
     * {@link #load(URI, int, int)}, then evaluates {@code expression} in the page (after its scripts ran) and keeps its
     * value as text. A page that stops answering is loaded again in a new tab, up to {@link #ATTEMPTS} times in all:
     * twice in the full suite on 2 busy cores a new tab left {@code Runtime.enable} unanswered (once for 20 s, once
     * for 60 s) while the browser itself kept answering.
     */
    PageLoad load(URI url, int width, int height, String expression) throws IOException {
        for (int attempt = 1;; attempt++) {
            try {
                return loadOnce(url, width, height, expression);
            } catch (NoAnswer e) {
                if (attempt == ATTEMPTS) throw e;
                System.err.println("HeadlessChromium: " + e.getMessage().lines().findFirst().orElse("") + "; loading "
                        + url + " again in a new tab");
            }
        }
    }

    private PageLoad loadOnce(URI url, int width, int height, String expression) throws IOException {
        String targetId = browser.send("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        try (Connection page = connect(browserUrl.resolve("/devtools/page/" + targetId))) {
            List<String> errors = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            page.onEvent(event -> {
                JsonNode p = event.path("params");
                switch (event.path("method").asText()) {
                    case "Page.loadEventFired" -> loaded.complete(null);
                    case "Runtime.exceptionThrown" -> errors.add(exception(p.path("exceptionDetails")));
                    case "Runtime.consoleAPICalled" -> {
                        String type = p.path("type").asText();
                        if (type.equals("error") || type.equals("assert")) errors.add("console." + type + ": " + arguments(p.path("args")));
                    }
                    case "Log.entryAdded" -> {
                        JsonNode e = p.path("entry");
                        if (e.path("level").asText().equals("error")) {
                            errors.add("log (" + e.path("source").asText() + "): " + e.path("text").asText()
                                    + (e.hasNonNull("url") ? " " + e.path("url").asText() : ""));
                        }
                    }
                    default -> {
                    }
                }
            });
            page.send("Page.enable", Map.of());
            page.send("Runtime.enable", Map.of());
            page.send("Log.enable", Map.of());
            page.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
            JsonNode navigated = page.send("Page.navigate", Map.of("url", url.toString()));
            if (navigated.hasNonNull("errorText")) {
                errors.add("navigation: " + navigated.path("errorText").asText());
            } else {
                await(loaded, "the load event of " + url);
            }
            page.send("Runtime.evaluate", Map.of("expression", "document.fonts.ready.then(() => true)", "awaitPromise", true));
            String value = expression == null ? null : page.send("Runtime.evaluate",
                    Map.of("expression", "String(" + expression + ")", "returnByValue", true)).path("result").path("value").asText(null);
            String png = page.send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
            String text = page.send("Runtime.evaluate", Map.of("expression", "document.body ? document.body.innerText : ''",
                    "returnByValue", true)).path("result").path("value").asText();
            return new PageLoad(url, List.copyOf(errors), Base64.getDecoder().decode(png), text, value);
        } finally {
            browser.send("Target.closeTarget", Map.of("targetId", targetId));
        }
    }

    private static String exception(JsonNode details) {
        JsonNode ex = details.path("exception");
        String what = ex.hasNonNull("description") ? ex.path("description").asText().lines().findFirst().orElse("")
                : details.path("text").asText();
        return "uncaught exception: " + what + " (" + details.path("url").asText() + ":" + (details.path("lineNumber").asInt() + 1) + ")";
    }

    private static String arguments(JsonNode args) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : args) parts.add(a.has("value") ? a.path("value").asText() : a.path("description").asText());
        return String.join(" ", parts);
    }

    private <T> T await(CompletableFuture<T> future, String what) throws IOException {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new NoAnswer("no answer in " + TIMEOUT.toSeconds() + " s: " + what + "; the browser's last output:\n" + stderr(), e);
        }
    }

    private Connection connect(URI ws) throws IOException {
        Connection c = new Connection();
        await(http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(ws, c).thenAccept(c::opened), "connecting to " + ws);
        return c;
    }

    /** Closes the DevTools connection, kills the browser and every process it started, and deletes its profile. */
    @Override
    public void close() {
        try {
            if (browser != null) browser.close();
        } finally {
            kill();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private void kill() {
        List<ProcessHandle> all = new ArrayList<>(processes);
        process.toHandle().descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // nothing more to do than destroyForcibly
            }
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the browser profile " + root, e);
        }
    }

    /** One DevTools WebSocket: numbered commands with their answers, and events to one listener. */
    private final class Connection implements WebSocket.Listener, AutoCloseable {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final StringBuilder message = new StringBuilder();
        private volatile WebSocket socket;
        private volatile Consumer<JsonNode> events = e -> {
        };

        void opened(WebSocket ws) {
            socket = ws;
        }

        void onEvent(Consumer<JsonNode> listener) {
            events = listener;
        }

        JsonNode send(String method, Map<String, ?> params) throws IOException {
            int id = ids.incrementAndGet();
            ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
            command.set("params", JSON.valueToTree(params));
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText(command.toString(), true);
            JsonNode reply = await(answer, method);
            if (reply.has("error")) throw new IOException(method + " failed: " + reply.path("error"));
            return reply.path("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                try {
                    JsonNode json = JSON.readTree(text);
                    if (json.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(json.path("id").asInt());
                        if (answer != null) answer.complete(json);
                    } else {
                        events.accept(json);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            fail(new IOException("DevTools connection closed: " + status + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            fail(error);
        }

        private void fail(Throwable t) {
            pending.values().forEach(f -> f.completeExceptionally(t));
            pending.clear();
        }

        @Override
        public void close() {
            WebSocket ws = socket;
            if (ws != null) ws.abort();
        }
    }

    /** The browser did not answer in time. */
    static final class NoAnswer extends IOException {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
