package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.detector.triage.Triage;
import io.veil.gateway.audit.AuditLog;
import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.config.RedactionMode;
import io.veil.gateway.dispatch.DispatchException;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.input.StrictJson;
import io.veil.gateway.metrics.GatewayMetrics;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filters one event: walk, triage, dispatch the flagged (leaf, category) pairs with one deadline,
 * redact what comes back sensitive. When the dispatcher fails, or any answer is expired or
 * malformed, every flagged leaf of the event is redacted whole with {@code redacted_failsafe} and
 * the result is degraded: the gateway never passes a flagged value it could not check.
 *
 * <p>CPU work runs on {@code executor}, never on the caller's thread.
 */
public final class EventFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EventFilter.class);
  /** Event ids written to the audit log must look like ids, not like values. */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.:\\-]{1,128}");

  private final GatewayConfig config;
  private final StrictJson json;
  private final Triage triage;
  private final Dispatcher dispatcher;
  private final GatewayMetrics metrics;
  private final Optional<AuditLog> audit;
  private final Executor executor;
  private final Redactor redactor;

  /** A filter with its collaborators; {@code executor} runs parsing, walking and redaction. */
  public EventFilter(GatewayConfig config, StrictJson json, Triage triage, Dispatcher dispatcher,
      GatewayMetrics metrics, Optional<AuditLog> audit, Executor executor) {
    this.config = config;
    this.json = json;
    this.triage = triage;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.audit = audit;
    this.executor = executor;
    this.redactor = new Redactor(config);
  }

  /** The executor that runs the filter's CPU work, for other request work of the same kind. */
  public Executor executor() {
    return executor;
  }

  /** Parses and filters one event; fails with {@code BadInputException} for bad input. */
  public CompletableFuture<FilterResult> filter(byte[] body) {
    return CompletableFuture.supplyAsync(() -> json.read(body), executor)
        .thenCompose(this::filterParsed);
  }

  /** Filters an event already parsed by {@link StrictJson}. The event tree is modified. */
  public CompletableFuture<FilterResult> filter(JsonNode event) {
    return CompletableFuture.supplyAsync(() -> event, executor).thenCompose(this::filterParsed);
  }

  private CompletableFuture<FilterResult> filterParsed(JsonNode event) {
    Walk walk = Walk.of(event, json, new StrictJson.Budget(config.limits().fields()));
    List<Message.Item> items = new ArrayList<>();
    List<Leaf> itemLeaves = new ArrayList<>();
    int flagged = 0;
    for (Leaf leaf : walk.leaves) {
      leaf.flagged().addAll(triage.flag(leaf.content(), leaf.context()));
      if (!leaf.flagged().isEmpty()) {
        flagged++;
      }
      for (Category c : leaf.flagged()) {
        metrics.flag(c);
        items.add(new Message.Item(leaf.content(), c, leaf.context()));
        itemLeaves.add(leaf);
      }
    }
    metrics.triage(walk.leaves.size(), flagged);
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(finish(walk, List.of(), List.of(), false));
    }
    long deadline = System.currentTimeMillis() + config.deadline().toMillis();
    CompletableFuture<List<Message.ItemResult>> answers;
    try {
      answers = dispatcher.classify(items, deadline);
    } catch (RuntimeException e) {
      answers = CompletableFuture.failedFuture(e);
    }
    return answers.handleAsync((results, error) -> error != null
        ? failsafe(walk, reasonOf(error))
        : decide(walk, items, itemLeaves, results), executor);
  }

  private FilterResult decide(Walk walk, List<Message.Item> items, List<Leaf> itemLeaves,
      List<Message.ItemResult> results) {
    String invalid = Answers.invalid(items, results);
    if (invalid != null) {
      return failsafe(walk, invalid);
    }
    List<Walk.Change> changes = new ArrayList<>();
    List<FilterFinding> findings = new ArrayList<>();
    for (int i = 0; i < items.size(); ) {
      Leaf leaf = itemLeaves.get(i);
      List<Redactor.Cut> cuts = new ArrayList<>();
      List<FilterFinding> leafFindings = new ArrayList<>();
      boolean drop = false;
      for (; i < items.size() && itemLeaves.get(i) == leaf; i++) {
        Message.ItemResult r = results.get(i);
        Category c = items.get(i).category();
        boolean sensitive = r.decision().sensitive();
        metrics.decision(c, sensitive ? "sensitive" : "not_sensitive");
        if (!sensitive) {
          continue;
        }
        RedactionMode mode = redactor.modeOf(c);
        drop |= mode == RedactionMode.DROP;
        leafFindings.add(new FilterFinding(leaf.path(), c, r.decision().confidence(),
            mode.action()));
        addCuts(cuts, r.spans(), leaf.content().length(), c);
      }
      if (!leafFindings.isEmpty()) {
        changes.add(new Walk.Change(leaf, drop ? null : redactor.apply(leaf.content(), cuts)));
        findings.addAll(drop ? dropped(leafFindings) : leafFindings);
      }
    }
    return finish(walk, changes, findings, false);
  }

  private static void addCuts(List<Redactor.Cut> cuts, List<Message.Span> spans, int length,
      Category c) {
    if (spans.isEmpty()) {
      // A sensitive answer without a location: the whole value goes.
      cuts.add(new Redactor.Cut(0, length, c));
    }
    for (Message.Span s : spans) {
      cuts.add(new Redactor.Cut(s.start(), s.end(), c));
    }
  }

  private static List<FilterFinding> dropped(List<FilterFinding> fs) {
    return fs.stream().map(f -> new FilterFinding(f.path(), f.category(), f.confidence(),
        RedactionMode.DROP.action())).toList();
  }

  /** Redacts every flagged leaf whole, by its first flagged category's mode. */
  private FilterResult failsafe(Walk walk, String reason) {
    metrics.failsafe(reason);
    LOG.warn("fail-safe redaction: reason={} leaves={}", reason, walk.leaves.size());
    List<Walk.Change> changes = new ArrayList<>();
    List<FilterFinding> findings = new ArrayList<>();
    for (Leaf leaf : walk.leaves) {
      if (leaf.flagged().isEmpty()) {
        continue;
      }
      boolean drop = false;
      for (Category c : leaf.flagged()) {
        metrics.decision(c, "failsafe");
        drop |= redactor.modeOf(c) == RedactionMode.DROP;
        findings.add(new FilterFinding(leaf.path(), c, null, FilterFinding.FAILSAFE));
      }
      Category first = leaf.flagged().iterator().next();
      int len = leaf.content().length();
      changes.add(new Walk.Change(leaf, drop ? null
          : redactor.apply(leaf.content(), len == 0 ? List.of()
              : List.of(new Redactor.Cut(0, len, first)))));
    }
    return finish(walk, changes, findings, true);
  }

  private FilterResult finish(Walk walk, List<Walk.Change> changes, List<FilterFinding> findings,
      boolean degraded) {
    walk.commit(changes);
    for (FilterFinding f : findings) {
      metrics.redaction(f.category(), f.action());
    }
    JsonNode event = walk.root[0];
    audit.ifPresent(a -> a.write(eventId(event), findings));
    return new FilterResult(event, findings, degraded);
  }

  private static String eventId(JsonNode event) {
    for (String key : new String[] {"event_id", "id"}) {
      JsonNode id = event.path(key);
      if (id.isValueNode() && SAFE_ID.matcher(id.asText()).matches()) {
        return id.asText();
      }
    }
    return null;
  }

  private static String reasonOf(Throwable error) {
    Throwable e = error instanceof CompletionException && error.getCause() != null
        ? error.getCause() : error;
    return e instanceof DispatchException d ? d.reason().name().toLowerCase(java.util.Locale.ROOT)
        : "dispatch_error";
  }
}
